extension GraphStore {
    /// Person nodes one of whose full names ends with the surname key, at most `limit` of them, in id order.
    ///
    /// - Complexity: one index lookup, reading at most `limit` rows.
    func people(withSurname surname: String, limit: Int) throws -> [EntityCandidate] {
        if let cache = try nameIndex() {
            let ids = try surnameIDs(surname, in: cache)
            // As SQLite's LIMIT: a negative limit is none.
            return try (limit < 0 ? ids[...] : ids.prefix(limit)).compactMap { try entity($0, in: cache) }
        }
        return try database.cached(Self.peopleWithSurnameSQL).rows(surname, limit, map: Self.candidate)
    }

    static let peopleWithSurnameSQL = """
        SELECT e.id, e.name, e.type, e.key FROM (SELECT entity FROM person_surname WHERE surname = ? ORDER BY entity LIMIT ?) s
        JOIN entity e ON e.id = s.entity ORDER BY e.id
        """
    static let entityHasAliasSQL = "SELECT 1 FROM entity_alias WHERE entity = ? AND key = ?"

    /// Whether a node shows a name with this key among its aliases.
    func entity(_ entity: EntityID, hasAlias key: String) throws -> Bool {
        let cache = try nameIndex()
        if let known = cache?.hasAlias(key, entity: entity.rawValue) { return known }
        guard try database.cached(Self.entityHasAliasSQL).first(entity, key, map: { _ in true }) ?? false else { return false }
        cache?.addAlias(key, entity: entity.rawValue)
        return true
    }

    /// Makes `entity` found by the surname of a full name it was given.
    ///
    /// - Returns: whether the node did not have that surname yet.
    @discardableResult
    func addSurname(_ surname: String, to entity: EntityID) throws -> Bool {
        guard !surname.isEmpty else { return false }
        let cache = try nameIndex()
        if let cache, let ids = cache.surnameIDs(surname) {
            if ids.contains(entity.rawValue) { return false }
        } else if wroteName("s\u{1}\(surname)", of: entity) {
            return false
        }
        try database.cached("INSERT OR IGNORE INTO person_surname (surname, entity) VALUES (?, ?)").execute(surname, entity)
        let added = database.changes > 0
        cache?.addSurname(surname, entity: entity.rawValue)
        return added
    }

    /// Lowers the confidence of the surname-tier joins into `entity` made by `surname`, and says why: another person
    /// of that surname is stored now, so they were right only if the articles meant the first.
    ///
    /// - Complexity: an index walk of the node's merge records.
    func flagSurnameMerges(into entity: EntityID, surname: String, because reason: String) throws {
        let records = try database.cached("SELECT id, name FROM entity_merge WHERE entity = ? AND reason = 'surname' AND confidence > 0.3")
            .rows(entity) { ($0.int(0), $0.string(1)) }
        let update = try database.cached("UPDATE entity_merge SET confidence = 0.3, detail = detail || '; ' || ? WHERE id = ?")
        for (id, name) in records where NameKey.name(name, type: .person) == surname { try update.execute(reason, id) }
    }

    /// Moves the surnames of `absorbed` to `kept`, when one node is merged into another.
    func moveSurnames(from absorbed: EntityID, to kept: EntityID) throws {
        try database.cached("UPDATE OR IGNORE person_surname SET entity = ? WHERE entity = ?").execute(kept, absorbed)
    }

    /// Forgets the surnames that only the names with `keys` gave the node, after they were split off it.
    func removeSurnames(of keys: Set<String>, from entity: EntityID) throws {
        let remaining = Set(try aliases(of: entity).map(\.key).filter { !keys.contains($0) }.compactMap(NameKey.surname))
        let cache = try nameIndex()
        for surname in Set(keys.compactMap(NameKey.surname)) where !remaining.contains(surname) {
            try database.cached("DELETE FROM person_surname WHERE surname = ? AND entity = ?").execute(surname, entity)
            cache?.removeSurname(surname, entity: entity.rawValue)
        }
    }
}
