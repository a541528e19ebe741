/// Finds named entities from capitalisation and context, types them, and resolves them within the article.
///
/// A name is a run of capitalised words (with "of", particles and possessives inside). Each run is cut into names:
/// places from the gazetteer, titles stripped off ("Col.", "Defense Minister"), nationality adjectives dropped, and a
/// possessive after a place splits it from what follows ("Oslo's Water Board"). A name is typed by its
/// words ("... Agency", "... Peninsula"), its neighbours ("the ... newspaper", "tropical storm ..."), a title, or,
/// failing those, its shape. Names then merge into entities: acronyms defined in parentheses or spelled by a name's
/// initials, surnames and given names of a person named in full (the most-named person wins), and gazetteer
/// variants ("U.S." for "United States"). Headline-case lines only repeat names found elsewhere. A dateline
/// ("TARVIK —") names a place; an unknown word where places stand ("unions in Tarvik and Ostrum") is one when nothing
/// in the article says otherwise.
///
/// - Complexity: O(n) in the number of tokens, plus O(k) dictionary work per distinct name.
public struct EntityRecognizer: Component {
    public let name = "entities"
    public let version = "3"
    public let requires: Set<Annotation> = [.paragraphs, .tokens, .sentences, .quotations]
    public let assigns: Set<Annotation> = [.entities]

    public init() {}

    /// One name found in the text before names are merged into entities.
    struct Candidate {
        var first: Int
        var last: Int
        var type: EntityType?
        /// The canonical name when the gazetteer knows it.
        var canonical: String?
        var key: String
        var surface: String
        var tokenCount: Int
        /// The type comes from the name's shape alone (two capitalised words look like a person).
        var guessed = false
        /// Kept only if it matches a name found elsewhere (a headline word, an unknown capitalised sentence opener).
        var weak = false
        /// An untyped word where places stand: after "in", "near", "across", or joined by "and" to such a word.
        var placeCue = false
    }

    public func process(_ doc: inout Doc) {
        // The attributor asks the same of every paragraph: kept for it.
        let headlineCase = Doc.Reusable.HeadlineCase(doc)
        doc.reusable.headlineCase = headlineCase
        let ctx = Context(doc: doc)
        var candidates: [Candidate] = []
        var headlineParagraphs: [Segment] = []
        for (p, para) in doc.paragraphs.enumerated() {
            if headlineCase.flags[p] {
                headlineParagraphs.append(para)
                continue
            }
            var t = para.tokens.lowerBound
            if let dateline = doc.dateline(paragraph: p), let place = ctx.datelinePlace(dateline.place) {
                candidates.append(place)
                t = dateline.place.upperBound
            }
            while t < para.tokens.upperBound {
                guard ctx.isNameToken(t) else {
                    t += 1
                    continue
                }
                // "(D-N.C.)": a party and state tag, not a name.
                if t > 0, doc.tokens[t - 1].kind == .punct, doc.bytes[doc.tokens[t - 1].span.start] == 0x28,
                    ["D", "R", "I"].contains(doc.string(token: t).prefix(1)), doc.string(token: t).dropFirst().hasPrefix("-")
                {
                    t += 1
                    while t < para.tokens.upperBound, doc.tokens[t].kind != .punct || doc.bytes[doc.tokens[t].span.start] != 0x29 {
                        t += 1
                    }
                    continue
                }
                var run = [t]
                var k = t + 1
                while k < para.tokens.upperBound {
                    if ctx.isNameToken(k) {
                        run.append(k)
                        k += 1
                    } else if ctx.isConnector(k), k + 1 < para.tokens.upperBound, ctx.isNameToken(k + 1) {
                        run.append(k)
                        k += 1
                    } else if ctx.keys[k] == "of", ctx.isConnector(k), k + 2 < para.tokens.upperBound, ctx.keys[k + 1] == "the",
                        ctx.isNameToken(k + 2)
                    {
                        run.append(k)
                        run.append(k + 1)
                        k += 2
                    } else {
                        break
                    }
                }
                candidates.append(contentsOf: ctx.pieces(of: run))
                t = k
            }
        }
        candidates.append(contentsOf: ctx.locationsAfterDemonyms())
        ctx.headlineMatches(headlineParagraphs, known: candidates, into: &candidates)
        candidates.sort { $0.first < $1.first }
        ctx.markPlaceCues(&candidates)
        doc.entities = ctx.merge(candidates)
    }
}

extension EntityRecognizer {
    /// The state of one recognition pass: token keys and what the first pass learned about the article.
    struct Context {
        let doc: Doc
        let keys: [String]
        /// The packed form of each key (`Doc.packedKeys`), for the word lists.
        let packed: [PackedWord]
        /// Keys of words seen capitalised away from a sentence start: names, not sentence openers.
        var capitalizedInside = KeySet()
        /// Keys of words the article also writes in lower case: common words, whatever their capitals elsewhere.
        var lowercaseWords = KeySet()

        init(doc: Doc) {
            self.doc = doc
            keys = doc.wordKeys
            packed = doc.packedKeys
            // Sized from the article's length, so that the tables seldom grow while they are filled.
            capitalizedInside = KeySet(minimumCapacity: doc.tokens.count / 8)
            lowercaseWords = KeySet(minimumCapacity: doc.tokens.count / 4)
            for i in doc.tokens.indices where doc.tokens[i].isCapitalized && !doc.tokens[i].flags.contains(.sentenceStart) {
                if i > 0, Self.opensClause(before: i, doc) { continue }
                capitalizedInside.insert(keys[i], packed: packed[i])
            }
            for i in doc.tokens.indices where doc.tokens[i].kind == .word && !doc.tokens[i].isCapitalized
                && !doc.tokens[i].flags.contains(.allCaps)
            {
                lowercaseWords.insert(keys[i], packed: packed[i])
            }
        }

        static let honorifics: WordSet = ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov."]

        static let ofHeads: WordSet = [
            "republic", "kingdom", "chiefs", "state", "states", "people", "house", "city", "isle", "province",
            "commonwealth", "duke", "duchess", "prince", "princess", "queen", "king", "emirates", "islands", "bank",
            "university", "museum", "order", "church", "sisters", "friends", "sons", "daughters", "bureau", "director",
            "secretary", "minister", "federation", "confederation", "association", "union", "college", "school",
            "institute", "department", "ministry", "office", "council", "court", "board", "society", "league",
        ]

        /// Whether the token before `i` leaves `i` at the start of a clause, where any word is capitalised: a
        /// quotation mark, a colon, or a sentence end inside a quotation (where sentences are not split).
        static func opensClause(before i: Int, _ doc: Doc) -> Bool {
            let prev = doc.tokens[i - 1]
            if prev.kind == .quote { return true }
            guard prev.kind == .punct else { return false }
            let c = doc.bytes[prev.span.start]
            return c == 0x3A || c == 0x2E || c == 0x21 || c == 0x3F
        }

        func isNameToken(_ t: Int) -> Bool {
            let token = doc.tokens[t]
            guard token.kind == .word else { return false }
            guard token.isCapitalized || token.flags.contains(.allCaps) else { return false }
            let key = keys[t]
            let keyPacked = packed[t]
            // "I'll", "We're": contractions are no names.
            // (A key without the byte of "'" or ending in another byte than "s" cannot match: the byte tests skip
            // the search by characters for most words.)
            if key.utf8.contains(0x27), let apostrophe = key.lastIndex(of: "'") {
                let tail = key[key.index(after: apostrophe)...]
                if ["ll", "ve", "d", "re", "m", "t"].contains(tail) { return false }
            }
            // "Americans", "Muslims": plural nationalities and faiths.
            if key.utf8.last == 0x73, key.hasSuffix("s"), Gazetteer.demonyms.contains(String(key.dropLast())) {
                return false
            }
            if Lexicon.days.contains(key, packed: keyPacked) || Lexicon.months.contains(key, packed: keyPacked) { return false }
            // "And I", "Maybe I": the pronoun, not a name; a numeral only in "World War I".
            if key == "i", t == 0 || keys[t - 1] != "war" { return false }
            return true
        }

        func isConnector(_ t: Int) -> Bool {
            let token = doc.tokens[t]
            if token.kind == .possessive { return true }
            if token.kind == .quote, token.flags.contains(.maybeApostrophe) { return true }
            guard token.kind == .word, !token.isCapitalized else {
                return token.kind == .punct && doc.bytes[token.span.start] == 0x26  // &
            }
            switch keys[t] {
            case "de", "da", "del", "van", "von", "bin", "bint", "al", "el", "le", "la", "du", "der", "den", "di", "dos",
                "das":
                return true
            case "and":
                // "Securities and Exchange Commission", "Ministry of Trade and Industry"
                var k = t + 1
                while k < doc.tokens.count, k <= t + 4, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized {
                    if Lexicon.orgHeads.contains(keys[k], packed: packed[k]) { return t > 0 && Gazetteer.index[keys[t - 1]] == nil }
                    k += 1
                }
                return false
            case "of", "for":
                // "Ministry of Defense", "Gulf of Mexico"; but "Ana Ruiz of the Canary Islands" is two names.
                guard t > 0 else { return false }
                let prev = keys[t - 1]
                let prevPacked = packed[t - 1]
                return Lexicon.orgHeads.contains(prev, packed: prevPacked) || Lexicon.titles.contains(prev, packed: prevPacked)
                    || Lexicon.locationHeads.contains(prev, packed: prevPacked) || Self.ofHeads.contains(prev, packed: prevPacked)
            default: return false
            }
        }

        func surface(_ first: Int, _ last: Int) -> String {
            let span = ByteSpan(doc.tokens[first].span.start, doc.tokens[last].span.end)
            var s = doc.string(span)
            if doc.bytes[span.range].contains(0x0A), s.contains("\n") { s = s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            return s
        }

        /// The lookup key of tokens `first...last`, possessive endings attached.
        ///
        /// Hyphens become spaces, as in the gazetteer's keys ("Guinea-Bissau" = "guinea bissau").
        func key(_ first: Int, _ last: Int) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(doc.tokens[last].span.end - doc.tokens[first].span.start + 2)
            for t in first...last {
                let token = doc.tokens[t]
                if token.kind == .possessive || (token.kind == .quote && token.flags.contains(.maybeApostrophe)) {
                    out.append(0x27)  // '
                    if token.kind == .possessive { out.append(0x73) }  // s
                    continue
                }
                if !out.isEmpty { out.append(0x20) }
                if token.kind == .word {
                    out.append(contentsOf: keys[t].utf8)
                } else {
                    out.append(contentsOf: doc.string(token.span).utf8)
                }
            }
            // In ASCII every hyphen is a character of its own; elsewhere a combining mark may join one, and the
            // character, no longer a hyphen, stays.
            if out.withUnsafeBufferPointer(NameKey.isASCII) {
                for i in out.indices where out[i] == 0x2D { out[i] = 0x20 }
                return String(decoding: out, as: UTF8.self)
            }
            return String(String(decoding: out, as: UTF8.self).map { $0 == "-" ? " " : $0 })
        }

        func gazetteer(_ first: Int, _ last: Int) -> (name: String, type: EntityType)? {
            // Most names start with a word no entry starts with: no key need be built for them.
            if doc.tokens[first].kind == .word, !Gazetteer.mayOpenEntry(keys[first], packed: packed[first]) { return nil }
            guard let hit = Gazetteer.index[key(first, last)] else { return nil }
            // "US" is the country but "Un" in a name is not the United Nations.
            if hit.acronym, !(first...last).allSatisfy({ doc.tokens[$0].kind != .word || doc.tokens[$0].flags.contains(.allCaps) }) {
                return nil
            }
            return (hit.name, hit.type)
        }

        /// Cuts one capitalised run into candidate names.
        func pieces(of run: [Int]) -> [Candidate] {
            // 1. Places from the gazetteer, longest first; a place followed by an organisation word stays with it.
            var segments: [(range: ArraySlice<Int>, place: (name: String, type: EntityType)?)] = []
            var i = 0
            var pendingStart = 0
            while i < run.count {
                var matched = 0
                var hit: (name: String, type: EntityType)? = nil
                if doc.tokens[run[i]].kind == .word, Gazetteer.mayOpenEntry(keys[run[i]], packed: packed[run[i]]) {
                    var len = min(Gazetteer.maxTokens, run.count - i)
                    while len >= 1 {
                        let last = run[i + len - 1]
                        if doc.tokens[last].kind == .word, let g = gazetteer(run[i], last) {
                            hit = g
                            matched = len
                            break
                        }
                        len -= 1
                    }
                }
                if hit != nil, matched == 1, looksLikePersonName(run, at: i) { hit = nil }
                if let hit {
                    if pendingStart < i { segments.append((run[pendingStart..<i], nil)) }
                    segments.append((run[i..<(i + matched)], hit))
                    i += matched
                    pendingStart = i
                } else {
                    i += 1
                }
            }
            if pendingStart < run.count { segments.append((run[pendingStart..<run.count], nil)) }

            // A place glued to a following organisation name ("U.N. Command", "New York Times").
            var merged: [(range: ArraySlice<Int>, place: (name: String, type: EntityType)?)] = []
            var s = 0
            while s < segments.count {
                let seg = segments[s]
                if seg.place != nil, s + 1 < segments.count, segments[s + 1].place == nil,
                    let firstNext = segments[s + 1].range.first, doc.tokens[firstNext].kind == .word,
                    let orgEnd = orgHeadPrefixEnd(segments[s + 1].range)
                {
                    let next = segments[s + 1].range
                    merged.append((run[(seg.range.startIndex)...orgEnd], nil))
                    if orgEnd + 1 < next.endIndex { merged.append((run[(orgEnd + 1)..<next.endIndex], nil)) }
                    s += 2
                    continue
                }
                merged.append(seg)
                s += 1
            }

            var out: [Candidate] = []
            for seg in merged {
                if let place = seg.place {
                    out.append(candidate(Array(seg.range), type: place.type, canonical: place.name))
                } else {
                    out.append(contentsOf: splitPossessives(Array(seg.range)))
                }
            }
            return out
        }

        /// "Ana Jordan", "Georgia Smith": a one-word place name next to a plain capitalised word is a name.
        private func looksLikePersonName(_ run: [Int], at i: Int) -> Bool {
            func plain(_ j: Int) -> Bool {
                guard j >= 0, j < run.count else { return false }
                let t = run[j]
                let token = doc.tokens[t]
                guard token.kind == .word, !token.flags.contains(.allCaps) else { return false }
                let key = keys[t]
                let keyPacked = packed[t]
                if Lexicon.titles.contains(key, packed: keyPacked) || Lexicon.officeModifiers.contains(key, packed: keyPacked) || Lexicon.stopwords.contains(key, packed: keyPacked)
                    || Lexicon.orgHeads.contains(key, packed: keyPacked) || Gazetteer.demonyms.contains(key, packed: keyPacked) || Gazetteer.index[key] != nil
                    || token.flags.contains(.sentenceStart)
                {
                    return false
                }
                return true
            }
            return plain(i - 1) || plain(i + 1) && doc.tokens[run[i]].flags.contains(.sentenceStart) == false
                && !Lexicon.locationHeads.contains(keys[run[min(i + 1, run.count - 1)]])
        }

        /// Index in `run` of the last token of the shortest prefix of `range` that ends with an organisation word,
        /// if no possessive or title comes first.
        private func orgHeadPrefixEnd(_ range: ArraySlice<Int>) -> Int? {
            // The last organisation word before any possessive or title: "U.S. Securities and Exchange Commission".
            var found: Int? = nil
            for idx in range.indices {
                let t = range[idx]
                let token = doc.tokens[t]
                if token.kind != .word { break }
                if Lexicon.titles.contains(keys[t], packed: packed[t]) { break }
                if Lexicon.orgHeads.contains(keys[t], packed: packed[t]) { found = idx }
            }
            return found
        }

        /// Splits at possessives unless the whole reads as one organisation ("Farmers' Union").
        private func splitPossessives(_ tokens: [Int]) -> [Candidate] {
            var parts: [[Int]] = [[]]
            for t in tokens {
                let token = doc.tokens[t]
                if token.kind == .possessive || (token.kind == .quote && token.flags.contains(.maybeApostrophe)) {
                    parts[parts.count - 1].append(t)
                    parts.append([])
                } else {
                    parts[parts.count - 1].append(t)
                }
            }
            if parts.count == 1 { return named(tokens) }
            // Glue parts back when the right part is an organisation and the left part is not a name on its own.
            var out: [Candidate] = []
            var current = parts[0]
            for part in parts.dropFirst() where !part.isEmpty {
                let leftWords = current.filter { doc.tokens[$0].kind == .word }
                let leftIsName = leftWords.first.flatMap { f in leftWords.last.map { gazetteer(f, $0) != nil } } ?? false
                let rightIsOrg = part.contains { Lexicon.orgHeads.contains(keys[$0], packed: packed[$0]) }
                let rightHasTitle = part.contains { Lexicon.titles.contains(keys[$0], packed: packed[$0]) }
                // Only a plural or collective owner is part of the name: "Farmers' Union", "People's Army"; a
                // single owner is a separate name ("Southland's Joint Staff Command").
                let leftLast = leftWords.last.map { keys[$0] } ?? ""
                let collective = leftLast.hasSuffix("s") || ["people", "children", "women", "men"].contains(leftLast)
                if rightIsOrg, !leftIsName, !rightHasTitle, leftWords.count <= 2, collective,
                    !leftWords.contains(where: { doc.tokens[$0].flags.contains(.allCaps) })
                {
                    current += part
                } else {
                    out.append(contentsOf: named(current))
                    current = part
                }
            }
            out.append(contentsOf: named(current))
            return out
        }

        /// Strips titles, stop words and nationality adjectives from one name and types it.
        private func named(_ input: [Int]) -> [Candidate] {
            var tokens = input
            while let last = tokens.last, doc.tokens[last].kind != .word { tokens.removeLast() }
            guard !tokens.isEmpty else { return [] }
            var out: [Candidate] = []
            var hasTitle = false
            // Titles: the person's name follows the last one.
            // "Mr. King": a title word right after an honorific is the name.
            if tokens.count >= 2, Lexicon.titles.contains(keys[tokens[tokens.count - 1]]),
                Self.honorifics.contains(keys[tokens[tokens.count - 2]])
            {
                return [candidate([tokens[tokens.count - 1]], type: .person, canonical: nil)]
            }
            // "Ana King", "Sarah Judge": a title word after a plain name is a surname.
            if tokens.count >= 2, Lexicon.titles.contains(keys[tokens[tokens.count - 1]]) {
                let before = tokens[tokens.count - 2]
                let key = keys[before]
                let keyPacked = packed[before]
                if doc.tokens[before].kind == .word, !Lexicon.titles.contains(key, packed: keyPacked), !Lexicon.officeModifiers.contains(key, packed: keyPacked),
                    !Lexicon.orgHeads.contains(key, packed: keyPacked), !Gazetteer.demonyms.contains(key, packed: keyPacked), Gazetteer.index[key] == nil,
                    !Lexicon.stopwords.contains(key, packed: keyPacked), !doc.tokens[before].flags.contains(.allCaps)
                {
                    var name = tokens
                    if let i = name.lastIndex(where: { Lexicon.titles.contains(keys[$0], packed: packed[$0]) && $0 != tokens[tokens.count - 1] }) {
                        name = Array(name[(i + 1)...])
                    }
                    while let first = name.first, doc.tokens[first].kind != .word { name.removeFirst() }
                    if !name.isEmpty { return [candidate(name, type: .person, canonical: nil)] }
                    return []
                }
            }
            if let titleIndex = tokens.lastIndex(where: { Lexicon.titles.contains(keys[$0], packed: packed[$0]) }) {
                let isOrgName = tokens[(titleIndex + 1)...].contains { Lexicon.orgHeads.contains(keys[$0], packed: packed[$0]) }
                    || tokens[..<titleIndex].contains { Lexicon.orgHeads.contains(keys[$0], packed: packed[$0]) }
                        && titleIndex == tokens.count - 1
                if !isOrgName {
                    var prefix = Array(tokens[..<titleIndex])
                    while let last = prefix.last, Lexicon.titles.contains(keys[last], packed: packed[last]) || Lexicon.officeModifiers.contains(keys[last], packed: packed[last]) {
                        prefix.removeLast()
                    }
                    var rest = Array(tokens[(titleIndex + 1)...])
                    while let first = rest.first, rest.count > 1, Lexicon.officeModifiers.contains(keys[first], packed: packed[first]) {
                        rest.removeFirst()
                    }
                    if rest.first.map({ keys[$0] == "of" }) == true { rest = Array(rest.dropFirst(2)) }
                    if !prefix.isEmpty { out.append(contentsOf: named(prefix)) }
                    tokens = rest
                    hasTitle = true
                    guard !tokens.isEmpty else { return out }
                }
            }
            // Nationality adjectives in front ("South African Water Board", "Kenyan"), unless they are
            // part of an organisation's name ("Kenyan News Agency") or a place's ("Arabian Peninsula").
            let hasOrgHead = tokens.contains { Lexicon.orgHeads.contains(keys[$0], packed: packed[$0]) }
            let hasPlaceHead = tokens.count > 1 && Lexicon.locationHeads.contains(keys[tokens[tokens.count - 1]])
            var demonyms = 0
            if tokens.count > 1, Lexicon.stopwords.contains(keys[tokens[0]]), !Gazetteer.demonyms.contains(keys[tokens[0]]),
                doc.tokens[tokens[0]].flags.contains(.sentenceStart)
            {
                tokens.removeFirst()
            }
            while demonyms < tokens.count, Gazetteer.demonyms.contains(keys[tokens[demonyms]]) {
                // "North" is an adjective of nationality only before one ("South African"), not in "North Shield".
                if isCompass(tokens[demonyms]),
                    demonyms + 1 >= tokens.count || !Gazetteer.demonyms.contains(keys[tokens[demonyms + 1]])
                {
                    break
                }
                demonyms += 1
            }
            if demonyms == tokens.count { return out }
            if demonyms > 0, !hasPlaceHead, !hasOrgHead || demonyms >= 2 {
                tokens.removeFirst(demonyms)
            }
            // Stop words and dates at the edges.
            while let first = tokens.first, isStripped(first) { tokens.removeFirst() }
            while let last = tokens.last, isStripped(last) || doc.tokens[last].kind != .word { tokens.removeLast() }
            guard !tokens.isEmpty, !tokens.allSatisfy({ Gazetteer.demonyms.contains(keys[$0], packed: packed[$0]) }) else { return out }
            if let g = gazetteer(tokens[0], tokens[tokens.count - 1]) {
                out.append(candidate(tokens, type: g.type, canonical: g.name))
                return out
            }
            let type = type(of: tokens, hasTitle: hasTitle)
            var c = candidate(tokens, type: type.type, canonical: nil)
            c.guessed = type.guessed
            out.append(c)
            return out
        }

        private func isCompass(_ t: Int) -> Bool {
            ["north", "south", "east", "west"].contains(keys[t])
        }

        private func isStripped(_ t: Int) -> Bool {
            let key = keys[t]
            let keyPacked = packed[t]
            if Lexicon.days.contains(key, packed: keyPacked) || Lexicon.months.contains(key, packed: keyPacked) { return true }
            if doc.tokens[t].kind != .word { return true }
            guard Lexicon.stopwords.contains(key, packed: keyPacked) else { return false }
            // A stop word opening a sentence is no name; inside a sentence a capitalised one may be ("The Hague").
            return doc.tokens[t].flags.contains(.sentenceStart) || !doc.tokens[t].isCapitalized
                || doc.tokens[t].flags.contains(.allCaps) || t > 0 && doc.tokens[t - 1].kind == .quote
        }

        /// The type a name's words and neighbours give it.
        private func type(of tokens: [Int], hasTitle: Bool) -> (type: EntityType?, guessed: Bool) {
            let firstKey = keys[tokens[0]]
            let firstKeyPacked = packed[tokens[0]]
            let lastKey = keys[tokens[tokens.count - 1]]
            let lastKeyPacked = packed[tokens[tokens.count - 1]]
            if hasTitle { return (.person, false) }
            if tokens.count > 1, Lexicon.locationLeaders.contains(firstKey, packed: firstKeyPacked) { return (.location, false) }
            if tokens.count > 1, Lexicon.locationHeads.contains(lastKey, packed: lastKeyPacked) { return (.location, false) }
            if tokens.count > 1, Lexicon.eventHeads.contains(lastKey, packed: lastKeyPacked) { return (.event, false) }
            // "World War I", "Gulf War II": a numeral after the event word.
            if tokens.count > 2, ["i", "ii", "iii", "iv"].contains(lastKey),
                Lexicon.eventHeads.contains(keys[tokens[tokens.count - 2]])
            {
                return (.event, false)
            }
            if tokens.contains(where: { Lexicon.orgHeads.contains(keys[$0], packed: packed[$0]) }) { return (.organization, false) }
            // "Oklahoma City", "Palm Springs", "St. Cloud": towns the gazetteer does not list.
            if tokens.count > 1, Lexicon.cityHeads.contains(lastKey, packed: lastKeyPacked) || Lexicon.cityLeaders.contains(firstKey, packed: firstKeyPacked) {
                return (.geopolitical, false)
            }
            if tokens.count > 1, Lexicon.thingHeads.contains(lastKey, packed: lastKeyPacked) { return (.other, false) }
            // Neighbours: after the name (skipping a parenthesised acronym) and before it.
            var after = tokens[tokens.count - 1] + 1
            if after < doc.tokens.count, doc.tokens[after].kind == .punct, doc.bytes[doc.tokens[after].span.start] == 0x28,
                after + 2 < doc.tokens.count, doc.tokens[after + 2].kind == .punct
            {
                after += 3
            }
            if after < doc.tokens.count, doc.tokens[after].kind == .word, !doc.tokens[after].isCapitalized {
                let next = keys[after]
                let nextPacked = packed[after]
                if Lexicon.eventFollowers.contains(next, packed: nextPacked) { return (.event, false) }
                if Lexicon.orgFollowers.contains(next, packed: nextPacked) { return (.organization, false) }
                if after + 1 < doc.tokens.count, Lexicon.eventFollowers.contains(keys[after + 1], packed: packed[after + 1]),
                    ["summer", "winter", "spring", "autumn", "fall", "annual", "joint", "military", "naval"].contains(next)
                {
                    return (.event, false)
                }
            }
            let before = tokens[0] - 1
            if before >= 0, doc.tokens[before].kind == .word {
                let prev = keys[before]
                if Lexicon.eventLeaders.contains(prev, packed: packed[before]) { return (.event, false) }
            }
            if tokens.count == 1 {
                let token = doc.tokens[tokens[0]]
                if token.flags.contains(.allCaps) || token.flags.contains(.innerCaps) { return (.organization, false) }
                return (nil, false)
            }
            // "the Harbor Wire": people are rarely "the" anything.
            if before >= 0, keys[before] == "the", !doc.tokens[before].isCapitalized { return (.organization, true) }
            // "War On Drugs", "Peace Through Strength": a capitalised function word is no part of a person's name.
            if tokens.dropFirst().contains(where: { Lexicon.functionWords.contains(keys[$0], packed: packed[$0]) }) { return (nil, true) }
            // "Health Issues", "Climate Change": words the article also writes in lower case are common words.
            if tokens.allSatisfy({ lowercaseWords.contains(keys[$0], packed: packed[$0]) }) { return (nil, true) }
            if tokens.allSatisfy({ doc.tokens[$0].kind == .word && !doc.tokens[$0].flags.contains(.allCaps) }),
                tokens.count <= 4
            {
                return (.person, true)
            }
            return (nil, true)
        }

        func candidate(_ tokens: [Int], type: EntityType?, canonical: String?) -> Candidate {
            let first = tokens[0]
            let last = tokens[tokens.count - 1]
            var k = key(first, last)
            if k.hasSuffix("'s") { k.removeLast(2) }
            return Candidate(
                first: first, last: last, type: type, canonical: canonical, key: canonical.map(Gazetteer.key) ?? k,
                surface: surface(first, last), tokenCount: tokens.count)
        }

        /// A dateline's place ("TARVIK", "NEW YORK"), named in title case so that it is one with the "Tarvik" of
        /// the article's sentences; nil when a word of it is one the article writes in lower case ("FERRY DELAYS —":
        /// a heading).
        func datelinePlace(_ place: Range<Int>) -> Candidate? {
            let tokens = Array(place)
            if let g = gazetteer(place.lowerBound, place.upperBound - 1) {
                return candidate(tokens, type: g.type, canonical: g.name)
            }
            if tokens.contains(where: { lowercaseWords.contains(keys[$0], packed: packed[$0]) }) { return nil }
            let name = tokens.map { Self.titleCase(doc.string(token: $0)) }.joined(separator: " ")
            var c = candidate(tokens, type: .geopolitical, canonical: name)
            // The key of the same words written in title case in a sentence: ASCII letters lower-cased, as token keys are.
            c.key = String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            return c
        }

        /// "TARVIK" -> "Tarvik", "ST. LOUIS" -> "St. Louis", "WINSTON-SALEM" -> "Winston-Salem".
        static func titleCase(_ word: String) -> String {
            var out = ""
            var upper = true
            for ch in word {
                out += upper ? ch.uppercased() : ch.lowercased()
                upper = !ch.isLetter && ch != "'" && ch != "\u{2019}"
            }
            return out
        }

        /// Words after which a capitalised word names where something is or happens.
        static let placePrepositions: WordSet = ["in", "near", "across", "outside", "throughout"]

        /// Marks untyped one-word names that stand where places stand: "talks in Tarvik", "ports near Tarvik", and
        /// "in Tarvik and Ostrum". Not before a possessive ("in Berg's office": a person's), and not a given name or a
        /// word the article also writes in lower case. Whether the name becomes a place is decided when it is merged:
        /// any other evidence (a surname of a person, a speech verb) wins.
        func markPlaceCues(_ candidates: inout [Candidate]) {
            var lastPlace: Int? = nil  // the last token of the last place named after a preposition
            for i in candidates.indices {
                let c = candidates[i]
                guard c.first > 0 else { continue }
                let before = c.first - 1
                let prev = doc.tokens[before]
                let cued = prev.kind == .word && !prev.isCapitalized
                    && (Self.placePrepositions.contains(keys[before], packed: packed[before])
                        || (keys[before] == "and" || keys[before] == "or") && lastPlace == before - 1)
                guard cued else { continue }
                if c.type == .geopolitical || c.type == .location {
                    lastPlace = c.last  // "in Oslo and Tarvik"
                    continue
                }
                guard c.type == nil, c.canonical == nil, c.tokenCount == 1, !c.weak else { continue }
                let token = doc.tokens[c.first]
                guard token.kind == .word, token.isCapitalized, !token.flags.contains(.allCaps),
                    !token.flags.contains(.innerCaps), !token.flags.contains(.sentenceStart),
                    !token.flags.contains(.abbreviation)
                else { continue }
                let key = keys[c.first]
                let keyPacked = packed[c.first]
                if key.contains(".") { continue }  // "Va.", "St.": an abbreviation, whatever it stands for
                if lowercaseWords.contains(key, packed: keyPacked) || !Nicknames.alternatives(key).isEmpty || Lexicon.stopwords.contains(key, packed: keyPacked)
                    || Lexicon.orgHeads.contains(key, packed: keyPacked) || Lexicon.titles.contains(key, packed: keyPacked) || Gazetteer.demonyms.contains(key, packed: keyPacked)
                {
                    continue
                }
                // "in Berg's office": a person's.
                let next = c.last + 1
                if next < doc.tokens.count,
                    doc.tokens[next].kind == .possessive
                        || doc.tokens[next].kind == .quote && doc.tokens[next].flags.contains(.maybeApostrophe)
                {
                    continue
                }
                // "in Stage 3": a numbered stage.
                if next < doc.tokens.count, doc.tokens[next].kind == .number { continue }
                // "in Gold districts", "in Gold v. Silver": a word before a lower-case noun modifies it. A place
                // ends its phrase: punctuation, a function word, a verb in the past ("talks in Tarvik collapsed").
                if next < doc.tokens.count, doc.paragraphIndex(ofToken: next) == doc.paragraphIndex(ofToken: c.first),
                    doc.tokens[next].kind == .word, !doc.tokens[next].isCapitalized,
                    !Lexicon.stopwords.contains(keys[next], packed: packed[next]), !keys[next].hasSuffix("ed"),
                    !Lexicon.speechVerbs.contains(keys[next], packed: packed[next])
                {
                    continue
                }
                // "in Harbour and Fisheries Act": coordinated with a name of another kind.
                if i + 1 < candidates.count, next + 1 == candidates[i + 1].first, ["and", "or"].contains(keys[next]),
                    let other = candidates[i + 1].type, other != .geopolitical, other != .location
                {
                    continue
                }
                candidates[i].placeCue = true
                lastPlace = c.last
            }
        }

        /// "the Iberian peninsula": a nationality adjective before a lower-case place word names a place.
        func locationsAfterDemonyms() -> [Candidate] {
            var out: [Candidate] = []
            for t in doc.tokens.indices.dropLast() where doc.tokens[t].isCapitalized {
                guard Gazetteer.demonyms.contains(keys[t], packed: packed[t]), Lexicon.locationFollowers.contains(keys[t + 1], packed: packed[t + 1]),
                    !doc.tokens[t + 1].isCapitalized
                else { continue }
                let word = doc.string(token: t + 1)
                let name = doc.string(token: t) + " " + word.prefix(1).uppercased() + word.dropFirst()
                out.append(
                    Candidate(
                        first: t, last: t + 1, type: .location, canonical: name, key: Gazetteer.key(name),
                        surface: surface(t, t + 1), tokenCount: 2))
            }
            return out
        }

        /// In headline-case lines, only names already known from the body or the gazetteer count.
        func headlineMatches(_ paragraphs: [Segment], known: [Candidate], into out: inout [Candidate]) {
            guard !paragraphs.isEmpty else { return }
            var knownKeys: [String: Candidate] = [:]
            var knownWords: Set<String> = []
            for c in known {
                knownKeys[c.key] = c
                if c.type == .person || c.type == nil {
                    for t in c.first...c.last where doc.tokens[t].kind == .word { knownWords.insert(keys[t]) }
                }
            }
            for para in paragraphs {
                var t = para.tokens.lowerBound
                while t < para.tokens.upperBound {
                    guard isNameToken(t) else {
                        t += 1
                        continue
                    }
                    var matched = false
                    var len = min(Gazetteer.maxTokens, para.tokens.upperBound - t)
                    while len >= 1 {
                        let last = t + len - 1
                        let k = key(t, last)
                        if let g = gazetteer(t, last) {
                            out.append(candidate(Array(t...last), type: g.type, canonical: g.name))
                        } else if let c = knownKeys[k] {
                            out.append(candidate(Array(t...last), type: c.type, canonical: c.canonical))
                        } else if len == 1, knownWords.contains(k) || doc.tokens[t].flags.contains(.allCaps),
                            !Lexicon.stopwords.contains(k)
                        {
                            var c = candidate([t], type: nil, canonical: nil)
                            c.weak = true
                            out.append(c)
                        } else {
                            len -= 1
                            continue
                        }
                        matched = true
                        t = last + 1
                        break
                    }
                    if !matched { t += 1 }
                }
            }
        }
    }
}

