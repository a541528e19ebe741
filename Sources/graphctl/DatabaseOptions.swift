import ArgumentParser
import Graph

/// The `--db` flag every command that reads or writes the graph shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The graph database (default: $GRAPH_DB, or graph.sqlite in the working directory).", valueName: "path"))
    var db: String?

    var path: String { db ?? GraphStore.defaultPath }

    func open(readOnly: Bool = false) throws -> GraphStore {
        try GraphStore(path: path, readOnly: readOnly)
    }
}
