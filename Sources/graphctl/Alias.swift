import ArgumentParser
import Graph

struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Give an entity another name, for every article ingested later.",
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a name: later articles' entities of that name join the entity, and entities named only that merge into it.",
            discussion: """
                  graphctl alias add "Fjord News Agency" "Fjord News"
                  graphctl alias add E7 "the Marshal"
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The entity.", valueName: "entity"))
        var entity: String

        @Argument(help: ArgumentHelp("Its other name.", valueName: "alias"))
        var alias: String

        func run() throws {
            let node = try Curator(store: try database.open()).addAlias(alias, to: entity)
            print("\(alias) is now a name of \(node.name) (E\(node.id.rawValue))")
        }
    }
}
