/// A stored entity as resolution sees it.
public struct EntityCandidate: Sendable, Hashable {
    public var id: EntityID
    public var name: String
    public var type: EntityType
}

extension GraphStore {
    /// Entities whose canonical name or one of whose aliases has this key.
    ///
    /// - Complexity: two index lookups; never a scan of all entities.
    public func entities(withKey key: String) throws -> [EntityCandidate] {
        try database.cached("""
            SELECT id, name, type FROM entity WHERE key = ?
            UNION
            SELECT entity.id, entity.name, entity.type FROM entity_alias JOIN entity ON entity.id = entity_alias.entity
            WHERE entity_alias.key = ?
            ORDER BY 1
            """).rows(key, key) {
                EntityCandidate(id: EntityID(rawValue: $0.int(0)), name: $0.string(1), type: EntityType(rawValue: $0.string(2)) ?? .other)
            }
    }

    func insertEntity(name: String, type: EntityType, key: String) throws -> EntityID {
        try database.cached("INSERT INTO entity (name, type, key) VALUES (?, ?, ?)").execute(name, type.rawValue, key)
        return EntityID(rawValue: database.lastInsertRowID)
    }

    func addAlias(_ alias: String, key: String, to entity: EntityID) throws {
        try database.cached("INSERT OR IGNORE INTO entity_alias (entity, alias, key) VALUES (?, ?, ?)")
            .execute(entity, alias, key)
    }

    /// The quote node with this text key, if any.
    func quote(withKey key: String) throws -> QuoteID? {
        try database.cached("SELECT id FROM quote WHERE key = ? ORDER BY id LIMIT 1").first(key) { QuoteID(rawValue: $0.int(0)) }
    }

    func insertQuote(text: String, key: String) throws -> QuoteID {
        try database.cached("INSERT INTO quote (text, key) VALUES (?, ?)").execute(text, key)
        return QuoteID(rawValue: database.lastInsertRowID)
    }
}
