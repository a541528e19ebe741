/// Finds roles stated before a person's name: "NWB spokesman Col. Nyland" (spokesperson_of), "former US President
/// Ola Berg" (former_president_of), "Kenyan Defense Minister Ola Berg" (defense_minister_of), "Berg's
/// sister, Lina Berg" (sibling_of).
///
/// From each person's mention it walks back over titles, roles and their owners (a name, or a nationality adjective
/// of a country the article names), through "and" and commas, never across a sentence or a quotation mark.
///
/// - Complexity: O(n) in the number of tokens; each mention looks at most a dozen tokens back.
public struct RelationFinder: Component {
    public let name = "relations"
    public let version = "1"
    public let requires: Set<Annotation> = [.tokens, .sentences, .entities]
    public let assigns: Set<Annotation> = [.relations]

    public init() {}

    static let predicates: [String: String] = [
        "spokesman": "spokesperson_of", "spokeswoman": "spokesperson_of", "spokesperson": "spokesperson_of",
        "leader": "leader_of", "dictator": "leader_of", "ruler": "leader_of", "strongman": "leader_of",
        "president": "president_of", "premier": "premier_of", "chancellor": "chancellor_of", "king": "king_of",
        "queen": "queen_of", "minister": "minister_of", "secretary": "secretary_of", "ambassador": "ambassador_of",
        "envoy": "envoy_of", "chairman": "chair_of", "chairwoman": "chair_of", "chair": "chair_of", "ceo": "ceo_of",
        "executive": "executive_of", "founder": "founder_of", "director": "director_of", "governor": "governor_of",
        "mayor": "mayor_of", "senator": "senator_of", "head": "head_of", "chief": "chief_of",
        "commander": "commander_of", "general": "general_of", "sister": "sibling_of", "brother": "sibling_of",
        "wife": "spouse_of", "husband": "spouse_of", "daughter": "child_of", "son": "child_of",
        "father": "parent_of", "mother": "parent_of", "aide": "aide_of", "adviser": "adviser_of",
        "advisor": "adviser_of", "official": "official_of", "lawyer": "lawyer_of", "attorney": "lawyer_of",
        "analyst": "analyst_of", "economist": "economist_of", "editor": "editor_of", "correspondent": "correspondent_of",
    ]

    public func process(_ doc: inout Doc) {
        var entityOf = [Int32](repeating: -1, count: doc.tokens.count)
        for (e, entity) in doc.entities.enumerated() {
            for m in entity.mentions {
                var t = doc.tokenIndex(atOrAfter: m.start)
                while t < doc.tokens.count, doc.tokens[t].span.start < m.end {
                    entityOf[t] = Int32(e)
                    t += 1
                }
            }
        }
        func key(_ t: Int) -> String { doc.key(token: t) }
        let countries = countryIndex(doc)
        var seen: Set<DocRelation> = []
        var relations: [DocRelation] = []
        for (e, entity) in doc.entities.enumerated() where entity.type == .person {
            for m in entity.mentions {
                let first = doc.tokenIndex(atOrAfter: m.start)
                guard first > 0, first < doc.tokens.count, !doc.tokens[first].flags.contains(.quoted) else { continue }
                // "Berg's sister": an owner, not a role holder.
                let after = doc.tokenIndex(atOrAfter: m.end)
                if after < doc.tokens.count, doc.tokens[after].kind == .possessive { continue }
                let sentence = doc.sentences[Int(doc.sentenceOfToken[first])].tokens.lowerBound
                var k = first - 1
                var steps = 0
                var role: (key: String, token: Int, modifier: String?)? = nil
                while k >= sentence, steps < 14 {
                    let token = doc.tokens[k]
                    if token.kind == .quote { break }
                    if token.kind == .punct {
                        let c = doc.bytes[token.span.start]
                        if c != 0x2C && c != 0x2E { break }  // commas; the period of "Col."
                        k -= 1
                        steps += 1
                        continue
                    }
                    let word = key(k)
                    if token.kind == .word, entityOf[k] < 0, let predicate = Self.predicates[word] {
                        var modifier: String? = nil
                        if k > sentence, Lexicon.officeModifiers.contains(key(k - 1)), entityOf[k - 1] < 0 {
                            modifier = key(k - 1)
                        }
                        role = (predicate, k, modifier)
                        // The owner: a name or a nationality right before the role and its modifiers.
                        var o = k - 1
                        while o >= sentence, entityOf[o] < 0, doc.tokens[o].kind == .word,
                            Lexicon.officeModifiers.contains(key(o)) || Lexicon.titles.contains(key(o))
                        {
                            o -= 1
                        }
                        while o >= sentence, doc.tokens[o].kind == .possessive { o -= 1 }
                        var owner: Int? = nil
                        var ownerStart = o
                        if o >= sentence, entityOf[o] >= 0, Int(entityOf[o]) != e {
                            owner = Int(entityOf[o])
                            while ownerStart > sentence, entityOf[ownerStart - 1] == entityOf[o] { ownerStart -= 1 }
                        } else if o >= sentence, let country = country(ofDemonymAt: o, doc, key, countries) {
                            owner = country.entity
                            ownerStart = country.start
                        }
                        if let owner, let role {
                            var predicate = role.key
                            if role.key == "executive_of", role.modifier == "chief" { predicate = "ceo_of" }
                            if role.key == "minister_of", let m = role.modifier, m != "deputy", m != "acting",
                                m != "former"
                            {
                                predicate = m == "defence" ? "defense_minister_of" : "\(m)_minister_of"
                            }
                            let formerAt = max(sentence, ownerStart - 2)..<ownerStart
                            if formerAt.contains(where: { key($0) == "former" }) || role.modifier == "former" {
                                predicate = "former_" + predicate
                            }
                            let relation = DocRelation(
                                subject: e, predicate: predicate, object: owner,
                                evidence: ByteSpan(doc.tokens[ownerStart].span.start, m.end))
                            if seen.insert(DocRelation(subject: e, predicate: predicate, object: owner, evidence: ByteSpan(0, 0))).inserted {
                                relations.append(relation)
                            }
                            k = ownerStart - 1
                            steps += 1
                            continue
                        }
                    } else if token.kind == .word, entityOf[k] < 0, !Lexicon.titles.contains(word),
                        !Lexicon.officeModifiers.contains(word), word != "and", !Gazetteer.demonyms.contains(word)
                    {
                        if role == nil || doc.tokens[k].isCapitalized == false { break }
                    }
                    k -= 1
                    steps += 1
                }
            }
        }
        doc.relations = relations
    }

    /// Country entities by every key a nationality adjective may reduce to.
    private func countryIndex(_ doc: Doc) -> [String: Int] {
        var index: [String: Int] = [:]
        for (e, entity) in doc.entities.enumerated() where entity.type == .geopolitical {
            index[Gazetteer.key(entity.name)] = e
            for alias in entity.aliases { index[Gazetteer.key(alias)] = e }
        }
        return index
    }

    /// "Kenyan", "South African", "American": the country entity a nationality adjective ending at `t` names.
    private func country(
        ofDemonymAt t: Int, _ doc: Doc, _ key: (Int) -> String, _ countries: [String: Int]
    ) -> (entity: Int, start: Int)? {
        guard doc.tokens[t].kind == .word, doc.tokens[t].isCapitalized else { return nil }
        let word = key(t)
        guard Gazetteer.demonyms.contains(word) else { return nil }
        var stems: [String] = []
        for cut in 1...3 { stems.append(String(word.dropLast(cut))) }
        for cut in 2...4 { stems.append(String(word.dropLast(cut)) + "a") }
        if word == "american" { stems.append("united states") }
        if word == "british" { stems.append("united kingdom") }
        for stem in stems where !stem.isEmpty {
            if t > 0, ["north", "south", "east", "west"].contains(key(t - 1)), let e = countries[key(t - 1) + " " + stem] {
                return (e, t - 1)
            }
            if let e = countries[stem] { return (e, t) }
            if let canonical = Gazetteer.index[stem], let e = countries[Gazetteer.key(canonical.name)] { return (e, t) }
        }
        return nil
    }
}
