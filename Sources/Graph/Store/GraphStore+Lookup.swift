extension GraphStore {
    /// The entity a user means by `name`: its canonical name or any alias, case- and typography-insensitively, or its
    /// id as listings print it (`E12`).
    ///
    /// When several entities answer to the name and exactly one has it as its canonical name, that one is meant;
    /// otherwise the caller is told the candidates rather than given a guess.
    ///
    /// - Throws: `QueryError.ambiguousName` with the candidates, `QueryError.unknownName` with the closest names,
    ///   `QueryError.unknownID` for an id no entity has.
    /// - Complexity: two index lookups; the suggestions for an unknown name read the alias keys once.
    public func entity(named name: String) throws -> EntityRef {
        if let id = Self.entityID(name) {
            guard let ref = try entityRef(id) else { throw QueryError.unknownID(name) }
            return ref
        }
        let key = NameKey.name(name)
        // Every alias counts here, a lone surname too: resolution keeps weak names apart, but a person asking for
        // "Lindqvist" should hear which Lindqvists there are.
        let candidates = try query("""
            SELECT id, name, type FROM entity WHERE key = ?1
            UNION
            SELECT e.id, e.name, e.type FROM entity_alias a JOIN entity e ON e.id = a.entity WHERE a.key = ?1
            ORDER BY 1
            """).rows(key) { Self.entityRef($0, id: 0, name: 1, type: 2)! }
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty { throw QueryError.unknownName(name, suggestions: try suggestions(for: key)) }
        let canonical = candidates.filter { NameKey.name($0.name) == key }
        if canonical.count == 1 { return canonical[0] }
        throw QueryError.ambiguousName(name, candidates: candidates)
    }

    /// The entity with this id, if any.
    public func entityRef(_ id: EntityID) throws -> EntityRef? {
        try query("SELECT id, name, type FROM entity WHERE id = ?").first(id) { Self.entityRef($0, id: 0, name: 1, type: 2) }
            ?? nil
    }

    /// `E12` (as listings print ids) or `12`, as an entity id.
    static func entityID(_ text: String) -> EntityID? {
        var digits = Substring(text)
        if digits.first == "E" || digits.first == "e" { digits = digits.dropFirst() } else { return nil }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int64(digits) else { return nil }
        return EntityID(rawValue: value)
    }

    /// The names closest to an unknown key: those sharing a word with it, starting like it, or with a word a few
    /// edits from one of its words (a misspelt surname), ranked by edit distance.
    ///
    /// - Complexity: one pass over the alias keys (an index scan); only on the error path.
    func suggestions(for key: String, limit: Int = 5) throws -> [EntityRef] {
        guard !key.isEmpty else { return [] }
        let words = Set(key.split(separator: " ").filter { $0.count >= 3 }.map(String.init))
        let start = String(key.prefix(2))
        var best: [EntityID: (score: Int, ref: EntityRef)] = [:]
        let threshold = max(2, key.count / 2)
        try query("""
            SELECT a.key, e.id, e.name, e.type FROM entity_alias a JOIN entity e ON e.id = a.entity
            """).forEach { row in
            let candidate = row.string(0)
            let sharesWord = candidate.split(separator: " ").contains { words.contains(String($0)) }
            let nearWord = NameDistance.closestWord(query: key, candidate: candidate)
            guard sharesWord || nearWord != nil || candidate.hasPrefix(start)
                || NameDistance.edits(key, candidate, limit: threshold) <= threshold else { return }
            let score = min(NameDistance.score(query: key, candidate: candidate), nearWord.map { $0 + 1 } ?? .max)
            guard let ref = Self.entityRef(row, id: 1, name: 2, type: 3) else { return }
            if best[ref.id].map({ score < $0.score }) ?? true { best[ref.id] = (score, ref) }
        }
        return best.values.sorted { ($0.score, $0.ref.name) < ($1.score, $1.ref.name) }.prefix(limit).map(\.ref)
    }
}
