extension Attributor {
    /// A speech cue in a sentence: the verb (or "according to"), and the token naming who speaks.
    struct Cue {
        enum Kind { case speech, participle, according, quotedAs }
        var kind: Kind
        var verb: Int
        var agentToken: Int?
        var agent: Int?
        var confidence: Double
        var text: String
        /// For "X quoted Y as saying": X, the medium.
        var source: Int? = nil
        /// When no entity speaks: the words that describe who does ("the letter", "a friend").
        var description: ByteSpan? = nil
    }

    /// What the attributor knows about one doc: which entity each token names, what pronouns and descriptions
    /// stand for, which entities are news media, and the cues of every sentence.
    struct Analysis {
        let doc: Doc
        let keys: [String]
        /// The packed form of each key (`Doc.packedKeys`), for the word lists.
        let packed: [PackedWord]
        var entityOf: [Int32]
        /// For pronouns and descriptions: the entity they stand for, or -1.
        var ref: [Int32]
        var refConfidence: [Double]
        var isMedium: [Bool]
        var mentionCount: [Int]
        var topMedium: Int?
        var titleWords: [Set<String>]
        var peopleByTitle: [String: [Int]] = [:]
        /// The person the article names most.
        var mainPerson: Int? = nil
        var cues: [[Cue]] = []
        var subjects: [Int?] = []
        var headline: [Bool]

        init(_ doc: Doc) {
            self.doc = doc
            keys = doc.wordKeys
            packed = doc.packedKeys
            entityOf = [Int32](repeating: -1, count: doc.tokens.count)
            ref = [Int32](repeating: -1, count: doc.tokens.count)
            refConfidence = [Double](repeating: 0, count: doc.tokens.count)
            isMedium = [Bool](repeating: false, count: doc.entities.count)
            mentionCount = doc.entities.map(\.mentions.count)
            titleWords = [Set<String>](repeating: [], count: doc.entities.count)
            let headlineCase = doc.reusable.headlineCase?.flags(of: doc)
                ?? doc.paragraphs.indices.map(doc.isHeadlineCase(paragraph:))
            headline = doc.paragraphs.indices.map { headlineCase[$0] || Self.isShortLine(doc.paragraphs[$0], doc) }
            for (e, entity) in doc.entities.enumerated() {
                for m in entity.mentions {
                    var t = doc.tokenIndex(atOrAfter: m.start)
                    while t < doc.tokens.count, doc.tokens[t].span.start < m.end {
                        entityOf[t] = Int32(e)
                        t += 1
                    }
                }
            }
            findMedia()
            findTitles()
            for e in doc.entities.indices where doc.entities[e].type == .person {
                for word in titleWords[e] { peopleByTitle[word, default: []].append(e) }
                if mainPerson.map({ mentionCount[$0] < mentionCount[e] }) ?? true { mainPerson = e }
            }
            resolveReferences()
            findCues()
        }

        /// Whether token `t` stands in a headline, label or other line that is not running text: title case, or
        /// a short line with no sentence end that does not open with a quotation ("Ruiz vows to 'fix' rents").
        func isHeadline(_ t: Int) -> Bool { headline[doc.paragraphIndex(ofToken: t)] }

        private static func isShortLine(_ para: Segment, _ doc: Doc) -> Bool {
            let first = doc.tokens[para.tokens.lowerBound]
            let last = doc.tokens[para.tokens.upperBound - 1]
            if first.kind == .quote || last.kind == .quote { return false }
            if last.kind == .punct {
                let c = UTF8Scan.decode(doc.bytes, last.span.start).scalar
                if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026 || c == 0x3A || c == 0x29 { return false }
            }
            var words = 0
            for k in para.tokens where doc.tokens[k].kind == .word {
                words += 1
                if words > 25 { return false }
            }
            return true
        }

        func paragraph(ofToken t: Int) -> Int { doc.paragraphIndex(ofToken: t) }

        private func isQuoted(_ t: Int) -> Bool { doc.tokens[t].flags.contains(.quoted) }

        /// A news outlet: an organisation named like one, or seen reporting, quoting or relaying.
        private mutating func findMedia() {
            for (e, entity) in doc.entities.enumerated() where entity.type != .geopolitical && entity.type != .person {
                let words = NameKey.words(Gazetteer.key(entity.name)).map(String.init)
                if words.contains(where: { Lexicon.mediumHeads.contains($0) }) && entity.type == .organization {
                    isMedium[e] = true
                    continue
                }
                for m in entity.mentions {
                    let first = doc.tokenIndex(atOrAfter: m.start)
                    var after = doc.tokenIndex(atOrAfter: m.end)
                    if after < doc.tokens.count, doc.bytes[doc.tokens[after].span.start] == 0x28, after + 2 < doc.tokens.count {
                        after += 3  // "(VNA)"
                    }
                    if after < doc.tokens.count, Lexicon.mediumVerbs.contains(keys[after], packed: packed[after])
                        || ["newspaper", "broadcaster", "daily", "agency", "news"].contains(keys[after])
                    {
                        isMedium[e] = true
                    }
                    if first > 0, ["via"].contains(keys[first - 1]) || first > 1 && keys[first - 1] == "from"
                        && keys[first - 2] == "inputs"
                    {
                        isMedium[e] = true
                    }
                }
            }
            topMedium = isMedium.indices.filter { isMedium[$0] }.max { mentionCount[$0] < mentionCount[$1] }
        }

        /// Title and role words around each person's mentions ("Valley leader Ana Ruiz").
        private mutating func findTitles() {
            for (e, entity) in doc.entities.enumerated() where entity.type == .person {
                for m in entity.mentions {
                    let first = doc.tokenIndex(atOrAfter: m.start)
                    var k = first - 1
                    var steps = 0
                    while k >= 0, steps < 6 {
                        let token = doc.tokens[k]
                        if token.kind == .punct || token.kind == .quote {
                            if doc.bytes[token.span.start] != 0x2C || steps > 0 { break }
                        }
                        if Lexicon.personNouns.contains(keys[k], packed: packed[k]) || Lexicon.titles.contains(keys[k], packed: packed[k]) {
                            titleWords[e].insert(keys[k])
                            // "Sen. Ana Lund" is "the senator" later on.
                            for word in Lexicon.titleExpansions[keys[k]] ?? [] { titleWords[e].insert(word) }
                        } else if token.kind == .word, !token.isCapitalized, !Lexicon.officeModifiers.contains(keys[k], packed: packed[k]),
                            !Self.determiners.contains(keys[k], packed: packed[k]), !["of", "and", "the"].contains(keys[k])
                        {
                            // "my father would have loved Ruiz": a verb ends the title; father is not Ruiz's.
                            break
                        }
                        k -= 1
                        steps += 1
                    }
                    var after = doc.tokenIndex(atOrAfter: m.end)
                    if after < doc.tokens.count, doc.bytes[doc.tokens[after].span.start] == 0x2C {
                        after += 1
                        var steps = 0
                        while after < doc.tokens.count, steps < 6, doc.tokens[after].kind == .word {
                            if Lexicon.personNouns.contains(keys[after], packed: packed[after]) { titleWords[e].insert(keys[after]) }
                            after += 1
                            steps += 1
                        }
                    }
                }
            }
        }

        private static let prepositions: WordSet = [
            "in", "of", "from", "to", "with", "by", "for", "at", "on", "against", "between", "about", "over", "into",
            "toward", "towards", "across", "despite", "under", "among", "amid", "after", "before", "during", "than",
            "like", "as", "and", "or",
        ]
        private static let determiners: WordSet = [
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        ]

        /// Resolves pronouns and descriptions in one pass in text order: each refers to the latest fitting entity.
        private mutating func resolveReferences() {
            var lastPerson: Int32 = -1
            var lastThing: Int32 = -1
            var lastMedium: Int32 = -1
            var lastSeen = [Int](repeating: -1, count: doc.entities.count)
            var bodiesByWord: [String: [Int]] = [:]
            for (e, entity) in doc.entities.enumerated() where entity.type == .organization {
                for word in NameKey.words(Gazetteer.key(entity.name)) where Self.bodyNouns.contains(String(word)) {
                    bodiesByWord[String(word), default: []].append(e)
                }
            }
            // The person subject of the sentence before: "Ana Lund had a question for the president. She said ..."
            // is Lund's, not the president's, though the president was named last.
            var previousSubject: Int32 = -1
            for sentence in doc.sentences {
                var subjectSeen = false
                var sentenceSubject: Int32 = -1
                defer { previousSubject = sentenceSubject }
                var t = sentence.tokens.lowerBound
                while t < sentence.tokens.upperBound {
                    defer { t += 1 }
                    if isQuoted(t) { continue }
                    let e = entityOf[t]
                    let prevKey = t > 0 ? keys[t - 1] : ""
                    let prevKeyPacked = t > 0 ? packed[t - 1] : .none
                    if e >= 0 {
                        lastSeen[Int(e)] = t
                        let entity = doc.entities[Int(e)]
                        if entity.type == .person { lastPerson = e }
                        if entity.type == .person, !subjectSeen, !Self.prepositions.contains(prevKey, packed: prevKeyPacked) { sentenceSubject = e }
                        if isMedium[Int(e)] { lastMedium = e }
                        if !subjectSeen, !Self.prepositions.contains(prevKey, packed: prevKeyPacked), entity.type != .person {
                            lastThing = e
                        }
                        subjectSeen = true
                        while t + 1 < sentence.tokens.upperBound, entityOf[t + 1] == e { t += 1 }
                        continue
                    }
                    let key = keys[t]
                    let keyPacked = packed[t]
                    if Lexicon.personPronouns.contains(key, packed: keyPacked) {
                        ref[t] = !subjectSeen && previousSubject >= 0 ? previousSubject : lastPerson
                        refConfidence[t] = 0.8
                        if !subjectSeen { sentenceSubject = ref[t] }
                        subjectSeen = true
                    } else if key == "it", doc.tokens[t].isCapitalized || !subjectSeen {
                        ref[t] = lastThing
                        refConfidence[t] = 0.7
                        subjectSeen = true
                    } else if Lexicon.mediumNouns.contains(key, packed: keyPacked), isDescription(t) {
                        let m = lastMedium >= 0 ? lastMedium : Int32(topMedium ?? -1)
                        ref[t] = m
                        refConfidence[t] = 0.75
                    } else if Self.bodyNouns.contains(key, packed: keyPacked), isDescription(t) {
                        // "the ministry", "the company": the latest body named with that word; "the government":
                        // the latest country.
                        var best: Int? = nil
                        for e in bodiesByWord[key] ?? [] where lastSeen[e] >= 0 {
                            if best.map({ lastSeen[$0] < lastSeen[e] }) ?? true { best = e }
                        }
                        if best == nil, Self.stateNouns.contains(key, packed: keyPacked) {
                            for e in doc.entities.indices where doc.entities[e].type == .geopolitical && lastSeen[e] >= 0 {
                                if best.map({ lastSeen[$0] < lastSeen[e] }) ?? true { best = e }
                            }
                        }
                        ref[t] = Int32(best ?? -1)
                        refConfidence[t] = 0.7
                        subjectSeen = true
                    } else if Lexicon.personNouns.contains(key, packed: keyPacked), isDescription(t),
                        t + 1 >= doc.tokens.count || entityOf[t + 1] < 0 || doc.tokens[t + 1].kind != .word
                    {
                        let p = describe(key, before: t, lastPerson: lastPerson)
                        ref[t] = Int32(p ?? -1)
                        refConfidence[t] = 0.7
                        if let p { lastPerson = Int32(p) }
                        subjectSeen = true
                    }
                }
            }
        }

        /// Nouns that stand for a body named elsewhere ("the ministry said").
        static let bodyNouns: WordSet = [
            "ministry", "company", "government", "party", "army", "military", "department", "council", "committee",
            "court", "union", "group", "firm", "bank", "commission", "office", "administration", "regime", "board",
            "authority", "police", "university", "foundation", "campaign", "organization", "organisation", "club",
            "team", "command", "navy", "embassy", "parliament", "senate", "congress", "cabinet", "country", "state",
            "federation", "league", "institute", "agency's",
        ]
        /// Body nouns that, when no body carries the word, stand for the latest country named.
        static let stateNouns: WordSet = ["government", "military", "regime", "administration", "country", "state"]

        /// Whether the noun at `t` heads a definite description ("the report", "the Kenyan leader").
        private func isDescription(_ t: Int) -> Bool {
            var k = t - 1
            var steps = 0
            while k >= 0, steps < 4 {
                let key = keys[k]
                let keyPacked = packed[k]
                if Self.determiners.contains(key, packed: keyPacked) { return true }
                if keys[t] == "media" { return true }  // "state media", "state-run media"
                guard doc.tokens[k].kind == .word || doc.tokens[k].kind == .possessive else { return false }
                if Self.prepositions.contains(key, packed: keyPacked) || Lexicon.speechVerbs.contains(key, packed: keyPacked) { return false }
                k -= 1
                steps += 1
            }
            return keys[t] == "media"
        }

        /// Whether a role noun is the head of a compound that says whose role it is ("the band leader", "a church
        /// elder"): such a description names the article's main person only when that person was seen with it.
        private func isCompound(_ t: Int) -> Bool {
            guard t > 0, doc.tokens[t - 1].kind == .word, entityOf[t - 1] < 0, !doc.tokens[t - 1].isCapitalized else {
                return false
            }
            let modifier = keys[t - 1]
            let modifierPacked = packed[t - 1]
            if Self.determiners.contains(modifier, packed: modifierPacked) || Lexicon.stopwords.contains(modifier, packed: modifierPacked) || Lexicon.titles.contains(modifier, packed: modifierPacked)
                || Lexicon.personNouns.contains(modifier, packed: modifierPacked) || Lexicon.officeModifiers.contains(modifier, packed: modifierPacked)
                || Lexicon.orgHeads.contains(modifier, packed: modifierPacked) || Self.bodyNouns.contains(modifier, packed: modifierPacked)
                || Lexicon.describedModifiers.contains(modifier, packed: modifierPacked) || Gazetteer.demonyms.contains(modifier, packed: modifierPacked)
                || ["opposition", "rebel", "campaign", "movement", "union", "military", "government", "parliamentary",
                    "congressional", "legislative", "republican", "democratic", "communist"].contains(modifier)
            {
                return false
            }
            return true
        }

        /// The person a description names: one seen with that title, the latest first; else the article's main
        /// person.
        private func describe(_ noun: String, before t: Int, lastPerson: Int32) -> Int? {
            let titled = peopleByTitle[noun] ?? []
            if titled.count == 1 { return titled[0] }
            if titled.count > 1 {
                if lastPerson >= 0, titled.contains(Int(lastPerson)) { return Int(lastPerson) }
                return titled.max { mentionCount[$0] < mentionCount[$1] }
            }
            if ["leader", "president", "dictator", "ruler", "strongman", "premier", "chancellor"].contains(noun), !isCompound(t) {
                return mainPerson
            }
            return nil
        }
    }
}
