import ArgumentParser
import Graph

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge one entity into another, now and in every article ingested later.",
        discussion: """
            The first entity's mentions, quotes and relations move to the second, which keeps its name; the first's
            names become the second's. The decision is stored as a rule: later articles' entities of those names
            join the second entity too, and so do re-extracted ones. Undo it with `graphctl unmerge`.

            An entity is named by its id as listings print it (E12) or by a name or alias of exactly one entity.

              graphctl merge "Chair Lindqvist" "Marta Lindqvist Berg"
              graphctl merge E41 E7
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The entity that disappears into the other.", valueName: "entity"))
    var absorbed: String

    @Argument(help: ArgumentHelp("The entity that stays.", valueName: "into"))
    var kept: String

    func run() throws {
        let store = try database.open()
        let absorbedNode = try Curator(store: store).node(absorbed)
        let node = try Curator(store: store).merge(absorbed, into: kept)
        print("merged \(absorbedNode.name) (E\(absorbedNode.id.rawValue)) into \(node.name) (E\(node.id.rawValue))")
    }
}
