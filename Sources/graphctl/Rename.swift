import ArgumentParser
import Graph

struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Give an entity a new canonical name, kept whenever it is recreated; its old name stays an alias.",
        discussion: """
              graphctl rename FNTV "Fjord News Television"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The entity.", valueName: "entity"))
    var entity: String

    @Argument(help: ArgumentHelp("Its new name.", valueName: "name"))
    var name: String

    func run() throws {
        let node = try Curator(store: try database.open()).rename(entity, to: name)
        print("E\(node.id.rawValue) is now called \(node.name)")
    }
}
