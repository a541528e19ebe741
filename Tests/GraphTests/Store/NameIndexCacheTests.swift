import Testing
@testable import Graph

/// The writer's name-index cache must answer every look-up as SQLite would, after whatever the store wrote: each test
/// runs with a complete cache (read whole at its first use) and with a partial one (filled key by key).
@Suite struct NameIndexCacheTests {
    /// A store in an ingest's caches, its name-index cache complete or partial.
    func withCache(complete: Bool, _ body: (GraphStore) throws -> Void) throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("g.sqlite"))
        store.nameIndexCompleteLimit = complete ? 250_000 : -1
        try store.keepingWriterCaches { try body(store) }
    }

    /// What the store answers without its cache.
    func uncached<T>(_ store: GraphStore, _ body: () throws -> T) rethrows -> T {
        let saved = store.nameIndexState
        store.nameIndexState = .unused
        defer { store.nameIndexState = saved }
        return try body()
    }

    /// Every look-up resolution makes, with the cache and without, for these keys, surnames and entities.
    func expectAgreement(
        _ store: GraphStore, keys: [String], surnames: [String] = [], entities: [EntityID] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for key in keys {
            for kinds in [[.name, .alias, .known, .curated], [.words], [.plain], [.initials], ResolutionKeyKind.allCases] as [[ResolutionKeyKind]] {
                #expect(try store.entities(withKey: key, kinds: kinds) == uncached(store) { try store.entities(withKey: key, kinds: kinds) },
                        "key \(key) kinds \(kinds)", sourceLocation: sourceLocation)
            }
            #expect(try store.entities(withCanonicalKey: key) == uncached(store) { try store.entities(withCanonicalKey: key) },
                    "canonical \(key)", sourceLocation: sourceLocation)
            for entity in entities {
                #expect(try store.entity(entity, hasAlias: key) == uncached(store) { try store.entity(entity, hasAlias: key) },
                        "alias \(key) of \(entity)", sourceLocation: sourceLocation)
            }
        }
        for surname in surnames {
            for limit in [1, 2, 10, -1] {
                #expect(try store.people(withSurname: surname, limit: limit) == uncached(store) { try store.people(withSurname: surname, limit: limit) },
                        "surname \(surname)", sourceLocation: sourceLocation)
            }
        }
        for entity in entities {
            #expect(try store.entity(entity) == uncached(store) { try store.entity(entity) }, "entity \(entity)", sourceLocation: sourceLocation)
        }
    }

    /// Two people, each with a name, words, plain and alias keys, aliases and a surname; one key shared.
    func twoPeople(_ store: GraphStore) throws -> (EntityID, EntityID) {
        let kept = try store.insertEntity(name: "Ingrid Falkvik", type: .person, key: "ingrid falkvik")
        let absorbed = try store.insertEntity(name: "I. Falkvik", type: .person, key: "i falkvik")
        for (entity, key) in [(kept, "ingrid falkvik"), (absorbed, "i falkvik")] {
            try store.addResolutionKey(key, kind: .name, to: entity)
            try store.addResolutionKey("falkvik i", kind: .words, to: entity)
            try store.addAlias(entity == kept ? "Ingrid Falkvik" : "I. Falkvik", key: key, to: entity)
            try store.addAlias("Falkvik", key: "falkvik", to: entity)
            try store.addSurname("falkvik", to: entity)
        }
        try store.addResolutionKey("ingrid falkvik", kind: .alias, to: absorbed)
        return (kept, absorbed)
    }

    static let keys = ["ingrid falkvik", "i falkvik", "falkvik i", "falkvik", "ola falkvik", "nobody"]

    @Test(arguments: [true, false]) func lookUpsAgreeAfterInserts(complete: Bool) throws {
        try withCache(complete: complete) { store in
            try store.database.write {
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"])  // before: filled empty
                let (kept, absorbed) = try twoPeople(store)
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik", "nobody"], entities: [kept, absorbed, EntityID(rawValue: 99)])
            }
        }
    }

    @Test(arguments: [true, false]) func aMergeMovesTheAbsorbedNodesNamesInTheCache(complete: Bool) throws {
        try withCache(complete: complete) { store in
            try store.database.write {
                let (kept, absorbed) = try twoPeople(store)
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"], entities: [kept, absorbed])
                try store.mergeEntity(absorbed, into: kept)
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"], entities: [kept, absorbed])
                #expect(try store.entities(withKey: "i falkvik").map(\.id) == [kept])
                #expect(try store.people(withSurname: "falkvik", limit: 2).map(\.id) == [kept])
                // A name the kept node now has costs nothing, and one it lacks is written.
                try store.addResolutionKey("i falkvik", kind: .name, to: kept)
                try store.addResolutionKey("falkvik ingrid", kind: .words, to: kept)
                #expect(try store.resolutionKeys(of: kept).map { "\($0.kind.rawValue) \($0.key)" } == [
                    "alias ingrid falkvik", "name i falkvik", "name ingrid falkvik", "words falkvik i", "words falkvik ingrid",
                ])
            }
        }
    }

    @Test(arguments: [true, false]) func anIdReusedAfterAMergeIsANewNodeWithoutTheOldNames(complete: Bool) throws {
        try withCache(complete: complete) { store in
            try store.database.write {
                let (kept, absorbed) = try twoPeople(store)
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"], entities: [kept, absorbed])
                try store.mergeEntity(absorbed, into: kept)
                let next = try store.insertEntity(name: "Ola Falkvik", type: .person, key: "ola falkvik")
                #expect(next == absorbed)  // SQLite gives the deleted highest id again
                try store.addResolutionKey("ola falkvik", kind: .name, to: next)
                try store.addAlias("Falkvik", key: "falkvik", to: next)
                #expect(try store.addSurname("falkvik", to: next))
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"], entities: [kept, next])
                #expect(try store.aliases(of: next).map(\.key) == ["falkvik"])
            }
        }
    }

    @Test(arguments: [true, false]) func removedNamesRenamesAndRetypesAreFollowed(complete: Bool) throws {
        try withCache(complete: complete) { store in
            try store.database.write {
                let (kept, absorbed) = try twoPeople(store)
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"], entities: [kept, absorbed])
                try store.removeNames(["ingrid falkvik", "falkvik i"], from: absorbed)
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"], entities: [kept, absorbed])
                try store.removeNames(["ingrid falkvik", "falkvik"], from: kept)
                try store.renameEntity(absorbed, name: "Ola Falkvik", key: "ola falkvik")
                try store.retypeEntity(kept, type: .organization)
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"], entities: [kept, absorbed])
                #expect(try store.entities(withCanonicalKey: "ola falkvik").map(\.id) == [absorbed])
            }
        }
    }

    @Test(arguments: [true, false]) func rowsOfARolledBackSavepointAreNotKnown(complete: Bool) throws {
        try withCache(complete: complete) { store in
            try store.database.write {
                let entity = try store.insertEntity(name: "Marit Solberg", type: .person, key: "marit solberg")
                try expectAgreement(store, keys: ["solberg marit", "marit solberg"], surnames: ["solberg"], entities: [entity])
                _ = try? store.database.write {
                    try store.addResolutionKey("solberg marit", kind: .words, to: entity)
                    try store.addAlias("Marit Solberg", key: "marit solberg", to: entity)
                    try store.addSurname("solberg", to: entity)
                    _ = try store.insertEntity(name: "Solberg Group", type: .organization, key: "solberg group")
                    try expectAgreement(store, keys: ["solberg marit", "marit solberg", "solberg group"], surnames: ["solberg"], entities: [entity])
                    throw StoreError.cannotOpen(path: "-", reason: "a failing document")
                }
                try expectAgreement(store, keys: ["solberg marit", "marit solberg", "solberg group"], surnames: ["solberg"], entities: [entity])
                // Written again, for real this time.
                try store.addResolutionKey("solberg marit", kind: .words, to: entity)
                try store.addAlias("Marit Solberg", key: "marit solberg", to: entity)
                #expect(try store.addSurname("solberg", to: entity))
                #expect(try store.resolutionKeys(of: entity).map(\.key) == ["solberg marit"])
                #expect(try store.aliases(of: entity).map(\.key) == ["marit solberg"])
            }
        }
    }

    @Test(arguments: [true, false]) func entitiesDeletedAsOrphansTakeTheirNamesWithThem(complete: Bool) throws {
        try withCache(complete: complete) { store in
            try store.database.write {
                let (kept, absorbed) = try twoPeople(store)
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"], entities: [kept, absorbed])
                try store.deleteOrphans()  // neither is mentioned anywhere: both go
                try expectAgreement(store, keys: Self.keys, surnames: ["falkvik"], entities: [kept, absorbed])
                #expect(try store.entities(withKey: "falkvik i", kinds: [.words]).isEmpty)
            }
        }
    }

    @Test(arguments: [true, false]) func anotherConnectionsCommitIsSeenAtTheNextTransaction(complete: Bool) throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("g.sqlite"))
        store.nameIndexCompleteLimit = complete ? 250_000 : -1
        let other = try GraphStore(path: folder.path("g.sqlite"))
        try store.keepingWriterCaches {
            try store.checkWriterCaches()
            let entity = try store.database.write {
                let entity = try store.insertEntity(name: "Tarvik Harbour Board", type: .organization, key: "tarvik harbour board")
                try store.addResolutionKey("tarvik harbour board", kind: .name, to: entity)
                try expectAgreement(store, keys: ["thb", "tarvik harbour board"], entities: [entity])
                return entity
            }
            try other.database.write {
                try other.addResolutionKey("thb", kind: .initials, to: entity)
                try other.renameEntity(entity, name: "Tarvik Port Board", key: "tarvik port board")
            }
            try store.checkWriterCaches()
            try store.database.write {
                #expect(try store.entities(withKey: "thb", kinds: [.initials]).map(\.name) == ["Tarvik Port Board"])
                try expectAgreement(store, keys: ["thb", "tarvik harbour board", "tarvik port board"], entities: [entity])
            }
        }
    }

    /// The same articles, ingested in three runs with curation between them, give the same tables with a complete
    /// cache and with a partial one.
    @Test func incrementalIngestsWithCurationGiveTheSameGraphWhateverTheCache() throws {
        let runs: [[(String, String)]] = [
            [
                ("a", "E PERSON Warren Ashby | Ashby\nE ORG Northern State Press Agency | NSPA"),
                ("b", "E PERSON Ashby\nE ORG NSPA\nE GPE Tarvik"),
                ("c", "E PERSON Warren J. Ashby\nE OTHER Tarvik\nE PERSON Lena Ashby"),
            ],
            [
                ("d", "E ORG Daily Lantern | Northern State Press Agency\nE PERSON Bill Ashby"),
                ("e", "E PERSON Ashby Warren\nE ORG NSTV\nE PERSON Ashby"),
            ],
            [
                ("f", "E ORG Northern State Television | NSTV\nE PERSON Ashby\nE ORG Lantern"),
                ("g", "E PERSON Lena Ashby | Ashby\nE ORG Daily Lantern"),
            ],
        ]
        func graph(complete: Bool) throws -> [String] {
            let graph = try ScriptedGraph()
            graph.store.nameIndexCompleteLimit = complete ? 250_000 : -1
            try graph.ingest(runs[0], batchSize: 2)
            try graph.curator.merge("Lena Ashby", into: "Warren Ashby")
            try graph.ingest(runs[1], batchSize: 2)
            _ = try graph.curator.split("Northern State Press Agency", names: ["Daily Lantern"])
            try graph.curator.rename("NSTV", to: "Northern Television")
            try graph.ingest(runs[2], batchSize: 2)
            try graph.ingest(runs[0] + runs[1], batchSize: 3, reextract: true)
            var dump: [String] = []
            for (table, order) in [
                ("entity", "1"), ("entity_alias", "1, 2, 3"), ("resolution_key", "1, 2, 3"), ("person_surname", "1, 2"),
                ("mention", "1"),
            ] {
                try graph.store.database.cached("SELECT * FROM \(table) ORDER BY \(order)").forEach { row in
                    dump.append(table + ": " + (0..<row.columnCount).map { "\(row.value($0))" }.joined(separator: "|"))
                }
            }
            try graph.store.database.cached("SELECT entity, name, reason FROM entity_merge ORDER BY 1, 2, 3").forEach { row in
                dump.append("merge: \(row.value(0))|\(row.value(1))|\(row.value(2))")
            }
            return dump
        }
        let complete = try graph(complete: true)
        #expect(complete.count > 20)
        #expect(complete == (try graph(complete: false)))
    }
}
