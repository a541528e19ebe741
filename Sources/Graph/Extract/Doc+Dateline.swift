extension Doc {
    /// A dateline: the place a story was filed from, in capitals before a dash at the start of a paragraph.
    public struct Dateline: Sendable, Hashable {
        /// The tokens of the place ("TARVIK", "NEW YORK"); a state or agency after it is not included.
        public var place: Range<Int>
        /// The first token of the story's first sentence, after the dash.
        public var sentenceStart: Int
    }

    /// The dateline that opens paragraph `p`, if it has one: "TARVIK —", "WASHINGTON (AP) —", "LAGOS, Nigeria -",
    /// "SPRINGFIELD, Ill. --".
    ///
    /// The place is one to four words written all in capitals; a comma and one to three capitalised words (a state
    /// or country) and a parenthesised agency may follow; then an em dash, an en dash, a hyphen or a double hyphen,
    /// and the sentence, which opens with a capital, a digit or a quotation mark. Labels and headings written the
    /// same way ("BREAKING —", "WHAT WE KNOW —") are no places.
    ///
    /// - Complexity: O(1): it reads at most a dozen tokens.
    public func dateline(paragraph p: Int) -> Dateline? {
        let para = paragraphs[p]
        let end = para.tokens.upperBound
        var t = para.tokens.lowerBound
        while t < end, t < para.tokens.lowerBound + 5, tokens[t].kind == .word, tokens[t].flags.contains(.allCaps) { t += 1 }
        let place = para.tokens.lowerBound..<t
        guard !place.isEmpty, place.count <= 4 else { return nil }
        if place.count == 1, Self.datelineLabels.contains(key(token: place.lowerBound)) { return nil }
        // "WHAT WE KNOW —": a heading in capitals, not a place.
        for k in place {
            let word = key(token: k)
            if Lexicon.stopwords.contains(word), !Self.placeWords.contains(word) { return nil }
        }
        func isPunct(_ k: Int, _ c: UInt8) -> Bool { k < end && tokens[k].kind == .punct && bytes[tokens[k].span.start] == c }
        // ", Nigeria", ", Calif.", ", N.Y."
        if isPunct(t, 0x2C) {
            var k = t + 1
            while k < end, k <= t + 3, tokens[k].kind == .word, tokens[k].isCapitalized || tokens[k].flags.contains(.allCaps) {
                k += 1
            }
            guard k > t + 1 else { return nil }
            t = k
        }
        // "(AP)", "(Reuters)"
        if isPunct(t, 0x28) {
            var k = t + 1
            while k < end, k <= t + 4, !isPunct(k, 0x29) { k += 1 }
            guard isPunct(k, 0x29) else { return nil }
            t = k + 1
        }
        guard t < end, tokens[t].kind == .punct else { return nil }
        let dash = UTF8Scan.decode(bytes, tokens[t].span.start).scalar
        if dash == 0x2D {
            if isPunct(t + 1, 0x2D) { t += 1 }  // "--"
        } else if dash != 0x2013 && dash != 0x2014 {
            return nil
        }
        let next = t + 1
        guard next < end else { return nil }
        switch tokens[next].kind {
        case .word: guard tokens[next].isCapitalized || tokens[next].flags.contains(.allCaps) else { return nil }
        case .number, .quote: break
        case .punct, .possessive: return nil
        }
        return Dateline(place: place, sentenceStart: next)
    }

    /// Common words that begin place names ("NEW HAVEN", "NORTH BEND").
    static let placeWords: WordSet = [
        "new", "north", "south", "east", "west", "upper", "lower", "old", "great", "high", "big", "top",
    ]

    /// Words that open a paragraph in capitals before a dash but name no place.
    static let datelineLabels: WordSet = [
        "breaking", "update", "updated", "updates", "exclusive", "analysis", "opinion", "editorial", "watch", "live",
        "video", "photos", "correction", "note", "developing", "urgent", "flash", "alert", "commentary", "review",
    ]
}
