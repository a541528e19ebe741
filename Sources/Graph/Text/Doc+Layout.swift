extension Doc {
    /// The index of the paragraph holding token `t`.
    ///
    /// - Complexity: O(log p) in the number of paragraphs.
    public func paragraphIndex(ofToken t: Int) -> Int {
        var lo = 0
        var hi = paragraphs.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if paragraphs[mid].tokens.lowerBound <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The index of the first token that starts at or after byte `offset`.
    ///
    /// - Complexity: O(log n) in the number of tokens.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static let headlineFunctionWords: WordSet = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "nor", "but", "at", "by", "as", "vs", "via",
        "from", "with", "into", "over", "amid", "if", "is", "are", "be", "up", "off", "out", "than", "after",
    ]

    /// Whether paragraph `p` is a headline, label or other line in title case without a sentence ending: its
    /// capitals say nothing about names, and its quotation marks quote nobody.
    public func isHeadlineCase(paragraph p: Int) -> Bool {
        let para = paragraphs[p]
        var words = 0
        var caps = 0
        for t in para.tokens where tokens[t].kind == .word {
            let token = tokens[t]
            // Headlines leave short function words in lower case ("Ruiz Calls for Talks"); after the first word, a
            // word of up to three letters in any case ("OF", "The") is one too. The words are lower-case ASCII, so
            // the token's key (ASCII lower-cased) finds them as lower-casing the word would, and the bytes as
            // written equal the key only when the word was written in lower case.
            if token.span.count <= 4 {
                let key = key(token: t)
                let packed = storedPacked.count == tokens.count ? storedPacked[t] : PackedWord(key) ?? .none
                if Self.headlineFunctionWords.contains(key, packed: packed) {
                    if bytes[token.span.range].elementsEqual(key.utf8) { continue }
                    if token.span.count <= 3, t != para.tokens.lowerBound { continue }
                }
            }
            words += 1
            if token.isCapitalized || token.flags.contains(.allCaps) { caps += 1 }
        }
        guard words >= 1 else { return false }
        var end = para.tokens.upperBound - 1
        // "Ruiz: Voters Say 'We Are Tired.'": a first line ending with a quotation is read up to its last mark.
        if p == 0 { while end > para.tokens.lowerBound, tokens[end].kind == .quote { end -= 1 } }
        let last = tokens[end]
        // A first line in title case is a headline even with a period after it.
        if last.kind == .punct, [0x2E, 0x21, 0x3F].contains(bytes[last.span.start]) {
            return p == 0 && words >= 5 && caps == words
        }
        if last.kind == .quote { return false }
        return caps * 4 >= words * 3 && (words >= 2 || para.tokens.count <= 2)
    }
}
