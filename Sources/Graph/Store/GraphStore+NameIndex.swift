/// Whether the store keeps a `NameIndexCache`, and what it holds.
enum NameIndexState {
    /// Outside an ingest: every look-up goes to SQLite.
    case unused
    /// In an ingest, not built yet: built at the first look-up or write, complete when the graph is small enough.
    case pending
    case ready(NameIndexCache)
}

extension GraphStore {
    /// Rows and entries the name-index cache holds at most (about 120 MB, as many as `writtenNamesLimit`, which it
    /// replaces while complete); past it, it starts again, partial.
    static let nameIndexLimit = 2_000_000

    /// The writer's name-index cache, while an ingest keeps it; nil outside one.
    ///
    /// Built at first use: read whole from the tables when the graph has at most `nameIndexCompleteLimit` entities,
    /// else empty and partial. Built again, partial, when it outgrew `nameIndexLimit`, and from the tables when a
    /// write rolled back since it was made (rows it holds may be gone).
    func nameIndex() throws -> NameIndexCache? {
        var complete = true
        switch nameIndexState {
        case .unused: return nil
        case .pending: break
        case .ready(let cache):
            guard cache.rollbacks == database.rollbacks else { break }
            if cache.count <= Self.nameIndexLimit { return cache }
            complete = false
        }
        if complete {
            complete = try database.scalarInt("SELECT coalesce(max(id), 0) FROM entity") <= nameIndexCompleteLimit
        }
        let cache = NameIndexCache(isComplete: complete, rollbacks: database.rollbacks)
        if complete {
            try database.cached("SELECT id, name, type, key FROM entity").forEach { cache.addEntity(Self.candidate($0)) }
            try database.cached("SELECT key, kind, entity FROM resolution_key").forEach { row in
                cache.addKeyRow(row.string(0), kind: Self.keyKind(row, 1), entity: row.int(2))
            }
            try database.cached("SELECT surname, entity FROM person_surname").forEach { row in
                cache.addSurname(row.string(0), entity: row.int(1))
            }
            try database.cached("SELECT entity, key FROM entity_alias").forEach { row in
                cache.addAlias(row.string(1), entity: row.int(0))
            }
        }
        nameIndexState = .ready(cache)
        return cache
    }

    /// Drops the name-index cache after rows behind it changed in ways it does not follow: the next use starts a
    /// partial one, which reads each key again as it is asked for.
    func forgetNameIndex() {
        guard case .ready = nameIndexState else { return }
        nameIndexState = .ready(NameIndexCache(isComplete: false, rollbacks: database.rollbacks))
    }

    // MARK: Look-ups through the cache

    /// The `resolution_key` rows of `key`, read into a partial cache at the key's first look-up.
    func keyRows(_ key: String, in cache: NameIndexCache) throws -> [NameIndexCache.KeyRow] {
        if let rows = cache.keyRows(key) { return rows }
        let rows = try readKeyRows(key)
        cache.setKeyRows(rows, for: key)
        return rows
    }

    private func readKeyRows(_ key: String) throws -> [NameIndexCache.KeyRow] {
        try database.cached("SELECT kind, entity FROM resolution_key WHERE key = ?").rows(key) {
            NameIndexCache.KeyRow(kind: Self.keyKind($0, 0), entity: $0.int(1))
        }
    }

    private func readSurname(_ surname: String) throws -> [Int64] {
        try database.cached("SELECT entity FROM person_surname WHERE surname = ? ORDER BY entity").rows(surname) { $0.int(0) }
    }

    /// The entity with this id, read into a partial cache at its first look-up.
    func entity(_ id: Int64, in cache: NameIndexCache) throws -> EntityCandidate? {
        if let known = cache.entity(id) { return known }
        guard let node = try database.cached("SELECT id, name, type, key FROM entity WHERE id = ?").first(id, map: Self.candidate)
        else { return nil }
        cache.remember(node)
        return node
    }

    /// The entities whose canonical key is `key`, in id order, read into a partial cache at the key's first look-up.
    func entities(withCanonicalKey key: String, in cache: NameIndexCache) throws -> [EntityCandidate] {
        if let ids = cache.canonicalIDs(key) { return try ids.compactMap { try entity($0, in: cache) } }
        let nodes = try database.cached("SELECT id, name, type, key FROM entity WHERE key = ? ORDER BY id").rows(key, map: Self.candidate)
        cache.setCanonical(nodes, for: key)
        return nodes
    }

    /// The ids of the people with `surname`, ascending, read into a partial cache at the surname's first look-up.
    func surnameIDs(_ surname: String, in cache: NameIndexCache) throws -> [Int64] {
        if let ids = cache.surnameIDs(surname) { return ids }
        let ids = try readSurname(surname)
        cache.setSurname(ids, for: surname)
        return ids
    }

    // MARK: Following writes the cache cannot follow row by row

    /// Reads again from the tables what the cache knows of these keys and surnames, after a statement moved or
    /// deleted rows of them (a merge).
    func refreshNameIndex(keys: [String], surnames: [String], in cache: NameIndexCache) throws {
        for key in keys where cache.keyRows(key) != nil { cache.setKeyRows(try readKeyRows(key), for: key) }
        for surname in surnames where cache.surnameIDs(surname) != nil { cache.setSurname(try readSurname(surname), for: surname) }
    }

    static func keyKind(_ row: Row, _ column: Int) -> ResolutionKeyKind {
        ResolutionKeyKind(rawValue: row.string(column)) ?? .name
    }
}
