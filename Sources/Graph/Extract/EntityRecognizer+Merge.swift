extension EntityRecognizer.Context {
    /// One entity being assembled from the names that refer to it.
    struct Builder {
        var key: String
        var canonical: String?
        var types: [EntityType: Int] = [:]
        var surfaces: [String: Int] = [:]
        var longest: (tokens: Int, surface: String) = (0, "")
        var mentions: [ByteSpan] = []
        var fullMentions = 0
        var firstToken: Int
        /// The first tokens of its full mentions, in order.
        var fullTokens: [Int] = []
        /// Mentions of an untyped name where places stand ("in Tarvik").
        var placeCues = 0
        /// Whether a mention is followed by a speech verb: a speaker, never a place.
        var speaks = false
    }

    /// Merges candidate names into the article's entities.
    ///
    /// - Complexity: O(k) dictionary operations in the number of candidates.
    func merge(_ candidates: [EntityRecognizer.Candidate]) -> [DocEntity] {
        var builders: [Builder] = []
        var byKey: [String: Int] = [:]
        var acronymDefinitions: [String: Int] = [:]

        func add(_ c: EntityRecognizer.Candidate, to index: Int, full: Bool, votes: Bool = true) {
            var cleaned = c.surface
            // (Both endings end in the byte of "s": the test by characters is needed only for a surface that does.)
            if cleaned.utf8.last == 0x73 {
                for suffix in ["'s", "\u{2019}s"] where cleaned.hasSuffix(suffix) { cleaned.removeLast(2) }
            }
            builders[index].surfaces[cleaned, default: 0] += 1
            if votes, let type = c.type { builders[index].types[type, default: 0] += c.guessed ? 1 : 3 }
            if votes, c.placeCue { builders[index].placeCues += 1 }
            if c.last + 1 < doc.tokens.count, Lexicon.speechVerbs.contains(keys[c.last + 1], packed: packed[c.last + 1]) { builders[index].speaks = true }
            builders[index].mentions.append(
                ByteSpan(doc.tokens[c.first].span.start, doc.tokens[c.last].span.end))
            if full {
                builders[index].fullMentions += 1
                builders[index].fullTokens.append(c.first)
                if c.tokenCount > builders[index].longest.tokens {
                    builders[index].longest = (c.tokenCount, cleaned)
                }
            }
        }

        func isStrong(_ c: EntityRecognizer.Candidate) -> Bool {
            c.canonical != nil || c.tokenCount >= 2
        }

        // 1. Full names: several words, or known to the gazetteer.
        for c in candidates where isStrong(c) && !c.weak {
            if let index = byKey[c.key] {
                add(c, to: index, full: true)
            } else if let index = byKey[shortCompanyKey(c.key)] {
                add(c, to: index, full: true)
            } else {
                byKey[c.key] = builders.count
                builders.append(Builder(key: c.key, canonical: c.canonical, firstToken: c.first))
                add(c, to: builders.count - 1, full: true)
            }
            // "Northern Water Board (NWB)"
            let open = c.last + 1
            if open + 2 < doc.tokens.count, doc.tokens[open].kind == .punct, doc.bytes[doc.tokens[open].span.start] == 0x28,
                doc.tokens[open + 1].flags.contains(.allCaps), doc.tokens[open + 2].kind == .punct,
                doc.bytes[doc.tokens[open + 2].span.start] == 0x29
            {
                if spells(keys[open + 1], c.surface) { acronymDefinitions[keys[open + 1]] = byKey[c.key] }
            }
            // "Tesla Inc" is also "Tesla".
            let short = shortCompanyKey(c.key)
            if short != c.key, byKey[short] == nil { byKey[short] = byKey[c.key] }
        }

        // "Water Board" for "Northern Water Board": a shorter organisation or event name that ends a longer one;
        // "De Vries" (a headline's or a sentence opener's capital) for "Ana de Vries".
        var folded = [Int?](repeating: nil, count: builders.count)
        var bySuffix: [String: [Int]] = [:]
        // The words of each key, split once: keys do not change while names fold.
        let keyWords = builders.map { NameKey.words($0.key) }
        for (index, b) in builders.enumerated() where b.canonical == nil {
            let words = keyWords[index]
            guard words.count >= 3 else { continue }
            for cut in 1..<(words.count - 1) {
                bySuffix[words[cut...].joined(separator: " "), default: []].append(index)
            }
        }
        for (index, b) in builders.enumerated() where b.canonical == nil && Self.hasSpace(b.key) {
            let type = dominantType(b)
            // A person's short form only when it opens with a name particle: "Ana Lund" must not fold into a
            // headline's "Hold Ana Lund".
            let particle = keyWords[index].first.map { Self.nameParticles.contains(String($0)) } ?? false
            guard type == .organization || type == .event || type == .person && particle, let longer = bySuffix[b.key],
                longer.count == 1,
                longer[0] != index, dominantType(builders[longer[0]]) == type
            else { continue }
            let target = longer[0]
            builders[target].mentions += builders[index].mentions
            for (surface, count) in builders[index].surfaces { builders[target].surfaces[surface, default: 0] += count }
            builders[target].fullMentions += builders[index].fullMentions
            folded[index] = target
            byKey[b.key] = target
        }
        for (acronym, index) in acronymDefinitions { acronymDefinitions[acronym] = folded[index] ?? index }

        // Initials of multi-word names, for acronyms used without a definition ("VNA").
        var initials: [String: Int] = [:]
        var ambiguousInitials: Set<String> = []
        var personWords: [String: [Int]] = [:]
        for (index, b) in builders.enumerated() where folded[index] == nil {
            let words = keyWords[index]
            guard words.count >= 2 else { continue }
            let type = dominantType(b)
            if type == .person {
                for w in [words.first!, words.last!] { personWords[String(w), default: []].append(index) }
                continue
            }
            if type == .geopolitical, b.canonical != nil { continue }
            if b.longest.surface.split(separator: " ").contains(where: { w in w.count >= 2 && w.allSatisfy { $0.isUppercase } }) {
                continue  // "AP Photo" is not what "AP" stands for
            }
            var letters = ""
            for w in words where !["of", "the", "and", "for", "on", "'s", "&"].contains(String(w)) {
                if let f = w.first { letters.append(f) }
            }
            guard letters.count >= 2 else { continue }
            if initials[letters] != nil, initials[letters] != index { ambiguousInitials.insert(letters) }
            initials[letters] = index
        }

        var orgLastWords: [String: Int] = [:]
        var ambiguousLastWords: Set<String> = []
        for (index, b) in builders.enumerated() where dominantType(b) == .organization && b.canonical == nil && index < folded.count && folded[index] == nil {
            guard let last = keyWords[index].last, Self.hasSpace(b.key) else { continue }
            let word = String(last)
            if orgLastWords[word] != nil, orgLastWords[word] != index { ambiguousLastWords.insert(word) }
            orgLastWords[word] = index
        }
        for word in ambiguousLastWords { orgLastWords[word] = nil }
        // Generic heads shared by many names ("Agency", "Party") stand for none of them.
        for word in ["agency", "party", "army", "ministry", "department", "government", "council", "committee",
                     "court", "house", "office", "union", "group", "company", "university", "bank", "police"]
        {
            orgLastWords[word] = nil
        }

        // 2. Single words: an acronym, a surname or given name, or a name of its own.
        for c in candidates where !isStrong(c) || c.weak {
            if let index = byKey[c.key] {
                add(c, to: index, full: !c.weak)
                continue
            }
            if let index = acronymDefinitions[c.key] {
                add(c, to: index, full: false, votes: false)
                continue
            }
            let token = doc.tokens[c.first]
            if token.flags.contains(.allCaps), let index = initials[String(c.key.filter { $0 != "." })],
                !ambiguousInitials.contains(c.key)
            {
                add(c, to: index, full: false, votes: false)
                continue
            }
            if let people = personWords[c.key], c.type == nil || c.type == .person {
                // The person named in full most often; between equals, the one introduced first, unless it was last
                // named in full so long ago (a live blog's earlier item) that only others are in focus: "Jeh Johnson
                // says ... Johnson tells" beside a "Gary Johnson" a hundred paragraphs back.
                let most = people.map { builders[$0].fullMentions }.max()!
                var tied = people.filter { builders[$0].fullMentions == most }
                if tied.count > 1 {
                    let here = doc.paragraphIndex(ofToken: c.first)
                    let inFocus = tied.filter { index in
                        guard let last = lastFull(builders[index], before: c.first) else { return false }
                        return here - doc.paragraphIndex(ofToken: last) <= Self.focusParagraphs
                    }
                    if !inFocus.isEmpty { tied = inFocus }
                }
                let best = tied.min { builders[$0].firstToken < builders[$1].firstToken }!
                add(c, to: best, full: false, votes: false)
                continue
            }
            if let index = orgLastWords[c.key], c.type == nil || c.type == .organization {
                add(c, to: index, full: false, votes: false)  // "the Post" for "Washington Post"
                continue
            }
            if c.weak { continue }
            // A bare organisation word ("Media", "House") names nothing on its own.
            if Lexicon.orgHeads.contains(c.key) { continue }
            // An unknown capitalised sentence opener is a name only if it recurs inside sentences or speaks.
            let shaped = doc.tokens[c.first].flags.contains(.allCaps) || doc.tokens[c.first].flags.contains(.innerCaps)
            if c.canonical == nil, !shaped, !keep(c) { continue }
            byKey[c.key] = builders.count
            builders.append(Builder(key: c.key, canonical: c.canonical, firstToken: c.first))
            add(c, to: builders.count - 1, full: true)
            if c.type == nil, c.last + 1 < doc.tokens.count, Lexicon.speechVerbs.contains(keys[c.last + 1], packed: packed[c.last + 1]) {
                builders[builders.count - 1].types[.person, default: 0] += 1
            }
        }

        return builders.enumerated().filter { $0.offset >= folded.count || folded[$0.offset] == nil }.map(\.element).map { b in
            let name = b.canonical ?? (b.longest.tokens > 0 ? b.longest.surface : b.surfaces.max { $0.value < $1.value }!.key)
            var aliases: [String] = []
            for surface in b.surfaces.keys.sorted() where surface != name && !aliases.contains(surface) {
                aliases.append(surface)
            }
            // An untyped name where places stand is a place when nothing else types it and it never speaks.
            let type = b.types.isEmpty && b.placeCues > 0 && !b.speaks ? .geopolitical : dominantType(b)
            return DocEntity(name: name, type: type, aliases: aliases, mentions: b.mentions.sorted())
        }
    }

    /// `key.contains(" ")`, answered from the bytes for an ASCII key: no space byte, no space; in ASCII a space byte
    /// is a space. Only other keys take the search by characters.
    static func hasSpace(_ key: String) -> Bool {
        guard key.utf8.contains(0x20) else { return false }
        return NameKey.isASCII(key) || key.contains(" ")
    }

    /// How many paragraphs back a person named in full stays in focus for a surname shared with another person.
    static let focusParagraphs = 20

    /// The first token of the builder's last full mention before token `t`.
    ///
    /// - Complexity: O(log m) in its full mentions, which come in text order.
    private func lastFull(_ builder: Builder, before t: Int) -> Int? {
        let tokens = builder.fullTokens
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle] < t { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? tokens[low - 1] : nil
    }

    /// "businessmen", "children": plurals without an s, which take "'s" in the possessive as names do.
    static func isIrregularPlural(_ key: String) -> Bool {
        if ["people", "children", "women", "men", "folk", "police", "staff", "clergy"].contains(key) { return true }
        // "businessmen", "firemen", "congressmen" (and "-women"); not a short name ending in "men".
        return key.count >= 7 && key.hasSuffix("men")
    }

    /// Particles that open a surname ("de Vries", "van Dijk"), capitalised at a sentence start or in a headline.
    static let nameParticles: WordSet = [
        "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "ten", "le", "la", "al", "el",
        "bin", "ibn", "dos", "das",
    ]

    /// Whether an acronym's letters appear in order in a name, the first letters agreeing: "NWB" spells
    /// "Northern Water Board", "AP" does not spell "Ukraine" (a dateline's agency in parentheses).
    private func spells(_ acronym: String, _ name: String) -> Bool {
        let letters = Array(acronym.filter { $0.isLetter })
        let nameLetters = Array(name.lowercased().filter { $0.isLetter })
        guard let first = letters.first, nameLetters.first == first, letters.count >= 2 else { return false }
        var i = 0
        for ch in nameLetters where i < letters.count && ch == letters[i] { i += 1 }
        return i == letters.count
    }

    /// A company's name without its company-form word: "tesla inc" -> "tesla".
    private func shortCompanyKey(_ key: String) -> String {
        // In ASCII the last space byte is the last space character; elsewhere a combining mark may join a space.
        let lastSpace = NameKey.isASCII(key) ? key.utf8.lastIndex(of: 0x20) : key.lastIndex(of: " ")
        guard let space = lastSpace, Lexicon.corporateSuffixes.contains(String(key[key.index(after: space)...]))
        else { return key }
        return String(key[..<space])
    }

    private func dominantType(_ b: Builder) -> EntityType {
        if let best = b.types.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }) { return best.key }
        return .other
    }

    private func keep(_ c: EntityRecognizer.Candidate) -> Bool {
        let key = keys[c.first]
        let keyPacked = packed[c.first]
        if Lexicon.stopwords.contains(key, packed: keyPacked) || Gazetteer.demonyms.contains(key, packed: keyPacked) { return false }
        if doc.tokens[c.first].span.count == 1 { return false }  // "X", "A": a letter is no name
        let token = doc.tokens[c.first]
        // "Delegates questioned ...", "Protesters chanted ...": a common noun opening a sentence, not a name.
        if c.first == c.last, Lexicon.describedSpeakers.contains(key, packed: keyPacked), !capitalizedInside.contains(key, packed: keyPacked),
            token.flags.contains(.sentenceStart) || c.first > 0 && EntityRecognizer.Context.opensClause(before: c.first, doc)
        {
            return false
        }
        let opensSentence = token.flags.contains(.sentenceStart)
            || c.first > 0 && EntityRecognizer.Context.opensClause(before: c.first, doc)
        if !opensSentence { return true }
        if capitalizedInside.contains(key, packed: keyPacked) { return true }
        // "Southland's army": a possessive after an opener marks a name, unless the opener is a plural common noun
        // ("Businessmen's groups", "Children's wards") or a word the article also writes in lower case.
        if c.last + 1 < doc.tokens.count, doc.tokens[c.last + 1].kind == .possessive {
            return !Self.isIrregularPlural(key) && !lowercaseWords.contains(key, packed: keyPacked)
        }
        if c.last + 1 < doc.tokens.count, Lexicon.speechVerbs.contains(keys[c.last + 1], packed: packed[c.last + 1]) { return true }
        return false
    }
}
