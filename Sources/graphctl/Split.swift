import ArgumentParser
import Graph

struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Separate names from an entity they were wrongly joined to, and keep them apart from now on.",
        discussion: """
            The names stop resolving to the entity, a rule keeps them apart from it in every article ingested later,
            and the documents that refer to the entity are extracted and resolved again, so that their entities of
            those names become another node. The entity's own name cannot be split off: rename it first.

              graphctl split "Marta Lindqvist Berg" "Sara Lindqvist"
              graphctl split E7 "Harbor Ledger" "Harbor"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The entity the names were joined to.", valueName: "entity"))
    var entity: String

    @Argument(help: ArgumentHelp("Names to separate from it.", valueName: "name"))
    var names: [String]

    func validate() throws {
        if names.isEmpty { throw ValidationError("name at least one name to split off \(entity)") }
    }

    func run() throws {
        let store = try database.open()
        let node = try Curator(store: store).node(entity)
        let documents = try Curator(store: store).split(entity, names: names)
        print("split \(names.joined(separator: ", ")) from \(node.name) (E\(node.id.rawValue)); "
            + "\(documents) documents resolved again")
    }
}

struct Unmerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unmerge",
        abstract: "Undo one recorded merge (see `graphctl merges`): split the name that joined off again.",
        discussion: """
            An entity merge (M12) splits the name that joined off its entity. A quote join (QM12, from
            `graphctl merges --quotes`) takes that occurrence out of the quote node, or the node it gathered back
            out of the longer one. Either way a rule keeps them apart in every later ingest.

              graphctl merges --entity "Marta Lindqvist Berg"
              graphctl unmerge M12
              graphctl merges --quotes
              graphctl unmerge QM4
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The merge, as `graphctl merges` lists it (M12 or 12, QM12 for a quote join).", valueName: "merge"))
    var merge: String

    func validate() throws {
        if mergeID == nil && quoteMergeID == nil { throw ValidationError("'\(merge)' is not a merge id such as M12 or QM12") }
    }

    var mergeID: Int64? {
        Int64(merge.hasPrefix("M") || merge.hasPrefix("m") ? String(merge.dropFirst()) : merge)
    }

    var quoteMergeID: Int64? {
        merge.uppercased().hasPrefix("QM") ? Int64(merge.dropFirst(2)) : nil
    }

    func run() throws {
        let store = try database.open()
        if let id = quoteMergeID {
            guard let record = try store.quoteMerge(id: id) else { throw CurationError.noSuchQuoteMerge(id) }
            let documents = try Curator(store: store).unmergeQuote(id)
            print("kept \"\(record.surface)\" (\(record.document)) apart from Q\(record.quote.rawValue); "
                + "\(documents) documents resolved again")
            return
        }
        guard let id = mergeID, let record = try store.merge(id: id) else {
            throw CurationError.noSuchMerge(mergeID ?? 0)
        }
        let documents = try Curator(store: store).unmerge(id)
        print("split \(record.name) from \(record.entity.name) (\(record.entity.jsonID)); \(documents) documents resolved again")
    }
}
