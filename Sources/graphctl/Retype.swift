import ArgumentParser
import Graph

struct Retype: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retype",
        abstract: "Give an entity another type, kept whatever type later articles' extraction gives it.",
        discussion: """
              graphctl retype "Harbor Ledger" ORG
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The entity.", valueName: "entity"))
    var entity: String

    @Argument(help: ArgumentHelp("PERSON, ORG, GPE, LOC, EVENT or OTHER.", valueName: "type"))
    var type: EntityTypeArgument

    func run() throws {
        let node = try Curator(store: try database.open()).retype(entity, to: type.value)
        print("\(node.name) (E\(node.id.rawValue)) is now \(node.type.rawValue)")
    }
}
