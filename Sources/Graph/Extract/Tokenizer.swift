/// Splits a text into paragraphs (lines) and tokens, in one pass over its UTF-8 bytes.
///
/// News text marks paragraphs with line breaks, so every non-empty line is a paragraph. Words keep their internal
/// hyphens ("Sung-jun", "all-out") unless a capital follows ("US-South" is two names), their internal apostrophes
/// ("don't") but not a possessive ending ("Ruiz" + "'s"), and the period of an abbreviation ("Col.", "U.S.").
public struct Tokenizer: Component {
    public let name = "tokenizer"
    public let version = "1"
    public let requires: Set<Annotation> = []
    public let assigns: Set<Annotation> = [.paragraphs, .tokens]

    public init() {}

    public func process(_ doc: inout Doc) {
        let b = doc.bytes
        let n = b.count
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 5)
        var paragraphs: [Segment] = []
        var paraFirstToken = 0
        var paraStart = -1

        func closeParagraph() {
            if tokens.count > paraFirstToken, paraStart >= 0 {
                let end = tokens[tokens.count - 1].span.end
                paragraphs.append(Segment(span: ByteSpan(paraStart, end), tokens: paraFirstToken..<tokens.count))
            }
            paraFirstToken = tokens.count
            paraStart = -1
        }

        var i = 0
        while i < n {
            let (c, len) = UTF8Scan.decode(b, i)
            if c == 0x0A || c == 0x2029 {
                closeParagraph()
                i += len
                continue
            }
            if UTF8Scan.isSpace(c) {
                i += len
                continue
            }
            if paraStart < 0 { paraStart = i }
            let prevAdjacentWord = tokens.last.map { $0.span.end == i && ($0.kind == .word || $0.kind == .number) } ?? false

            if UTF8Scan.isWordChar(c) {
                tokens.append(word(b, from: i))
                i = tokens[tokens.count - 1].span.end
                continue
            }
            if UTF8Scan.isApostrophe(c), prevAdjacentWord {
                let next = UTF8Scan.scalar(at: i + len, in: b)
                if next == 0x73 || next == 0x53 {  // 's
                    let after = UTF8Scan.scalar(at: i + len + 1, in: b)
                    if !UTF8Scan.isLetter(after) {
                        tokens.append(Token(span: ByteSpan(i, i + len + 1), kind: .possessive))
                        i += len + 1
                        continue
                    }
                }
                let prevByte = b[i - 1]
                if (prevByte == 0x73 || prevByte == 0x53), !UTF8Scan.isLetter(next) {
                    tokens.append(
                        Token(
                            span: ByteSpan(i, i + len), kind: .quote, flags: [.maybeApostrophe],
                            mark: QuoteMark(isDouble: false, lean: c == 0x27 ? .neither : .close)))
                    i += len
                    continue
                }
            }
            if let lean = UTF8Scan.doubleMark(c) {
                tokens.append(Token(span: ByteSpan(i, i + len), kind: .quote, mark: QuoteMark(isDouble: true, lean: lean)))
            } else if let lean = UTF8Scan.singleMark(c) {
                tokens.append(Token(span: ByteSpan(i, i + len), kind: .quote, mark: QuoteMark(isDouble: false, lean: lean)))
            } else {
                tokens.append(Token(span: ByteSpan(i, i + len), kind: .punct))
            }
            i += len
        }
        closeParagraph()
        doc.tokens = tokens
        doc.paragraphs = paragraphs
        (doc.storedKeys, doc.storedPacked) = Doc.wordKeysAndPacked(tokens, in: b)
    }

    /// Whether the word in bytes `start..<end`, from its last hyphen on ("R-Ky" -> "Ky"), is an abbreviation that
    /// keeps its period.
    private func isAbbreviation(_ b: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var ascii = true
        for k in start..<end where b[k] >= 0x80 { ascii = false }
        guard ascii else {
            // A combining mark may join a hyphen, which is then no character "-": only ASCII is read as bytes.
            var text = String(decoding: b[start..<end], as: UTF8.self)
            if let hyphen = text.lastIndex(of: "-") { text = String(text[text.index(after: hyphen)...]) }  // "R-Ky."
            return Lexicon.abbreviations.contains(text.lowercased())
        }
        var from = start
        for k in start..<end where b[k] == 0x2D { from = k + 1 }
        let word = String(unsafeUninitializedCapacity: end - from) { out in
            for k in from..<end { out[k - from] = b[k] >= 0x41 && b[k] <= 0x5A ? b[k] | 0x20 : b[k] }
            return end - from
        }
        return Lexicon.abbreviations.contains(word)
    }

    /// Reads one word or number starting at `start`.
    private func word(_ b: [UInt8], from start: Int) -> Token {
        let n = b.count
        var j = start
        var letters = 0
        var uppers = 0
        var digits = 0
        var innerCaps = false
        var dots = 0
        var flags: Token.Flags = []
        let first = UTF8Scan.decode(b, start).scalar
        let firstUpper = UTF8Scan.isUpper(first)
        var segmentLetters = 0  // letters since the last period, for "U.S."
        while j < n {
            // ASCII letters and digits, most of a word, without decoding: the same steps as below.
            let byte = b[j]
            if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A {
                letters += 1
                segmentLetters += 1
                if byte <= 0x5A {
                    uppers += 1
                    if j > start, dots == 0 { innerCaps = true }
                }
                j += 1
                continue
            }
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                j += 1
                continue
            }
            let (d, l) = UTF8Scan.decode(b, j)
            if UTF8Scan.isLetter(d) {
                letters += 1
                segmentLetters += 1
                if UTF8Scan.isUpper(d) {
                    uppers += 1
                    if j > start, dots == 0 { innerCaps = true }
                }
                j += l
                continue
            }
            if UTF8Scan.isDigit(d) {
                digits += 1
                j += l
                continue
            }
            let next = UTF8Scan.scalar(at: j + l, in: b)
            if UTF8Scan.isHyphen(d), UTF8Scan.isWordChar(next) {
                if firstUpper, UTF8Scan.isUpper(next), letters > 1 { break }  // "US-South": two names
                j += l
                continue
            }
            if d == 0x2E {  // period
                if UTF8Scan.isDigit(next), digits > 0, letters == 0 {
                    j += l
                    continue
                }
                if UTF8Scan.isLetter(next), segmentLetters == 1 {  // U.S, a.m
                    dots += 1
                    segmentLetters = 0
                    j += l
                    continue
                }
                if dots > 0 || (letters == 1 && firstUpper) || isAbbreviation(b, start, j) {
                    j += l
                    flags.insert(.abbreviation)
                }
                break
            }
            if d == 0x2C, digits > 0, letters == 0, UTF8Scan.isDigit(next) {
                j += l
                continue
            }
            if UTF8Scan.isApostrophe(d), UTF8Scan.isLetter(next), letters > 0 {
                let after = UTF8Scan.scalar(at: j + l + 1, in: b)
                if (next == 0x73 || next == 0x53) && !UTF8Scan.isLetter(after) { break }  // possessive
                j += l
                continue
            }
            if d == 0x26, UTF8Scan.isUpper(next), firstUpper {  // AT&T
                j += l
                continue
            }
            break
        }
        if firstUpper { flags.insert(.capitalized) }
        if letters >= 2, uppers == letters { flags.insert(.allCaps) }
        if innerCaps, letters > uppers { flags.insert(.innerCaps) }
        let kind: Token.Kind = letters == 0 ? .number : .word
        return Token(span: ByteSpan(start, j), kind: kind, flags: flags)
    }
}
