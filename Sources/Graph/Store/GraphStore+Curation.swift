/// One decision of the analyst, kept and applied again to every document ingested later.
public struct CurationRule: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// Names with `key` belong to the node named `target`.
        case merge
        /// `name` is another name of the node named `target`.
        case alias
        /// Names with `key` never join the node named `target`.
        case split
        /// The node named `name` is called `target`.
        case rename
        /// The node named `name` has the type `target`.
        case retype
    }

    public var id: Int64
    public var action: Action
    public var key: String
    public var name: String
    public var targetKey: String
    public var target: String
    public var createdAt: String
}

/// One recorded join of a name to a node: by resolution (with its document) or by the analyst.
public struct MergeRecord: Sendable, Hashable {
    public var id: Int64
    public var entity: EntityRef
    public var name: String
    public var type: EntityType
    public var reason: String
    public var detail: String
    public var confidence: Double
    public var document: String?
    public var analyst: Bool
    public var createdAt: String
}

extension GraphStore {
    // MARK: Rules

    func insertRule(_ action: CurationRule.Action, key: String, name: String, targetKey: String, target: String) throws {
        try database.cached("""
            INSERT INTO curation_rule (action, key, name, target_key, target, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(action.rawValue, key, name, targetKey, target, Self.timestamp())
    }

    /// Deletes rules of `actions` about `key` (and, when given, aimed at `targetKey`): a later decision replaces them.
    func deleteRules(_ actions: [CurationRule.Action], key: String, targetKey: String? = nil) throws {
        let statement = try database.cached("""
            DELETE FROM curation_rule WHERE action = ? AND key = ? AND (?3 IS NULL OR target_key = ?3)
            """)
        for action in actions { try statement.execute(action.rawValue, key, targetKey) }
    }

    /// Points rules aimed at a node's old name key at its new one, after a rename or a merge.
    func retargetRules(from oldKey: String, to newKey: String, target: String) throws {
        guard oldKey != newKey else { return }
        try database.cached("""
            UPDATE curation_rule SET target_key = ?, target = ? WHERE target_key = ? AND action IN ('merge', 'alias')
            """).execute(newKey, target, oldKey)
        try database.cached("UPDATE curation_rule SET target_key = ?, target = ? WHERE target_key = ? AND action = 'rename'")
            .execute(newKey, target, oldKey)
        try database.cached("UPDATE curation_rule SET target_key = ?, target = ? WHERE target_key = ? AND action = 'split'")
            .execute(newKey, target, oldKey)
        try database.cached("UPDATE curation_rule SET key = ?, target_key = ? WHERE key = ? AND action = 'retype'")
            .execute(newKey, newKey, oldKey)
    }

    /// Rules about names with `key`, newest first.
    ///
    /// - Complexity: one index lookup.
    public func rules(forKey key: String) throws -> [CurationRule] {
        if noCurationRules { return [] }
        return try database.cached("""
            SELECT id, action, key, name, target_key, target, created_at FROM curation_rule WHERE key = ? ORDER BY id DESC
            """).rows(key, map: Self.rule)
    }

    /// How many rules aim at the node with name key `key`.
    func rulesTargeting(_ key: String) throws -> Int {
        if noCurationRules { return 0 }
        return Int(try database.scalarInt("SELECT count(*) FROM curation_rule WHERE target_key = ?", key))
    }

    /// Every rule, oldest first.
    public func allRules() throws -> [CurationRule] {
        try database.cached("SELECT id, action, key, name, target_key, target, created_at FROM curation_rule ORDER BY id")
            .rows(map: Self.rule)
    }

    static func rule(_ row: Row) -> CurationRule {
        CurationRule(
            id: row.int(0), action: CurationRule.Action(rawValue: row.string(1)) ?? .alias, key: row.string(2),
            name: row.string(3), targetKey: row.string(4), target: row.string(5), createdAt: row.string(6))
    }

    // MARK: Merge log

    /// The merge log, newest first; only those into `entity` when given.
    ///
    /// - Complexity: an index walk of the log, or of one entity's merges.
    public func merges(into entity: EntityID? = nil, limit: Int = 1000) throws -> [MergeRecord] {
        let sql = Self.mergeColumns + (entity == nil ? "" : " WHERE m.entity = ?2") + " ORDER BY m.id DESC LIMIT ?1"
        let statement = try database.cached(sql)
        return entity == nil ? try statement.rows(limit, map: Self.mergeRecord) : try statement.rows(limit, entity, map: Self.mergeRecord)
    }

    /// One merge record.
    public func merge(id: Int64) throws -> MergeRecord? {
        try database.cached(Self.mergeColumns + " WHERE m.id = ?").first(id, map: Self.mergeRecord)
    }

    private static let mergeColumns = """
        SELECT m.id, m.entity, e.name, e.type, m.name, m.type, m.reason, m.detail, m.confidence, d.name, m.analyst,
               m.created_at
        FROM entity_merge m JOIN entity e ON e.id = m.entity LEFT JOIN document d ON d.id = m.document
        """

    private static func mergeRecord(_ row: Row) -> MergeRecord {
        MergeRecord(
            id: row.int(0), entity: entityRef(row, id: 1, name: 2, type: 3)!, name: row.string(4),
            type: EntityType(rawValue: row.string(5)) ?? .other, reason: row.string(6), detail: row.string(7),
            confidence: row.double(8), document: row.optionalString(9), analyst: row.int(10) != 0,
            createdAt: row.string(11))
    }

    // MARK: Node edits

    /// Moves everything that refers to entity `absorbed` to `kept` and deletes `absorbed`.
    ///
    /// - Complexity: index lookups on each referring table's entity column.
    func mergeEntity(_ absorbed: EntityID, into kept: EntityID) throws {
        guard absorbed != kept else { return }
        noteEntityMerge(absorbed, into: kept)
        forgetWrittenNames(of: absorbed)
        // The cache follows the rows that move by reading again the keys and surnames the absorbed node had.
        let cache = try nameIndex()
        var keys: [String] = []
        var surnames: [String] = []
        var aliasKeys: [String] = []
        if cache != nil {
            keys = try database.cached("SELECT DISTINCT key FROM resolution_key WHERE entity = ?").rows(absorbed) { $0.string(0) }
            surnames = try database.cached("SELECT surname FROM person_surname WHERE entity = ?").rows(absorbed) { $0.string(0) }
            aliasKeys = try database.cached("SELECT key FROM entity_alias WHERE entity = ?").rows(absorbed) { $0.string(0) }
        }
        // A mention the kept node has at the same span already stays one row: the absorbed one's copy goes.
        try database.cached("UPDATE OR IGNORE mention SET entity = ? WHERE entity = ?").execute(kept, absorbed)
        try database.cached("DELETE FROM mention WHERE entity = ?").execute(absorbed)
        try database.cached("UPDATE attribution SET speaker = ? WHERE speaker = ?").execute(kept, absorbed)
        try database.cached("UPDATE attribution SET via = ? WHERE via = ?").execute(kept, absorbed)
        try database.cached("UPDATE relation SET subject = ? WHERE subject = ?").execute(kept, absorbed)
        try database.cached("UPDATE relation SET object = ? WHERE object = ?").execute(kept, absorbed)
        try database.cached("UPDATE OR IGNORE entity_alias SET entity = ? WHERE entity = ?").execute(kept, absorbed)
        try database.cached("UPDATE OR IGNORE resolution_key SET entity = ? WHERE entity = ?").execute(kept, absorbed)
        try database.cached("UPDATE OR IGNORE quote_voice SET entity = ? WHERE entity = ?").execute(kept, absorbed)
        try database.cached("UPDATE entity_merge SET entity = ? WHERE entity = ?").execute(kept, absorbed)
        try moveSurnames(from: absorbed, to: kept)
        try deleteEntity(absorbed)
        if let cache {
            cache.removeEntity(absorbed.rawValue)
            // Each alias key of the absorbed node is the kept node's now: moved, or already there.
            for key in aliasKeys {
                cache.removeAlias(key, entity: absorbed.rawValue)
                cache.addAlias(key, entity: kept.rawValue)
            }
            try refreshNameIndex(keys: keys, surnames: surnames, in: cache)
        }
    }

    /// Removes names with these keys from a node: from what resolution searches and from what listings show.
    func removeNames(_ keys: Set<String>, from entity: EntityID) throws {
        forgetWrittenNames(of: entity)
        let cache = try nameIndex()
        let resolution = try database.cached("DELETE FROM resolution_key WHERE entity = ? AND key = ?")
        let aliases = try database.cached("DELETE FROM entity_alias WHERE entity = ? AND key = ?")
        for key in keys {
            try resolution.execute(entity, key)
            cache?.removeKeyRows(key, entity: entity.rawValue)
            try aliases.execute(entity, key)
            cache?.removeAlias(key, entity: entity.rawValue)
        }
        try removeSurnames(of: keys, from: entity)
    }

    /// The display aliases of a node with their keys.
    func aliases(of entity: EntityID) throws -> [(alias: String, key: String)] {
        try database.cached("SELECT alias, key FROM entity_alias WHERE entity = ? ORDER BY alias").rows(entity) {
            ($0.string(0), $0.string(1))
        }
    }

    /// The keys resolution finds a node under.
    func resolutionKeys(of entity: EntityID) throws -> [(key: String, kind: ResolutionKeyKind)] {
        try database.cached("SELECT key, kind FROM resolution_key WHERE entity = ? ORDER BY kind, key").rows(entity) {
            ($0.string(0), ResolutionKeyKind(rawValue: $0.string(1)) ?? .name)
        }
    }

    func renameEntity(_ entity: EntityID, name: String, key: String) throws {
        let cache = try nameIndex()
        let old = try cache.flatMap { try self.entity(entity.rawValue, in: $0) }
        try database.cached("UPDATE entity SET name = ?, key = ? WHERE id = ?").execute(name, key, entity)
        if let cache, let old {
            var new = old
            new.name = name
            new.key = key
            cache.replaceEntity(old, with: new)
        }
    }

    func retypeEntity(_ entity: EntityID, type: EntityType) throws {
        let cache = try nameIndex()
        let old = try cache.flatMap { try self.entity(entity.rawValue, in: $0) }
        try database.cached("UPDATE entity SET type = ? WHERE id = ?").execute(type.rawValue, entity)
        if let cache, let old {
            var new = old
            new.type = type
            cache.replaceEntity(old, with: new)
        }
    }

    /// The documents whose evidence refers to a node, with their texts, in id order.
    public func documents(referring entity: EntityID) throws -> [(id: DocumentID, source: SourceDocument)] {
        try database.cached("""
            SELECT d.id, d.name, d.title, d.outlet, d.url, d.published, d.text FROM document d WHERE d.id IN (
                SELECT document FROM mention WHERE entity = ?1
                UNION SELECT document FROM attribution WHERE speaker = ?1 OR via = ?1
                UNION SELECT document FROM relation WHERE subject = ?1 OR object = ?1)
            ORDER BY d.id
            """).rows(entity) { row in
                (DocumentID(rawValue: row.int(0)), SourceDocument(
                    name: row.string(1), title: row.optionalString(2), outlet: row.optionalString(3),
                    url: row.optionalString(4), published: row.optionalString(5), text: row.string(6)))
            }
    }
}
