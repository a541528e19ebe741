import ArgumentParser
import Foundation
import Graph

/// The `--db` flag every command that reads or writes the graph shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The graph database (default: $GRAPH_DB, or graph.sqlite in the working directory).", valueName: "path"))
    var db: String?

    var path: String { db ?? GraphStore.defaultPath }

    /// Opens the graph; for writing, first waits for any other writing `graphctl` on it to finish (`WriterLock`).
    func open(readOnly: Bool = false) throws -> GraphStore {
        if !readOnly {
            WriterLock.acquire(for: path) { message in
                FileHandle.standardError.write(Data("graphctl: \(message)\n".utf8))
            }
        }
        return try GraphStore(path: path, readOnly: readOnly)
    }
}
