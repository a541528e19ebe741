/// Pairs quotation marks into quotation spans, one paragraph at a time.
///
/// A mark's direction comes from what touches it (an opening mark has a space before and a word after, a closing
/// mark the reverse), and the glyph's own lean only breaks ties, so an opening “ closed by a straight " pairs, and a
/// typographer's wrong-way mark does too. Marks never pair across a paragraph unless the next paragraph opens with a
/// mark (the convention for a quotation running over several paragraphs); an unclosed mark is dropped at the end of
/// its paragraph, so it cannot swallow the rest of the article. Single marks inside double ones are left to the
/// quotation's text; single marks at the top level pair only when both ends are unambiguous.
///
/// - Complexity: O(n) in the number of tokens.
public struct QuoteFinder: Component {
    public let name = "quotes"
    public let version = "1"
    public let requires: Set<Annotation> = [.paragraphs, .tokens]
    public let assigns: Set<Annotation> = [.quotations]

    public init() {}

    enum Direction { case open, close, either, none }

    public func process(_ doc: inout Doc) {
        var quotations: [Quotation] = []
        let paragraphs = doc.paragraphs
        var pendingOpen: Int? = nil  // an opening mark carried over from an earlier paragraph
        for (p, para) in paragraphs.enumerated() {
            var open: Int? = pendingOpen
            pendingOpen = nil
            var skipFirst = false
            if open != nil {
                // The carried quotation goes on only because this paragraph starts with an opening mark.
                skipFirst = true
            }
            var singleOpen: Int? = nil
            var nested: Int? = nil
            var sawDouble = false
            for t in para.tokens {
                let token = doc.tokens[t]
                guard token.kind == .quote, let mark = token.mark else { continue }
                if skipFirst {
                    skipFirst = false
                    continue
                }
                let dir = direction(of: t, in: doc)
                if mark.isDouble {
                    sawDouble = true
                    singleOpen = nil
                    if let o = open {
                        let outerStraight = doc.tokens[o].mark?.lean == .neither
                        let straight = mark.lean == .neither
                        if let n = nested {
                            // Inside a nested quotation in the other glyph family: its own closing mark ends it.
                            if dir != .open, (doc.tokens[n].mark?.lean == .neither) == straight {
                                nested = nil
                                continue
                            }
                            if dir == .open { continue }
                            nested = nil
                        }
                        switch dir {
                        case .close, .either:
                            if let q = makeQuotation(doc, open: o, close: t) { quotations.append(q) }
                            open = nil
                        case .open:
                            if straight != outerStraight || closesTwice(after: t, in: para, doc) {
                                nested = t  // "... “nested” ..." in the other family of marks
                            } else {
                                open = t  // the earlier mark never closed: drop it
                            }
                        case .none:
                            break
                        }
                    } else if dir == .open || dir == .either {
                        open = t
                    }
                } else if open == nil, !sawDouble || singleOpen != nil {
                    // Top-level single marks: only clear openers and clear closers.
                    if let o = singleOpen {
                        if dir == .close, t - o > 1 {
                            if var q = makeQuotation(doc, open: o, close: t) {
                                q.isSingle = true
                                quotations.append(q)
                            }
                            singleOpen = nil
                        } else if t - o > 60 {
                            singleOpen = nil
                        }
                    } else if dir == .open, !token.flags.contains(.maybeApostrophe) {
                        singleOpen = t
                    }
                }
            }
            if let o = open {
                // Carry the quotation over only if the next paragraph opens with a mark.
                if p + 1 < paragraphs.count {
                    let firstIndex = paragraphs[p + 1].tokens.lowerBound
                    let first = doc.tokens[firstIndex]
                    if first.kind == .quote, first.mark?.isDouble == true, direction(of: firstIndex, in: doc) != .close {
                        pendingOpen = o
                    }
                }
            }
        }
        for q in quotations {
            for t in q.openToken...q.closeToken { doc.tokens[t].flags.insert(.quoted) }
        }
        doc.quotations = quotations
    }

    /// Which way a mark faces, from the characters on either side; the glyph's lean breaks ties.
    func direction(of t: Int, in doc: Doc) -> Direction {
        let token = doc.tokens[t]
        let b = doc.bytes
        let before = UTF8Scan.scalar(before: token.span.start, in: b)
        let after = UTF8Scan.scalar(at: token.span.end, in: b)
        let spaceBefore = before == 0 || UTF8Scan.isSpace(before) || UTF8Scan.isOpeningPunct(before)
            || UTF8Scan.doubleMark(before) != nil || UTF8Scan.singleMark(before) != nil
        let spaceAfter = after == 0 || UTF8Scan.isSpace(after)
        let punctAfter = !spaceAfter && !UTF8Scan.isWordChar(after) && after != 0x5B && after != 0x28
            && after != 0x2026 && UTF8Scan.doubleMark(after) == nil && UTF8Scan.singleMark(after) == nil
        let lean = token.mark?.lean ?? .neither
        if spaceBefore && !spaceAfter && !punctAfter { return .open }
        if !spaceBefore && (spaceAfter || punctAfter) { return .close }
        if spaceBefore && spaceAfter { return token.mark?.isDouble == true ? (lean == .open ? .open : lean == .close ? .close : .either) : .none }
        // Word on both sides, or punctuation on both sides.
        switch lean {
        case .open: return .open
        case .close: return .close
        case .neither: return token.mark?.isDouble == true ? .either : .none
        }
    }

    /// Whether the next two double marks after `t` in its paragraph both close: `“... “nest” ... ”`, a quotation
    /// nested in the same kind of marks.
    private func closesTwice(after t: Int, in para: Segment, _ doc: Doc) -> Bool {
        var closes = 0
        var k = t + 1
        while k < para.tokens.upperBound {
            if doc.tokens[k].kind == .quote, doc.tokens[k].mark?.isDouble == true {
                let dir = direction(of: k, in: doc)
                if dir == .open { return false }
                if dir == .close {
                    closes += 1
                    if closes == 2 { return true }
                }
            }
            k += 1
        }
        return false
    }

    private func makeQuotation(_ doc: Doc, open: Int, close: Int) -> Quotation? {
        let o = doc.tokens[open].span
        let c = doc.tokens[close].span
        var s = o.end
        var e = c.start
        let b = doc.bytes
        while s < e, UTF8Scan.isSpace(UTF8Scan.decode(b, s).scalar) { s += UTF8Scan.decode(b, s).length }
        while e > s {
            let prev = UTF8Scan.scalar(before: e, in: b)
            guard UTF8Scan.isSpace(prev) else { break }
            e -= String(Unicode.Scalar(prev) ?? " ").utf8.count
        }
        guard e > s else { return nil }
        return Quotation(outer: ByteSpan(o.start, c.end), inner: ByteSpan(s, e), openToken: open, closeToken: close)
    }
}
