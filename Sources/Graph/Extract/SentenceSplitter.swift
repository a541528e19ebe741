/// Splits paragraphs into sentences, never inside a quotation.
///
/// A sentence ends at `.`, `!` or `?` outside quotation marks when a capital, a digit or an opening mark follows,
/// and at a closing mark that follows one of them (`... rate." He said`). Abbreviations ("Col.", "Aug.") do not end
/// a sentence; a dotted acronym ("U.S.") does only before a word that usually opens one ("The", "He"). After a
/// dateline ("TARVIK — Talks ended"), the first word is a sentence's first word too: its capital names nothing.
///
/// - Complexity: O(n) in the number of tokens.
public struct SentenceSplitter: Component {
    public let name = "sentences"
    public let version = "2"
    public let requires: Set<Annotation> = [.paragraphs, .tokens, .quotations]
    public let assigns: Set<Annotation> = [.sentences]

    public init() {}

    public func process(_ doc: inout Doc) {
        var sentences: [Segment] = []
        var sentenceOf = [Int32](repeating: 0, count: doc.tokens.count)
        let tokens = doc.tokens
        let b = doc.bytes
        for para in doc.paragraphs {
            var start = para.tokens.lowerBound
            var t = start
            func emit(through last: Int) {
                guard last >= start else { return }
                let index = Int32(sentences.count)
                for k in start...last { sentenceOf[k] = index }
                sentences.append(
                    Segment(span: ByteSpan(tokens[start].span.start, tokens[last].span.end), tokens: start..<(last + 1)))
                start = last + 1
            }
            while t < para.tokens.upperBound {
                let token = tokens[t]
                var end: Int? = nil
                if token.kind == .punct, !token.flags.contains(.quoted) {
                    let c = b[token.span.start]
                    let isTerminal = c == 0x2E || c == 0x21 || c == 0x3F
                        || (token.span.count == 3 && UTF8Scan.decode(b, token.span.start).scalar == 0x2026)
                    if isTerminal {
                        var last = t
                        // Closing brackets belong to the sentence they close.
                        while last + 1 < para.tokens.upperBound, tokens[last + 1].kind == .punct,
                            b[tokens[last + 1].span.start] == 0x29 || b[tokens[last + 1].span.start] == 0x5D
                        {
                            last += 1
                        }
                        end = last
                    }
                } else if token.kind == .quote, let last = isClosingQuoteAfterTerminal(t, doc) {
                    end = last
                } else if token.kind == .word, token.flags.contains(.abbreviation), !token.flags.contains(.quoted),
                    t + 1 < para.tokens.upperBound, doc.string(token.span).dropLast().contains("."),
                    Lexicon.sentenceOpeners.contains(doc.key(token: t + 1)), tokens[t + 1].isCapitalized
                {
                    end = t
                }
                if let last = end, last + 1 < para.tokens.upperBound, opensSentence(last + 1, doc) {
                    emit(through: last)
                    t = last + 1
                    continue
                }
                t += 1
            }
            emit(through: para.tokens.upperBound - 1)
        }
        for s in sentences where s.tokens.lowerBound < doc.tokens.count {
            // The first word, skipping opening marks and brackets.
            var k = s.tokens.lowerBound
            while k < s.tokens.upperBound, doc.tokens[k].kind != .word, doc.tokens[k].kind != .number { k += 1 }
            if k < s.tokens.upperBound { doc.tokens[k].flags.insert(.sentenceStart) }
        }
        for p in doc.paragraphs.indices {
            guard let dateline = doc.dateline(paragraph: p) else { continue }
            var k = dateline.sentenceStart
            let end = doc.paragraphs[p].tokens.upperBound
            while k < end, doc.tokens[k].kind != .word, doc.tokens[k].kind != .number { k += 1 }
            if k < end { doc.tokens[k].flags.insert(.sentenceStart) }
        }
        doc.sentences = sentences
        doc.sentenceOfToken = sentenceOf
    }

    /// If token `t` is the closing mark of a quotation whose words end with `.`, `!` or `?`, the last token of the
    /// sentence it ends.
    private func isClosingQuoteAfterTerminal(_ t: Int, _ doc: Doc) -> Int? {
        let token = doc.tokens[t]
        guard token.kind == .quote, t > 0 else { return nil }
        let prev = doc.tokens[t - 1]
        guard prev.kind == .punct, prev.span.end == token.span.start else { return nil }
        let c = doc.bytes[prev.span.start]
        guard c == 0x2E || c == 0x21 || c == 0x3F else { return nil }
        // Only a mark that closes a quotation: one that is followed by a space or the end.
        let after = UTF8Scan.scalar(at: token.span.end, in: doc.bytes)
        guard after == 0 || UTF8Scan.isSpace(after) else { return nil }
        // `?" Berg demanded.`: the attribution after a quoted question belongs to its sentence.
        var k = t + 1
        while c != 0x2E, k < doc.tokens.count, k <= t + 6, doc.tokens[k].kind == .word || doc.tokens[k].kind == .possessive {
            if !doc.tokens[k].isCapitalized, Lexicon.speechVerbs.contains(doc.key(token: k)) { return nil }
            k += 1
        }
        return t
    }

    private func opensSentence(_ t: Int, _ doc: Doc) -> Bool {
        let token = doc.tokens[t]
        switch token.kind {
        case .word: return token.isCapitalized || token.flags.contains(.allCaps)
        case .number: return true
        case .quote: return token.mark?.isDouble == true || token.mark?.lean == .open
        case .punct:
            let c = doc.bytes[token.span.start]
            return c == 0x28 || c == 0x5B
        case .possessive: return false
        }
    }
}
