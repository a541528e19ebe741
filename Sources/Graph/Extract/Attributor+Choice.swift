extension Attributor.Analysis {
    /// The cues of the sentences a quotation stands in.
    private func cues(around q: Quotation) -> (cues: [Cue], first: Int, last: Int) {
        let first = Int(doc.sentenceOfToken[q.openToken])
        let last = Int(doc.sentenceOfToken[q.closeToken])
        // Only cues near the quotation count: a long sentence may hold thousands of speakers.
        let lo = q.openToken - 40
        let hi = q.closeToken + 40
        var out: [Cue] = []
        for s in first...max(first, min(last, first + 8)) {
            let list = cues[s]
            var a = 0
            var b = list.count
            while a < b {
                let mid = (a + b) / 2
                if list[mid].verb < lo { a = mid + 1 } else { b = mid }
            }
            while a < list.count, list[a].verb <= hi {
                out.append(list[a])
                a += 1
            }
        }
        return (out, first, last)
    }

    /// Chooses the speaker, the medium and the cue for one quotation.
    func attribute(_ q: Quotation, kind: QuoteKind) -> Attribution {
        let (cues, firstSentence, _) = cues(around: q)
        // Only cues near the quotation count: a long sentence may hold several speakers.
        let window = 40
        let near = cues.filter { $0.verb >= q.openToken - window && $0.verb <= q.closeToken + window }
        var result = Attribution(speaker: nil, via: nil, cue: nil, confidence: 0)

        if let quoted = near.first(where: { $0.kind == .quotedAs && $0.agent != nil }) {
            result = Attribution(speaker: quoted.agent, via: quoted.source, cue: quoted.text, confidence: quoted.confidence)
            return result
        }
        let speech = near.filter { ($0.kind == .speech || $0.kind == .participle) && ($0.agent != nil || $0.description != nil) }
        // A description ("the letter", "a friend") competes with named speakers on position alone.
        let people = speech.filter { $0.agent.map { !isMedium[$0] } ?? true }
        let media = speech.filter { $0.agent.map { isMedium[$0] } ?? false }
        let according = near.first { $0.kind == .according && $0.agent != nil }

        func pick(_ list: [Cue]) -> (Cue, Double)? {
            // Right after the closing mark: `," Ruiz said` / `," said Ruiz`.
            if let adjacent = list.first(where: { $0.verb > q.closeToken && isAdjacent(after: q.closeToken, cue: $0) }) {
                return (adjacent, 1.0)
            }
            if let before = list.last(where: { $0.verb < q.openToken }) { return (before, 0.95) }
            if let after = list.first(where: { $0.verb > q.closeToken }) { return (after, 0.85) }
            return nil
        }

        if let (cue, factor) = pick(people) {
            result = Attribution(
                speaker: cue.agent, description: cue.agent == nil ? cue.description : nil, via: nil, cue: cue.text,
                confidence: cue.confidence * factor)
        } else if let signed = signature(after: q.closeToken) ?? lineSignature(of: q) {
            result = Attribution(speaker: signed, via: nil, cue: "\u{2014}", confidence: 0.85)
        } else if kind != .direct || q.openToken > doc.sentences[firstSentence].tokens.lowerBound + 1,
            let s = subjects[firstSentence], s < q.openToken
        {
            let (e, c) = resolve(s)
            if let e, !isMedium[e] || media.isEmpty && according == nil {
                result = Attribution(speaker: e, via: nil, cue: mainVerb(after: s), confidence: c * 0.75)
            }
        }
        if result.speaker != nil || result.description != nil {
            if let according, according.agent != result.speaker {
                result.via = according.agent
            } else if let m = media.first(where: { $0.agent != result.speaker }) {
                result.via = m.agent
            }
            if let via = result.via, doc.entities[via].type == .person { result.via = nil }
            return result
        }
        // A medium speaks. Another one that reports or quotes it, or is cited with "according to", relays it:
        // `VNA said "...", the Harbor Wire reported` is VNA via the Harbor Wire; `VNA said "..."` alone has no via.
        let relays = media.filter { Lexicon.mediumVerbs.contains(keys[$0.verb], packed: packed[$0.verb]) }
        let speaking = media.filter { !Lexicon.mediumVerbs.contains(keys[$0.verb], packed: packed[$0.verb]) }
        if let (cue, factor) = pick(speaking.isEmpty ? media : speaking) {
            let relay = relays.first { $0.agent != cue.agent }?.agent
                ?? according.flatMap { $0.agent != cue.agent ? $0.agent : nil }
            return Attribution(
                speaker: cue.agent, via: relay.flatMap { doc.entities[$0].type == .person ? nil : $0 }, cue: cue.text,
                confidence: cue.confidence * factor * 0.9)
        }
        if let according {
            return Attribution(speaker: according.agent, via: nil, cue: according.text, confidence: according.confidence * 0.8)
        }
        // No cue in the sentence: the speaker named in the sentence before (often "X said:").
        if kind == .direct, firstSentence > 0 {
            let prev = firstSentence - 1
            if doc.paragraphIndex(ofToken: doc.sentences[prev].tokens.lowerBound) + 1
                >= doc.paragraphIndex(ofToken: q.openToken)
            {
                if let cue = self.cues[prev].suffix(8).last(where: {
                    ($0.agent != nil || $0.description != nil) && $0.kind != .according
                }) {
                    return Attribution(
                        speaker: cue.agent, description: cue.agent == nil ? cue.description : nil, via: nil, cue: cue.text,
                        confidence: cue.confidence * 0.6)
                }
                // "He was blunt:" / "Berg took the microphone." before a quotation that stands alone.
                if let s = subjects[prev], case let (e?, c) = resolve(s) {
                    let sentence = doc.sentences[prev]
                    let last = doc.tokens[sentence.tokens.upperBound - 1]
                    let colon = last.kind == .punct && doc.bytes[last.span.start] == 0x3A
                    if colon || doc.entities[e].type == .person {
                        return Attribution(speaker: e, via: nil, cue: colon ? ":" : nil, confidence: c * (colon ? 0.6 : 0.4))
                    }
                }
            }
        }
        return result
    }

    /// `"..." — Name`: a quotation signed with a dash and a name.
    private func signature(after close: Int) -> Int? {
        var k = close + 1
        guard k + 1 < doc.tokens.count, doc.tokens[k].kind == .punct,
            doc.paragraphIndex(ofToken: k) == doc.paragraphIndex(ofToken: close)
        else { return nil }
        let dash = UTF8Scan.decode(doc.bytes, doc.tokens[k].span.start).scalar
        guard dash == 0x2D || dash == 0x2013 || dash == 0x2014 || dash == 0x2015 else { return nil }
        k += 1
        while k < doc.tokens.count, k < close + 5, doc.tokens[k].kind == .word, entityOf[k] < 0,
            Lexicon.titles.contains(keys[k], packed: packed[k])
        {
            k += 1
        }
        guard k < doc.tokens.count, entityOf[k] >= 0 else { return nil }
        return Int(entityOf[k])
    }

    /// `"A ... "B" ... C." — Name`: a line that opens with a quotation and ends signed with a dash and a name is the
    /// signer's, whatever stray marks stand inside it.
    ///
    /// - Complexity: O(1): looks only at the line's last few tokens.
    private func lineSignature(of q: Quotation) -> Int? {
        let para = doc.paragraphs[doc.paragraphIndex(ofToken: q.openToken)]
        guard doc.tokens[para.tokens.lowerBound].kind == .quote, para.tokens.count > 3 else { return nil }
        var k = para.tokens.upperBound - 1
        while k > para.tokens.lowerBound, k > para.tokens.upperBound - 10 {
            let token = doc.tokens[k]
            if token.kind == .punct {
                let dash = UTF8Scan.decode(doc.bytes, token.span.start).scalar
                if dash == 0x2014 || dash == 0x2015 || dash == 0x2013 { return k > q.closeToken ? signature(after: k - 1) : nil }
            }
            if token.kind == .quote { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether only punctuation, the speaker's name and its apposition stand between a closing mark and a cue:
    /// `," Ruiz said`, `," said Ruiz`, `," Berg, the attorney general, said`.
    private func isAdjacent(after close: Int, cue: Cue) -> Bool {
        // A description stands where its first word does.
        guard let agent = cue.agentToken ?? cue.description.map({ doc.tokenIndex(atOrAfter: $0.start) }), cue.verb - close <= 40
        else { return false }
        var k = close + 1
        while k < cue.verb, doc.tokens[k].kind == .punct, doc.bytes[doc.tokens[k].span.start] != 0x2E { k += 1 }
        if k == cue.verb || k == agent || entityOf[k] >= 0 && entityOf[k] == entityOf[agent] { return true }
        // Roles and titles before the name ("Senate Majority Leader Ola Berg").
        while k < agent, doc.tokens[k].kind == .word,
            entityOf[k] >= 0 || Lexicon.titles.contains(keys[k], packed: packed[k]) || Lexicon.personNouns.contains(keys[k], packed: packed[k])
                || Lexicon.officeModifiers.contains(keys[k], packed: packed[k]) || Self.determinersAndTo.contains(keys[k], packed: packed[k])
        {
            k += 1
        }
        return k == agent
    }

    /// The verb after a sentence subject, as the cue of an attribution without a speech verb.
    private func mainVerb(after s: Int) -> String? {
        var k = s + 1
        while k < doc.tokens.count, k < s + 8 {
            if entityOf[k] == entityOf[s], entityOf[s] >= 0 {
                k += 1
                continue
            }
            if doc.tokens[k].kind == .word, !doc.tokens[k].isCapitalized, !Lexicon.verbModifiers.contains(keys[k], packed: packed[k]) {
                return doc.string(token: k)
            }
            if doc.tokens[k].kind != .word { return nil }
            k += 1
        }
        return nil
    }

    /// How a quotation stands in its sentence: a whole quoted sentence, words woven in, or a word or two.
    func kind(of q: Quotation, merged: Bool) -> QuoteKind {
        if merged { return .direct }
        var words = 0
        var firstContent: Int? = nil
        for t in (q.openToken + 1)..<q.closeToken {
            let token = doc.tokens[t]
            if token.kind == .word || token.kind == .number {
                words += 1
                if firstContent == nil { firstContent = t }
            } else if firstContent == nil, token.kind == .punct, [0x5B, 0x28].contains(doc.bytes[token.span.start]) {
                firstContent = t
            }
        }
        let startsUpper = firstContent.map {
            doc.tokens[$0].isCapitalized || doc.tokens[$0].kind == .punct || doc.tokens[$0].kind == .number
        } ?? false
        // What stands before the opening mark in its sentence.
        let sentence = doc.sentences[Int(doc.sentenceOfToken[q.openToken])]
        var k = q.openToken - 1
        while k >= sentence.tokens.lowerBound, doc.tokens[k].kind == .punct,
            [0x28, 0x5B, 0x2D].contains(doc.bytes[doc.tokens[k].span.start])
        {
            k -= 1
        }
        var introduced = k < sentence.tokens.lowerBound
        if !introduced {
            let token = doc.tokens[k]
            let c = doc.bytes[token.span.start]
            if token.kind == .punct, c == 0x3A { introduced = true }
            if token.kind == .punct, c == 0x2C, k > 0, Lexicon.speechVerbs.contains(keys[k - 1], packed: packed[k - 1]) { introduced = true }
            if token.kind == .word, Lexicon.speechVerbs.contains(keys[k], packed: packed[k]) { introduced = true }
            if token.kind == .quote { introduced = true }
        }
        if startsUpper, words >= 3, introduced { return .direct }
        if startsUpper, words >= 10, k >= sentence.tokens.lowerBound, doc.tokens[k].kind == .punct { return .direct }
        if words <= 2 { return .scare }
        return .partial
    }

    /// `"A," said X. "B"`: whether `b` goes on the quotation `a` after an attribution that interrupts it.
    func continues(_ a: Quotation, _ b: Quotation) -> Bool {
        guard doc.paragraphIndex(ofToken: a.closeToken) == doc.paragraphIndex(ofToken: b.openToken) else { return false }
        // The first part opens its sentence with a capital.
        guard opensSentence(a) else { return false }
        let between = (a.closeToken + 1)..<b.openToken
        guard between.count >= 2, between.count <= 60 else { return false }
        // The first part ends with a comma (or a question) inside its marks, perhaps after a nested quote's mark.
        var lastInside = a.closeToken - 1
        while lastInside > a.openToken, doc.tokens[lastInside].kind == .quote { lastInside -= 1 }
        guard doc.tokens[lastInside].kind == .punct, [0x2C, 0x3F, 0x21].contains(doc.bytes[doc.tokens[lastInside].span.start])
        else { return false }
        var verbAt: Int? = nil
        for k in between {
            if doc.tokens[k].kind == .quote { return false }
            let key = keys[k]
            let keyPacked = packed[k]
            if Lexicon.speechVerbs.contains(key, packed: keyPacked) || key == "reads" {
                // "..., adding, "B"": a second quotation with its own cue.
                if key.hasSuffix("ing"), b.openToken - k <= 3 { return false }
                if verbAt == nil { verbAt = k }
            }
        }
        guard let verbAt, verbAt - between.lowerBound <= 20 else { return false }
        let last = doc.tokens[b.openToken - 1]
        guard last.kind == .punct else { return false }
        let c = doc.bytes[last.span.start]
        guard c == 0x2E || c == 0x2C || c == 0x3A else { return false }
        // The second part is a quoted sentence, not words woven into the reporter's ("... point" to drive up).
        let after = b.closeToken + 1
        if after < doc.tokens.count, doc.tokens[after].kind == .word, !doc.tokens[after].isCapitalized,
            doc.paragraphIndex(ofToken: after) == doc.paragraphIndex(ofToken: b.closeToken)
        {
            return false
        }
        return true
    }

    /// Whether a quotation opens its sentence (after nothing but brackets) with a capital or a bracket.
    private func opensSentence(_ q: Quotation) -> Bool {
        let sentence = doc.sentences[Int(doc.sentenceOfToken[q.openToken])]
        var k = q.openToken - 1
        while k >= sentence.tokens.lowerBound, doc.tokens[k].kind == .punct || doc.tokens[k].kind == .quote { k -= 1 }
        guard k < sentence.tokens.lowerBound else { return false }
        var f = q.openToken + 1
        while f < q.closeToken, doc.tokens[f].kind == .quote { f += 1 }
        guard f < q.closeToken else { return false }
        let first = doc.tokens[f]
        return first.isCapitalized || first.kind == .number || first.kind == .punct
    }
}
