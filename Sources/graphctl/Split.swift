import ArgumentParser
import Graph

struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Separate names from an entity they were wrongly joined to, and keep them apart from now on.",
        discussion: """
            The names stop resolving to the entity, a rule keeps them apart from it in every article ingested later,
            and the documents that refer to the entity are extracted and resolved again, so that their entities of
            those names become another node. The entity's own name cannot be split off: rename it first.

              graphctl split "Marta Lindqvist Berg" "Sara Lindqvist"
              graphctl split E7 "Rodong Sinmun" "Rodong"
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
        abstract: "Undo one recorded merge (see `graphctl merges`): split the name that joined off again.",
        discussion: """
              graphctl merges --entity "Marta Lindqvist Berg"
              graphctl unmerge M12
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The merge, as `graphctl merges` lists it (M12 or 12).", valueName: "merge"))
    var merge: String

    func validate() throws {
        if mergeID == nil { throw ValidationError("'\(merge)' is not a merge id such as M12") }
    }

    var mergeID: Int64? {
        Int64(merge.hasPrefix("M") || merge.hasPrefix("m") ? String(merge.dropFirst()) : merge)
    }

    func run() throws {
        let store = try database.open()
        guard let id = mergeID, let record = try store.merge(id: id) else {
            throw CurationError.noSuchMerge(mergeID ?? 0)
        }
        let documents = try Curator(store: store).unmerge(id)
        print("split \(record.name) from \(record.entity.name) (\(record.entity.jsonID)); \(documents) documents resolved again")
    }
}
