extension Attributor.Analysis {
    typealias Cue = Attributor.Cue

    /// Finds every sentence's cues and subject.
    mutating func findCues() {
        cues = []
        subjects = []
        cues.reserveCapacity(doc.sentences.count)
        for sentence in doc.sentences {
            var found: [Cue] = []
            var t = sentence.tokens.lowerBound
            while t < sentence.tokens.upperBound {
                defer { t += 1 }
                guard doc.tokens[t].kind == .word, !isQuoted(t) else { continue }
                let key = keys[t]
                let keyPacked = packed[t]
                if key == "according", t + 1 < sentence.tokens.upperBound, keys[t + 1] == "to" {
                    if let a = agentRight(from: t + 2, in: sentence) {
                        let (e, c) = resolve(a)
                        found.append(Cue(kind: .according, verb: t, agentToken: a, agent: e, confidence: c, text: "according to"))
                    }
                    continue
                }
                // "Ruiz has used the phrase "..."": whoever uses the words says them.
                if Self.useForms.contains(key, packed: keyPacked), t + 2 < sentence.tokens.upperBound,
                    Self.wordingDeterminers.contains(keys[t + 1], packed: packed[t + 1]), Self.wordingNouns.contains(keys[t + 2], packed: packed[t + 2])
                {
                    if let a = agentLeft(from: t - 1, in: sentence) {
                        let (e, c) = resolve(a)
                        found.append(Cue(kind: .speech, verb: t, agentToken: a, agent: e, confidence: c * 0.9, text: doc.string(token: t)))
                    }
                    continue
                }
                guard Lexicon.speechVerbs.contains(key, packed: keyPacked), !doc.tokens[t].isCapitalized else { continue }  // "United States"
                let prev = previousWord(t, in: sentence)
                if let prev, Self.determinersAndTo.contains(keys[prev], packed: packed[prev]) { continue }  // "the report", "to say"
                // "a Times report", "his call": a bare form is a noun unless a pronoun or modal comes first.
                if Lexicon.bareSpeechVerbs.contains(key, packed: keyPacked), !Lexicon.plainVerbs.contains(key, packed: keyPacked),
                    prev.map({ !Lexicon.subjectsOfBareVerbs.contains(keys[$0], packed: packed[$0]) }) ?? true
                {
                    continue
                }
                if Self.quotingForms.contains(key, packed: keyPacked), let cue = quotedAs(t, in: sentence) {
                    found.append(cue)
                    continue
                }
                // Passive: "who was shot", "were told" have no speaker before them; "was written by Ruiz" has one after.
                if let prev, Self.beForms.contains(keys[prev], packed: packed[prev]), !key.hasSuffix("ing"), !key.hasSuffix("s") {
                    if t + 2 < sentence.tokens.upperBound, keys[t + 1] == "by", let a = agentRight(from: t + 2, in: sentence) {
                        let (e, c) = resolve(a)
                        found.append(Cue(kind: .speech, verb: t, agentToken: a, agent: e, confidence: c * 0.9, text: doc.string(token: t)))
                    }
                    continue
                }
                if key.hasSuffix("ing") {
                    // "Ruiz asking, "...": the name right before the participle speaks.
                    if t > sentence.tokens.lowerBound, entityOf[t - 1] >= 0 {
                        let (e, c) = resolve(t - 1)
                        found.append(Cue(kind: .speech, verb: t, agentToken: t - 1, agent: e, confidence: c, text: doc.string(token: t)))
                        continue
                    }
                    found.append(Cue(kind: .participle, verb: t, agentToken: nil, agent: nil, confidence: 0.8, text: doc.string(token: t)))
                    continue
                }
                // `," Berg, the attorney general, one of the plaintiffs, said`: the name after the closing mark wins
                // over the last name of the apposition.
                let afterComma = t > sentence.tokens.lowerBound && doc.tokens[t - 1].kind == .punct
                    && doc.bytes[doc.tokens[t - 1].span.start] == 0x2C
                let left = afterComma
                    ? agentAfterQuote(before: t, in: sentence) ?? agentLeft(from: t - 1, in: sentence)
                    : agentLeft(from: t - 1, in: sentence) ?? agentAfterQuote(before: t, in: sentence)
                if let a = left ?? coordinatedSubject(before: t, in: sentence) {
                    let (e, c) = resolve(a)
                    found.append(Cue(kind: .speech, verb: t, agentToken: a, agent: e, confidence: c, text: doc.string(token: t)))
                    continue
                }
                let inverted = Lexicon.invertingVerbs.contains(key, packed: keyPacked) && isInverted(t, in: sentence)
                if inverted, let a = agentRight(from: t + 1, in: sentence) {
                    let (e, c) = resolve(a)
                    found.append(Cue(kind: .speech, verb: t, agentToken: a, agent: e, confidence: c, text: doc.string(token: t)))
                    continue
                }
                // No name: a description speaks ("the letter reads", "said the ruling", "Protesters ... chanted").
                if let d = descriptionLeft(before: t, in: sentence)
                    ?? (inverted ? descriptionRight(from: t + 1, in: sentence) : nil)
                    ?? descriptionSubject(of: sentence, before: t)
                {
                    found.append(
                        Cue(kind: .speech, verb: t, agentToken: nil, agent: nil, confidence: 0.7, text: doc.string(token: t),
                            description: d))
                }
            }
            // A participle ("..., adding", "saying") speaks for the clause's speaker.
            let subject = subjectToken(of: sentence)
            for i in found.indices where found[i].kind == .participle {
                if let before = found[..<i].last(where: { $0.kind == .speech && $0.agent != nil }) {
                    found[i].agent = before.agent
                    found[i].agentToken = before.agentToken
                    found[i].confidence = before.confidence
                } else if let s = subject, s < found[i].verb {
                    let (e, c) = resolve(s)
                    found[i].agent = e
                    found[i].agentToken = s
                    found[i].confidence = c * 0.9
                } else if let before = found[..<i].last(where: { $0.kind == .speech && $0.description != nil }) {
                    found[i].description = before.description
                    found[i].confidence = before.confidence
                } else if let d = descriptionSubject(of: sentence, before: found[i].verb) {
                    found[i].description = d
                    found[i].confidence = 0.6
                }
            }
            cues.append(found)
            subjects.append(subject)
        }
    }

    static let documentNouns: WordSet = [
        "statement", "statements", "release", "report", "reports", "spokesman", "spokeswoman", "spokesperson",
        "official", "officials", "source", "sources", "letter", "memo", "filing", "post", "tweet", "transcript",
        "data", "figures", "estimates", "survey", "poll", "study", "analysis",
    ]

    /// Forms of "use" and what may follow them before a wording noun ("used the phrase"): looked up for every word,
    /// so kept as sets rather than written as array literals at the look-up.
    static let useForms: WordSet = ["use", "used", "uses", "using"]
    static let wordingDeterminers: WordSet = ["the", "a", "that", "this", "such"]

    /// Verbs of "X quoted Y as saying".
    static let quotingForms: WordSet = ["quoted", "quotes", "quoting", "cited"]

    /// Nouns for a piece of wording ("used the phrase", "used the term").
    static let wordingNouns: WordSet = ["phrase", "term", "terms", "word", "words", "expression", "label", "slogan"]

    static let beForms: WordSet = ["was", "were", "been", "being", "be", "is", "are"]

    static let blockingPrepositions: WordSet = [
        "at", "in", "on", "during", "after", "before", "to", "from", "with", "by", "for", "of", "about", "that", "than",
        "into", "while", "when", "as", "if", "because",
    ]

    static let determinersAndTo: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "to",
        "whose", "no", "any", "each", "every", "one",
    ]

    private func isQuoted(_ t: Int) -> Bool { doc.tokens[t].flags.contains(.quoted) }

    private func previousWord(_ t: Int, in sentence: Segment) -> Int? {
        var k = t - 1
        while k >= sentence.tokens.lowerBound {
            if doc.tokens[k].kind == .word { return k }
            if doc.tokens[k].kind == .punct || doc.tokens[k].kind == .quote { return nil }
            k -= 1
        }
        return nil
    }

    /// The entity a token names or stands for, with how sure that is.
    func resolve(_ t: Int) -> (Int?, Double) {
        if entityOf[t] >= 0 { return (Int(entityOf[t]), 0.95) }
        if keys[t] == "who", let a = agentLeft(from: t - 1, in: doc.sentences[Int(doc.sentenceOfToken[t])], crossComma: true) {
            let (e, c) = resolve(a)
            return (e, c * 0.95)
        }
        if ref[t] >= 0 { return (Int(ref[t]), refConfidence[t]) }
        return (nil, 0)
    }

    private func isAgentToken(_ t: Int) -> Bool {
        if entityOf[t] >= 0 || ref[t] >= 0 { return true }
        let key = keys[t]
        let keyPacked = packed[t]
        return key == "who" || Lexicon.personPronouns.contains(key, packed: keyPacked) || key == "it" || key == "they" || key == "i"
            || key == "we"
    }

    /// "said Ruiz", `," said the report`: a speech verb right after a comma, a closing mark or the sentence start.
    private func isInverted(_ t: Int, in sentence: Segment) -> Bool {
        var k = t - 1
        while k >= sentence.tokens.lowerBound, doc.tokens[k].kind == .word, Lexicon.verbModifiers.contains(keys[k], packed: packed[k]) {
            k -= 1
        }
        if k < sentence.tokens.lowerBound { return true }
        let token = doc.tokens[k]
        if token.kind == .quote { return true }
        if token.kind == .punct { return doc.bytes[token.span.start] == 0x2C }
        return false
    }

    /// The speaker named before a verb: "Water Board spokesman Col. Erik Nyland (said)", "the report (said)".
    func agentLeft(from start: Int, in sentence: Segment, crossComma: Bool = false) -> Int? {
        var k = start
        var steps = 0
        var crossed = false
        while k >= sentence.tokens.lowerBound, steps < 10 {
            let token = doc.tokens[k]
            if isQuoted(k) { return nil }
            // "the Fund's report stated", "an ACLU letter says": the body whose text it is speaks.
            if token.kind == .word, Lexicon.speakingTexts.contains(keys[k], packed: packed[k]), let owner = owner(before: k, in: sentence)
            {
                return owner
            }
            if token.kind == .word, isAgentToken(k) { return k }
            // "An SEC spokeswoman said": an unnamed spokesperson speaks for the body named before the role.
            if token.kind == .word, Lexicon.personNouns.contains(keys[k], packed: packed[k]) || Lexicon.titles.contains(keys[k], packed: packed[k]) {
                var j = k - 1
                while j >= sentence.tokens.lowerBound, j >= k - 3, doc.tokens[j].kind == .possessive
                    || doc.tokens[j].kind == .word && entityOf[j] < 0 && Lexicon.officeModifiers.contains(keys[j], packed: packed[j])
                {
                    j -= 1
                }
                if j >= sentence.tokens.lowerBound, entityOf[j] >= 0, !isQuoted(j),
                    doc.entities[Int(entityOf[j])].type != .person
                {
                    return j
                }
                return nil
            }
            if token.kind == .punct {
                let c = doc.bytes[token.span.start]
                if c == 0x29 || c == 0x5D {  // skip "(D-Md.)", "(VNA)"
                    var j = k - 1
                    while j > sentence.tokens.lowerBound, j > k - 12, doc.bytes[doc.tokens[j].span.start] != 0x28 { j -= 1 }
                    k = j - 1
                    steps += 1
                    continue
                }
                // "Polly Neate, said": a name closing an apposition right before the verb.
                if c == 0x2C, k == start, k - 1 >= sentence.tokens.lowerBound, entityOf[k - 1] >= 0, !isQuoted(k - 1) {
                    return k - 1
                }
                if c == 0x2C, crossComma, !crossed {
                    crossed = true
                    k -= 1
                    continue
                }
                return nil
            }
            if token.kind == .word {
                let key = keys[k]
                let keyPacked = packed[k]
                if !(Lexicon.verbModifiers.contains(key, packed: keyPacked) || Lexicon.days.contains(key, packed: keyPacked) || token.kind == .number) {
                    return nil
                }
            }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// The organisation named right before a noun ("the Fund's report", "an ACLU letter"), if any.
    private func owner(before k: Int, in sentence: Segment) -> Int? {
        var j = k - 1
        if j >= sentence.tokens.lowerBound, doc.tokens[j].kind == .possessive { j -= 1 }
        guard j >= sentence.tokens.lowerBound, entityOf[j] >= 0, !isQuoted(j) else { return nil }
        let type = doc.entities[Int(entityOf[j])].type
        return type == .organization ? j : nil
    }

    /// "... said leader Pak oversaw the launch and called the drills ...": the subject of a verb joined by "and".
    private func coordinatedSubject(before verb: Int, in sentence: Segment) -> Int? {
        guard verb > sentence.tokens.lowerBound, ["and", "but"].contains(keys[verb - 1]) else { return nil }
        var k = verb - 2
        while k >= sentence.tokens.lowerBound, k >= verb - 16 {
            let token = doc.tokens[k]
            if token.kind == .quote || token.kind == .punct && doc.bytes[token.span.start] != 0x2D { return nil }
            if token.kind == .word, entityOf[k] >= 0 || Lexicon.personPronouns.contains(keys[k], packed: packed[k]) {
                // The subject is the name before the first verb, not an object named later.
                var j = k
                while j > sentence.tokens.lowerBound, entityOf[j - 1] == entityOf[k], entityOf[k] >= 0 { j -= 1 }
                return j < k ? k : k
            }
            k -= 1
        }
        return nil
    }

    /// `," Ola Berg, the attorney general of Ohio, said`: the first name after the closing mark, when an
    /// apposition separates it from the verb.
    private func agentAfterQuote(before verb: Int, in sentence: Segment) -> Int? {
        guard verb > sentence.tokens.lowerBound else { return nil }
        var k = verb - 1
        while k > sentence.tokens.lowerBound, verb - k < 40 {
            let token = doc.tokens[k]
            if token.kind == .quote { break }
            if token.kind == .punct, [0x2E, 0x3B].contains(doc.bytes[token.span.start]), token.span.count == 1 { return nil }
            k -= 1
        }
        guard doc.tokens[k].kind == .quote, doc.tokens[k].flags.contains(.quoted) else { return nil }
        var j = k + 1
        while j < verb, doc.tokens[j].kind == .punct { j += 1 }
        while j < verb, doc.tokens[j].kind == .word, entityOf[j] < 0, Lexicon.titles.contains(keys[j], packed: packed[j]) || Lexicon.officeModifiers.contains(keys[j], packed: packed[j]) || doc.tokens[j].isCapitalized && Lexicon.orgHeads.contains(keys[j], packed: packed[j]) {
            j += 1
        }
        guard j < verb, doc.tokens[j].kind == .word, entityOf[j] >= 0 else { return nil }
        // Only a name: the verb's own subject when nothing but an apposition stands between them.
        let speaker = personAfterRole(j, limit: verb)
        // `," Ruiz's former aide said`: an owner does not speak.
        if speaker == j {
            var e = j + 1
            while e < verb, entityOf[e] == entityOf[j] { e += 1 }
            if e < verb, doc.tokens[e].kind == .possessive { return nil }
        }
        return speaker
    }

    /// From a name at `k`, the person a role word introduces after it ("Channel 9 host Ana Ruiz"), else `k`.
    func personAfterRole(_ k: Int, limit: Int) -> Int {
        var j = k + 1
        while j < limit, entityOf[j] == entityOf[k] || doc.tokens[j].kind == .possessive { j += 1 }
        var roles = 0
        while j < limit, doc.tokens[j].kind == .word, entityOf[j] < 0, roles < 4,
            Lexicon.titles.contains(keys[j], packed: packed[j]) || Lexicon.personNouns.contains(keys[j], packed: packed[j])
                || Lexicon.officeModifiers.contains(keys[j], packed: packed[j])
        {
            j += 1
            roles += 1
        }
        if roles > 0, j < limit, entityOf[j] >= 0, doc.entities[Int(entityOf[j])].type == .person { return j }
        return k
    }

    /// The speaker named after a verb or "according to": the first name or description, past determiners and
    /// adjectives ("the state-run Valley News Agency", "state media VNA").
    func agentRight(from start: Int, in sentence: Segment) -> Int? {
        var k = start
        var steps = 0
        while k < sentence.tokens.upperBound, steps < 6 {
            let token = doc.tokens[k]
            if isQuoted(k) { return nil }
            if token.kind == .word {
                if entityOf[k] >= 0 { return personAfterRole(k, limit: sentence.tokens.upperBound) }
                if Self.blockingPrepositions.contains(keys[k], packed: packed[k]) {
                    // "according to a statement from X", "a spokesman for X": the body behind the document or role.
                    let prev = k > start ? keys[k - 1] : ""
                    let through = ["from", "by", "for", "of"].contains(keys[k])
                        && (Self.documentNouns.contains(prev) || Lexicon.personNouns.contains(prev))
                    if !through { return nil }
                }
                if isAgentToken(k) {
                    // "state media VNA": the name, when it follows.
                    if k + 1 < sentence.tokens.upperBound, entityOf[k + 1] >= 0 { return k + 1 }
                    return k
                }
                if token.isCapitalized, !token.flags.contains(.sentenceStart), !Lexicon.titles.contains(keys[k], packed: packed[k]),
                    !Lexicon.officeModifiers.contains(keys[k], packed: packed[k])
                {
                    return nil
                }
            } else if token.kind == .number || token.kind == .punct && doc.bytes[token.span.start] == 0x2F {
                // "9/11 widow Ana Ruiz"
            } else if token.kind != .possessive {
                return nil
            }
            k += 1
            steps += 1
        }
        return nil
    }

    /// "VNA quoted Berg as saying": Berg speaks, VNA relays.
    private func quotedAs(_ t: Int, in sentence: Segment) -> Cue? {
        // Passive: "Pak was quoted as saying by the CPA".
        if t + 2 < sentence.tokens.upperBound, keys[t + 1] == "as", let y = agentLeft(from: t - 1, in: sentence) {
            let (speaker, c) = resolve(y)
            var source: Int? = nil
            var k = t + 2
            while k < sentence.tokens.upperBound, k < t + 5, keys[k] != "by" { k += 1 }
            if k < sentence.tokens.upperBound, keys[k] == "by", let x = agentRight(from: k + 1, in: sentence) {
                source = resolve(x).0
            }
            return Cue(
                kind: .quotedAs, verb: t, agentToken: y, agent: speaker, confidence: c, text: "quoted as saying",
                source: source)
        }
        guard let y = agentRight(from: t + 1, in: sentence) else { return nil }
        var k = y + 1
        while k < sentence.tokens.upperBound, entityOf[k] == entityOf[y], entityOf[y] >= 0 { k += 1 }
        guard k + 1 < sentence.tokens.upperBound, keys[k] == "as",
            ["saying", "telling", "stating", "warning", "calling", "describing"].contains(keys[k + 1])
        else { return nil }
        let (speaker, c) = resolve(y)
        var source: Int? = nil
        if let x = agentLeft(from: t - 1, in: sentence) { source = resolve(x).0 }
        return Cue(
            kind: .quotedAs, verb: t, agentToken: y, agent: speaker, confidence: c, text: "quoted as saying",
            source: source)
    }

    /// The subject of a sentence: its first name, pronoun or description, past an opening phrase ("In February,").
    private func subjectToken(of sentence: Segment) -> Int? {
        var start = sentence.tokens.lowerBound
        while start < sentence.tokens.upperBound, doc.tokens[start].kind != .word { start += 1 }
        guard start < sentence.tokens.upperBound else { return nil }
        let first = keys[start]
        let firstPacked = packed[start]
        if Lexicon.stopwords.contains(first, packed: firstPacked) && !isAgentToken(start) && !Lexicon.personPronouns.contains(first, packed: firstPacked)
            || Lexicon.months.contains(first, packed: firstPacked)
        {
            // Skip to after the opening phrase's comma, if it comes soon.
            var k = start
            while k < sentence.tokens.upperBound, k < start + 30, !isQuoted(k) {
                if doc.tokens[k].kind == .punct, doc.bytes[doc.tokens[k].span.start] == 0x2C {
                    start = k + 1
                    break
                }
                k += 1
            }
        }
        var k = start
        while k < sentence.tokens.upperBound, k < start + 12 {
            if isQuoted(k) { return nil }
            if doc.tokens[k].kind == .word, isAgentToken(k) {
                // "Pak's sister, Pak Mi-rae, ...": an owner is not the subject.
                var j = k + 1
                while j < sentence.tokens.upperBound, entityOf[j] == entityOf[k], entityOf[k] >= 0 { j += 1 }
                if j < sentence.tokens.upperBound, doc.tokens[j].kind == .possessive {
                    k = j + 1
                    continue
                }
                return k
            }
            if doc.tokens[k].kind == .word, Lexicon.speechVerbs.contains(keys[k], packed: packed[k]) { return nil }
            k += 1
        }
        return nil
    }
}
