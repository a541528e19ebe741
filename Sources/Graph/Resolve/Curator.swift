/// The analyst's corrections to resolution: merge, split, alias, rename and retype.
///
/// Each correction is two things: a change to the nodes now, and a `CurationRule` stored by name key, which
/// resolution applies again to every document ingested or re-extracted later. Rules name nodes by name keys, not
/// row ids, so they outlive the rows: a node deleted as an orphan is recreated from its rule when a new article
/// names it.
public struct Curator {
    public let store: GraphStore
    /// The pipeline that re-extracts the documents of a split node, so that their names resolve again under the new
    /// rules. With an empty pipeline, splits change names and rules only.
    public let pipeline: Pipeline

    public init(store: GraphStore, pipeline: Pipeline = .standard) {
        self.store = store
        self.pipeline = pipeline
    }

    // MARK: Finding nodes

    /// The one node `reference` names: an id as listings print it (`E12`), or a name or alias of exactly one node.
    ///
    /// - Throws: `CurationError.notFound` or `.ambiguous` (with the candidates, so the analyst can give an id).
    public func node(_ reference: String) throws -> EntityCandidate {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let digits = Int64(trimmed.hasPrefix("E") || trimmed.hasPrefix("e") ? String(trimmed.dropFirst()) : "x") {
            if let node = try store.entity(EntityID(rawValue: digits)) { return node }
            throw CurationError.notFound(reference)
        }
        let keys = Set([NameKey.name(trimmed), NameKey.name(trimmed, type: .person)]).filter { !$0.isEmpty }
        var canonical: [EntityID: EntityCandidate] = [:]
        var other: [EntityID: EntityCandidate] = [:]
        for key in keys {
            for node in try store.entities(withCanonicalKey: key) { canonical[node.id] = node }
            for node in try store.entities(withKey: key) { other[node.id] = node }
        }
        let found = canonical.isEmpty ? other : canonical
        guard !found.isEmpty else { throw CurationError.notFound(reference) }
        guard found.count == 1 else {
            throw CurationError.ambiguous(reference, candidates: found.values.sorted { $0.id < $1.id })
        }
        return found.values.first!
    }

    // MARK: Corrections

    /// Merges node `absorbed` into node `kept`, and makes every name of `absorbed` resolve to `kept` from now on.
    ///
    /// - Returns: the kept node.
    @discardableResult
    public func merge(_ absorbed: String, into kept: String) throws -> EntityCandidate {
        try store.database.write {
            let a = try node(absorbed)
            let b = try node(kept)
            guard a.id != b.id else { throw CurationError.sameNode(absorbed, kept) }
            let keys = Set([a.key] + (try store.resolutionKeys(of: a.id))
                .filter { [.name, .alias, .curated].contains($0.kind) }.map(\.key)).filter { !$0.isEmpty }
            try store.deleteRules([.retype], key: a.key)
            try store.retargetRules(from: a.key, to: b.key, target: b.name)
            for key in keys.sorted() {
                try store.deleteRules([.split], key: key, targetKey: b.key)
                try store.deleteRules([.merge, .alias], key: key)
                try store.insertRule(.merge, key: key, name: a.name, targetKey: b.key, target: b.name)
            }
            try store.mergeEntity(a.id, into: b.id)
            for key in keys { try store.addResolutionKey(key, kind: .curated, to: b.id) }
            try store.addAlias(a.name, key: a.key, to: b.id)
            try store.insertMerge(
                entity: b.id, name: a.name, type: a.type, reason: "analyst", detail: "merge \(a.name) into \(b.name)",
                confidence: 1, document: nil, analyst: true)
            return b
        }
    }

    /// Makes `alias` a name of the node: later articles' entities of that name join it, and nodes named only
    /// `alias` are merged into it now.
    ///
    /// - Returns: the node.
    @discardableResult
    public func addAlias(_ alias: String, to reference: String) throws -> EntityCandidate {
        try store.database.write {
            let n = try node(reference)
            let key = NameKey.name(alias, type: n.type)
            guard !key.isEmpty else { throw CurationError.emptyName(alias) }
            try store.deleteRules([.split], key: key, targetKey: n.key)
            try store.deleteRules([.merge, .alias], key: key)
            try store.insertRule(.alias, key: key, name: alias, targetKey: n.key, target: n.name)
            try store.addResolutionKey(key, kind: .curated, to: n.id)
            try store.addAlias(alias, key: key, to: n.id)
            for other in try store.entities(withCanonicalKey: key) where other.id != n.id {
                try store.mergeEntity(other.id, into: n.id)
                try store.insertMerge(
                    entity: n.id, name: other.name, type: other.type, reason: "analyst",
                    detail: "\(alias) is an alias of \(n.name)", confidence: 1, document: nil, analyst: true)
            }
            return n
        }
    }

    /// Gives the node a new canonical name; its old name stays a name of it.
    ///
    /// - Throws: `CurationError.nameTaken` when another node is called that: merge them instead.
    @discardableResult
    public func rename(_ reference: String, to name: String) throws -> EntityCandidate {
        try store.database.write {
            var n = try node(reference)
            let key = NameKey.name(name, type: n.type)
            guard !key.isEmpty else { throw CurationError.emptyName(name) }
            if let other = try store.entities(withCanonicalKey: key).first(where: { $0.id != n.id }) {
                throw CurationError.nameTaken(name, by: other)
            }
            try store.retargetRules(from: n.key, to: key, target: name)
            try store.deleteRules([.rename], key: n.key)
            try store.insertRule(.rename, key: n.key, name: n.name, targetKey: key, target: name)
            try store.renameEntity(n.id, name: name, key: key)
            try store.addResolutionKey(n.key, kind: .curated, to: n.id)
            try store.addResolutionKey(key, kind: .curated, to: n.id)
            try store.addAlias(name, key: key, to: n.id)
            n.name = name
            n.key = key
            return n
        }
    }

    /// Gives the node another type, now and whenever it is recreated.
    @discardableResult
    public func retype(_ reference: String, to type: EntityType) throws -> EntityCandidate {
        try store.database.write {
            var n = try node(reference)
            try store.deleteRules([.retype], key: n.key)
            try store.insertRule(.retype, key: n.key, name: n.name, targetKey: n.key, target: type.rawValue)
            try store.retypeEntity(n.id, type: type)
            n.type = type
            return n
        }
    }

    /// Separates `names` from the node: they stop resolving to it, a rule keeps them apart, and the documents that
    /// refer to the node are resolved again, so that their entities of those names become another node.
    ///
    /// - Returns: how many documents were resolved again.
    /// - Throws: `CurationError.cannotSplitCanonical` for the node's own name: rename it first.
    @discardableResult
    public func split(_ reference: String, names: [String]) throws -> Int {
        try store.database.write {
            let n = try node(reference)
            let keys = Set(names.map { NameKey.name($0, type: n.type) }.filter { !$0.isEmpty })
            guard !keys.contains(n.key) else { throw CurationError.cannotSplitCanonical(n.name) }
            for (name, key) in zip(names, names.map { NameKey.name($0, type: n.type) }) where !key.isEmpty {
                try store.deleteRules([.merge, .alias, .split], key: key, targetKey: n.key)
                try store.insertRule(.split, key: key, name: name, targetKey: n.key, target: n.name)
            }
            try store.removeNames(keys, from: n.id)
            return try reresolve(documentsOf: n.id)
        }
    }

    /// Undoes one recorded merge: the name that joined the node is split from it again.
    ///
    /// - Returns: how many documents were resolved again.
    @discardableResult
    public func unmerge(_ id: Int64) throws -> Int {
        guard let record = try store.merge(id: id) else { throw CurationError.noSuchMerge(id) }
        var names = [record.name]
        if record.analyst, let node = try store.entity(record.entity.id) {
            // An analyst's merge moved every name of the absorbed node: all of them go back.
            names += try store.allRules()
                .filter { $0.action == .merge && $0.name == record.name && $0.targetKey == node.key && $0.key != node.key }
                .map(\.key)
        }
        var seen: Set<String> = []
        return try split(record.entity.jsonID, names: names.filter { seen.insert(NameKey.name($0)).inserted })
    }

    /// Undoes one recorded quote join (`graphctl merges --quotes`): a rule keeps that occurrence apart from the
    /// texts it matched, and the documents of the quote node are resolved again, so that the occurrence (or the
    /// node it gathered) becomes a quote node of its own. The rule holds for every later ingest.
    ///
    /// - Returns: how many documents were resolved again.
    /// - Throws: `CurationError.noSuchQuoteMerge`.
    @discardableResult
    public func unmergeQuote(_ id: Int64) throws -> Int {
        try store.database.write {
            guard let record = try store.quoteMerge(id: id), let hash = try store.documentHash(ofQuoteMerge: id) else {
                throw CurationError.noSuchQuoteMerge(id)
            }
            try store.insertQuoteRule(documentHash: hash, key: record.key, otherKey: record.otherKey)
            guard !pipeline.components.isEmpty else { return 0 }
            let documents = try store.documents(holding: record.quote)
            let ingester = Ingester(store: store, pipeline: pipeline, options: .init(reextract: true))
            _ = try ingester.ingest(documents.map { IngestItem.document($0) })
            return documents.count
        }
    }

    /// Re-extracts and re-resolves the documents that refer to a node.
    private func reresolve(documentsOf id: EntityID) throws -> Int {
        guard !pipeline.components.isEmpty else { return 0 }
        let documents = try store.documents(referring: id)
        let ingester = Ingester(store: store, pipeline: pipeline, options: .init(reextract: true))
        _ = try ingester.ingest(documents.map { IngestItem.document($0.source) })
        return documents.count
    }
}

/// Why a curation command could not be carried out.
public enum CurationError: Error, Sendable, CustomStringConvertible {
    case notFound(String)
    case ambiguous(String, candidates: [EntityCandidate])
    case sameNode(String, String)
    case emptyName(String)
    case nameTaken(String, by: EntityCandidate)
    case cannotSplitCanonical(String)
    case noSuchMerge(Int64)
    case noSuchQuoteMerge(Int64)

    public var description: String {
        switch self {
        case let .notFound(reference):
            return "no entity is called '\(reference)'; list them with `graphctl entities`, or give an id such as E12"
        case let .ambiguous(reference, candidates):
            let list = candidates.prefix(10).map { "E\($0.id.rawValue) \($0.name) (\($0.type.rawValue))" }
                .joined(separator: ", ")
            return "'\(reference)' names \(candidates.count) entities: \(list); give the id instead"
        case let .sameNode(a, b):
            return "'\(a)' and '\(b)' are already one entity"
        case let .emptyName(name):
            return "'\(name)' has no letters or digits to name an entity by"
        case let .nameTaken(name, other):
            return "E\(other.id.rawValue) is already called '\(name)'; merge the two instead: graphctl merge ... E\(other.id.rawValue)"
        case let .cannotSplitCanonical(name):
            return "'\(name)' is the entity's own name; rename the entity first, then split the old name off"
        case let .noSuchMerge(id):
            return "no merge #\(id); list merges with `graphctl merges`"
        case let .noSuchQuoteMerge(id):
            return "no quote merge QM\(id); list them with `graphctl merges --quotes`"
        }
    }
}
