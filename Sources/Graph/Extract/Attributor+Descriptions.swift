extension Attributor.Analysis {
    /// Determiners and quantifiers that open a description of a speaker ("the letter", "a friend", "some voters").
    /// "That" is left out: after a verb it opens a clause more often than a description ("said that police ...").
    static let descriptionOpeners: WordSet = [
        "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "one",
        "some", "many", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "other",
        "another", "both", "most", "few",
    ]

    /// Words that may stand between a speaker and its verb without being part of the description.
    private static let adverbs: WordSet = Lexicon.verbModifiers.subtracting([
        "a", "in", "on", "statement", "interview", "last", "week", "year", "month", "told", "being", "been",
    ])

    /// Words a bare plural description may follow inside a sentence ("as protesters chanted").
    private static let clauseOpeners: WordSet = ["as", "while", "when", "and", "but", "after", "before", "where"]

    /// Prepositions that join a description to the one it belongs to ("a narrator in the ad", "groups of voters").
    private static let descriptionLinks: WordSet = ["in", "of", "at", "from", "for", "on", "with", "inside"]

    /// A speaker named by a description right before its verb: `," the letter reads`, "a friend commented",
    /// "a narrator in the campaign ad asks", "Small groups of protesters chanted".
    ///
    /// - Returns: the description's span, determiner included, or nil when the words before the verb are no
    ///   description of a speaker.
    func descriptionLeft(before verb: Int, in sentence: Segment) -> ByteSpan? {
        var k = verb - 1
        while k >= sentence.tokens.lowerBound, k >= verb - 4, doc.tokens[k].kind == .word, Self.adverbs.contains(keys[k], packed: packed[k]) {
            k -= 1
        }
        guard k >= sentence.tokens.lowerBound, isDescriptionHead(k) else { return nil }
        let inner = phraseStart(head: k, in: sentence)
        let start = inner.start
        // One level of "X in/of Y": the description is the outer noun's.
        if start - 2 >= sentence.tokens.lowerBound, doc.tokens[start - 1].kind == .word,
            Self.descriptionLinks.contains(keys[start - 1], packed: packed[start - 1]), isDescriptionHead(start - 2)
        {
            let outer = phraseStart(head: start - 2, in: sentence)
            if outer.valid { return span(outer.start, k) }
        }
        return inner.valid ? span(start, k) : nil
    }

    /// A speaker named by a description right after an inverted verb: `," said the ruling`.
    func descriptionRight(from start: Int, in sentence: Segment) -> ByteSpan? {
        guard start < sentence.tokens.upperBound, doc.tokens[start].kind == .word, !isQuoted(start) else { return nil }
        let opener = Self.descriptionOpeners.contains(keys[start], packed: packed[start])
        var k = opener ? start + 1 : start
        while k < sentence.tokens.upperBound, k < start + 5, !isQuoted(k) {
            if isDescriptionHead(k) {
                // "the Republican nominee", "a campaign ad": the last of the nouns heads it.
                var head = k
                var j = k + 1
                while j < sentence.tokens.upperBound, j <= head + 2, isModifier(j) {
                    if isDescriptionHead(j) { head = j }
                    j += 1
                }
                guard opener || isPlural(head) else { return nil }
                return span(start, extendOf(head, in: sentence))
            }
            guard isModifier(k) else { return nil }
            k += 1
        }
        return nil
    }

    /// A sentence whose subject is a description: "Protesters marching through the streets chanted ...",
    /// "Small groups of protesters ... while chanting". Only a subject that opens the sentence counts.
    ///
    /// - Complexity: O(1): it looks at the sentence's first few tokens only, however many verbs ask.
    func descriptionSubject(of sentence: Segment, before verb: Int) -> ByteSpan? {
        var start = sentence.tokens.lowerBound
        while start < sentence.tokens.upperBound, start < sentence.tokens.lowerBound + 4, doc.tokens[start].kind != .word {
            start += 1
        }
        guard start < verb, !isQuoted(start) else { return nil }
        if ["but", "and", "so", "yet", "still", "then", "meanwhile", "later", "earlier"].contains(keys[start]) {
            start += 1
        }
        guard start < verb, doc.tokens[start].kind == .word, entityOf[start] < 0 else { return nil }
        guard let s = descriptionRight(from: start, in: sentence), s.end <= doc.tokens[verb].span.start else {
            return nil
        }
        return s
    }

    /// Where the description whose head noun is at `head` starts, and whether it reads as one: it opens with a
    /// determiner or quantifier, or it is a bare plural opening a clause ("Protesters chanted").
    private func phraseStart(head: Int, in sentence: Segment) -> (start: Int, valid: Bool) {
        var j = head - 1
        var steps = 0
        var owned = false
        while j >= sentence.tokens.lowerBound, steps < 5, !isQuoted(j) {
            let token = doc.tokens[j]
            if token.kind == .word, Self.descriptionOpeners.contains(keys[j], packed: packed[j]) { return (j, true) }
            guard token.kind == .possessive || token.kind == .number || isModifier(j) else { break }
            if token.kind == .possessive { owned = true }
            j -= 1
            steps += 1
        }
        let start = j + 1
        // "Ruiz's former aide": an owner makes it definite.
        if owned, start < head { return (start, true) }
        guard isPlural(head) else { return (start, false) }
        if start == sentence.tokens.lowerBound { return (start, true) }
        let before = doc.tokens[start - 1]
        if before.kind == .quote { return (start, true) }
        if before.kind == .punct { return (start, doc.bytes[before.span.start] == 0x2C || doc.bytes[before.span.start] == 0x3A) }
        return (start, before.kind == .word && Self.clauseOpeners.contains(keys[start - 1], packed: packed[start - 1]))
    }

    /// "groups of protesters": a collective head takes the noun after "of".
    private func extendOf(_ head: Int, in sentence: Segment) -> Int {
        guard Lexicon.collectiveSpeakers.contains(keys[head], packed: packed[head]), head + 2 < sentence.tokens.upperBound, keys[head + 1] == "of"
        else { return head }
        var k = head + 2
        if k < sentence.tokens.upperBound, Self.descriptionOpeners.contains(keys[k], packed: packed[k]) { k += 1 }
        while k < sentence.tokens.upperBound, k < head + 6, !isQuoted(k) {
            if isDescriptionHead(k) { return k }
            guard isModifier(k) else { return head }
            k += 1
        }
        return head
    }

    /// A noun that can describe a speaker: a person, a group of people, or a text that speaks ("the ruling").
    private func isDescriptionHead(_ t: Int) -> Bool {
        doc.tokens[t].kind == .word && entityOf[t] < 0 && !isQuoted(t) && Lexicon.describedSpeakers.contains(keys[t], packed: packed[t])
    }

    /// An adjective or a name inside a description: any word but a function word, a speech verb or a pronoun.
    private func isModifier(_ t: Int) -> Bool {
        let token = doc.tokens[t]
        guard token.kind == .word, !isQuoted(t) else { return token.kind == .possessive || token.kind == .number }
        let key = keys[t]
        let keyPacked = packed[t]
        if entityOf[t] >= 0 || Lexicon.describedSpeakers.contains(key, packed: keyPacked) { return true }
        return !Lexicon.stopwords.contains(key, packed: keyPacked) && !Lexicon.speechVerbs.contains(key, packed: keyPacked) && !key.hasSuffix("ing")
            && !key.hasSuffix("ed") && !Self.descriptionLinks.contains(key, packed: keyPacked) || Lexicon.describedModifiers.contains(key, packed: keyPacked)
    }

    private func isPlural(_ t: Int) -> Bool {
        let key = keys[t]
        return key.hasSuffix("s") && !key.hasSuffix("ss") || ["people", "men", "women", "children", "crowd"].contains(key)
    }

    private func isQuoted(_ t: Int) -> Bool { doc.tokens[t].flags.contains(.quoted) }

    private func span(_ first: Int, _ last: Int) -> ByteSpan {
        ByteSpan(doc.tokens[first].span.start, doc.tokens[last].span.end)
    }
}
