/// The writer's copy of the rows entity resolution looks names up in (`resolution_key`, `entity`,
/// `person_surname`, the keys of `entity_alias`), kept during an ingest so that a look-up is a hash probe instead of
/// a statement, and a row known to be stored costs no `INSERT OR IGNORE`.
///
/// Complete when the graph was small enough to read whole as the ingest began (a new file always is): then a key
/// with no entry has no rows. Otherwise partial: an entry holds every row of its key, read at the key's first
/// look-up, and a key without one is asked of SQLite; of `entity_alias` it holds only rows known to be stored. The store keeps it in step with each of its own writes to
/// those tables (`GraphStore+NameIndex.swift`), and drops it when a write rolls back, another connection commits or
/// orphaned entities are deleted.
final class NameIndexCache {
    /// A row of `resolution_key` under its key.
    struct KeyRow: Hashable {
        var kind: ResolutionKeyKind
        var entity: Int64
    }

    /// The primary key of an `entity_alias` row: a second alias text with the same key is not stored.
    struct AliasRow: Hashable {
        var entity: Int64
        var key: String
    }

    /// Whether every row of the three tables is here.
    let isComplete: Bool
    /// The connection's rollbacks when the cache agreed with the tables (`Database.rollbacks`).
    let rollbacks: Int
    /// `resolution_key` by key.
    private(set) var keys: [String: [KeyRow]] = [:]
    /// `entity` by id.
    private(set) var entities: [Int64: EntityCandidate] = [:]
    /// Entity ids by canonical name key, ascending.
    private(set) var canonical: [String: [Int64]] = [:]
    /// `person_surname` by surname: entity ids, ascending.
    private(set) var surnames: [String: [Int64]] = [:]
    /// `entity_alias` rows by their primary key (entity, key): all of them when complete, else those known stored.
    private(set) var aliases: Set<AliasRow> = []
    /// Rows and entries held, for the store's limit.
    private(set) var count = 0

    init(isComplete: Bool, rollbacks: Int) {
        self.isComplete = isComplete
        self.rollbacks = rollbacks
    }

    // MARK: Reading

    /// The rows of `key`: nil when a partial cache does not know them.
    func keyRows(_ key: String) -> [KeyRow]? {
        keys[key] ?? (isComplete ? [] : nil)
    }

    /// Whether `key` finds `entity` through `kind`: nil when a partial cache does not know.
    func hasKeyRow(_ key: String, kind: ResolutionKeyKind, entity: Int64) -> Bool? {
        keyRows(key).map { $0.contains(KeyRow(kind: kind, entity: entity)) }
    }

    /// The entity with this id: `.some(nil)` when a complete cache has none, nil when a partial one does not know.
    func entity(_ id: Int64) -> EntityCandidate?? {
        if let node = entities[id] { return .some(node) }
        return isComplete ? .some(nil) : nil
    }

    /// Ids of the entities whose canonical key is `key`, ascending: nil when a partial cache does not know.
    func canonicalIDs(_ key: String) -> [Int64]? {
        canonical[key] ?? (isComplete ? [] : nil)
    }

    /// Ids of the people with `surname`, ascending: nil when a partial cache does not know.
    func surnameIDs(_ surname: String) -> [Int64]? {
        surnames[surname] ?? (isComplete ? [] : nil)
    }

    /// Whether `entity` shows a name with `key`: nil when a partial cache does not know.
    func hasAlias(_ key: String, entity: Int64) -> Bool? {
        if aliases.contains(AliasRow(entity: entity, key: key)) { return true }
        return isComplete ? false : nil
    }

    // MARK: Filling, from the tables

    /// Every row of `key`, as read from `resolution_key`.
    func setKeyRows(_ rows: [KeyRow], for key: String) {
        count += rows.count - (keys[key]?.count ?? 0)
        keys[key] = rows.isEmpty && isComplete ? nil : rows
    }

    /// Every entity whose canonical key is `key`, as read from `entity`.
    func setCanonical(_ nodes: [EntityCandidate], for key: String) {
        for node in nodes { remember(node) }
        let ids = nodes.map(\.id.rawValue).sorted()
        count += ids.count - (canonical[key]?.count ?? 0)
        canonical[key] = ids.isEmpty && isComplete ? nil : ids
    }

    /// Every entity with `surname`, as read from `person_surname`.
    func setSurname(_ ids: [Int64], for surname: String) {
        let ids = ids.sorted()
        count += ids.count - (surnames[surname]?.count ?? 0)
        surnames[surname] = ids.isEmpty && isComplete ? nil : ids
    }

    /// An entity row as read, or as written.
    func remember(_ node: EntityCandidate) {
        if entities.updateValue(node, forKey: node.id.rawValue) == nil { count += 1 }
    }

    // MARK: Following the store's writes

    /// A row inserted into `resolution_key`; a partial cache that does not know the key leaves it unknown.
    func addKeyRow(_ key: String, kind: ResolutionKeyKind, entity: Int64) {
        let row = KeyRow(kind: kind, entity: entity)
        if let index = keys.index(forKey: key) {
            guard !keys.values[index].contains(row) else { return }
            keys.values[index].append(row)  // in place
        } else if isComplete {
            keys[key] = [row]
        } else {
            return
        }
        count += 1
    }

    /// The rows of `entity` under `key`, of every kind, deleted.
    func removeKeyRows(_ key: String, entity: Int64) {
        guard var rows = keys[key] else { return }
        let before = rows.count
        rows.removeAll { $0.entity == entity }
        count -= before - rows.count
        keys[key] = rows.isEmpty && isComplete ? nil : rows
    }

    /// An entity inserted: known by id, and under its key when the key is known.
    func addEntity(_ node: EntityCandidate) {
        remember(node)
        insert(node.id.rawValue, into: &canonical, at: node.key)
    }

    /// An entity's name, key or type changed.
    ///
    /// - Parameter old: the entity as it was.
    func replaceEntity(_ old: EntityCandidate, with new: EntityCandidate) {
        remember(new)
        if old.key != new.key {
            remove(old.id.rawValue, from: &canonical, at: old.key)
            insert(new.id.rawValue, into: &canonical, at: new.key)
        }
    }

    /// An entity deleted (its rows in the other tables are the caller's to refresh).
    func removeEntity(_ id: Int64) {
        guard let node = entities.removeValue(forKey: id) else { return }
        count -= 1
        remove(id, from: &canonical, at: node.key)
    }

    /// A row inserted into `person_surname`.
    func addSurname(_ surname: String, entity: Int64) {
        insert(entity, into: &surnames, at: surname)
    }

    /// An `entity_alias` row stored (inserted, or found there).
    func addAlias(_ key: String, entity: Int64) {
        if aliases.insert(AliasRow(entity: entity, key: key)).inserted { count += 1 }
    }

    /// An `entity_alias` row deleted.
    func removeAlias(_ key: String, entity: Int64) {
        if aliases.remove(AliasRow(entity: entity, key: key)) != nil { count -= 1 }
    }

    /// A row deleted from `person_surname`.
    func removeSurname(_ surname: String, entity: Int64) {
        remove(entity, from: &surnames, at: surname)
    }

    /// Adds `id` to the ascending ids under `key`, when the key is known (always, when complete).
    private func insert(_ id: Int64, into table: inout [String: [Int64]], at key: String) {
        guard let entry = table.index(forKey: key) else {
            if isComplete {
                table[key] = [id]
                count += 1
            }
            return
        }
        // New entities come with the highest id: append, almost always. No copy of the array is held while it
        // changes, so that it changes in place.
        var index = table.values[entry].endIndex
        while index > 0 && table.values[entry][index - 1] > id { index -= 1 }
        guard index == 0 || table.values[entry][index - 1] != id else { return }
        table.values[entry].insert(id, at: index)
        count += 1
    }

    private func remove(_ id: Int64, from table: inout [String: [Int64]], at key: String) {
        guard var ids = table[key], let index = ids.firstIndex(of: id) else { return }
        ids.remove(at: index)
        count -= 1
        table[key] = ids.isEmpty && isComplete ? nil : ids
    }
}
