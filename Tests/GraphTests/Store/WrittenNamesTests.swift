import Testing
@testable import Graph

/// The writer's record of name-index rows written during an ingest must never skip a row that is not there.
struct WrittenNamesTests {
    func keys(_ store: GraphStore, _ entity: EntityID) throws -> [String] {
        try store.resolutionKeys(of: entity).map(\.key)
    }

    @Test func aRowRolledBackIsWrittenAgain() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("g.sqlite"))
        try store.keepingWriterCaches {
            try store.database.write {
                let entity = try store.insertEntity(name: "Marit Solberg", type: .person, key: "marit solberg")
                // One document's savepoint fails after writing the key…
                _ = try? store.database.write {
                    try store.addResolutionKey("solberg marit", kind: .words, to: entity)
                    try store.addAlias("Marit Solberg", key: "marit solberg", to: entity)
                    throw StoreError.cannotOpen(path: "-", reason: "a failing document")
                }
                #expect(try keys(store, entity).isEmpty)
                // …and the next one writes it again.
                try store.addResolutionKey("solberg marit", kind: .words, to: entity)
                try store.addAlias("Marit Solberg", key: "marit solberg", to: entity)
                #expect(try keys(store, entity) == ["solberg marit"])
                #expect(try store.aliases(of: entity).map(\.alias) == ["Marit Solberg"])
            }
        }
    }

    @Test func anEntityIdReusedAfterADeleteGetsItsOwnRows() throws {
        let folder = try TemporaryDirectory()
        let store = try GraphStore(path: folder.path("g.sqlite"))
        try store.keepingWriterCaches {
            try store.database.write {
                let kept = try store.insertEntity(name: "Odd Vestby", type: .person, key: "odd vestby")
                let absorbed = try store.insertEntity(name: "O. Vestby", type: .person, key: "o vestby")
                try store.addResolutionKey("o vestby", kind: .name, to: absorbed)
                try store.mergeEntity(absorbed, into: kept)
                // SQLite gives the deleted highest id to the next entity.
                let next = try store.insertEntity(name: "Ola Vestby", type: .person, key: "ola vestby")
                #expect(next == absorbed)
                try store.addResolutionKey("o vestby", kind: .name, to: next)
                #expect(try keys(store, next) == ["o vestby"])
            }
        }
    }
}
