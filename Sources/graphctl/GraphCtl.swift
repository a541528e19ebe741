import ArgumentParser
import Graph

@main
struct GraphCtl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphctl",
        abstract: "Turn news articles into a knowledge graph of who said what, stored in SQLite.",
        discussion: """
            Ingest articles, then ask the graph who said what, through whom, and where.

              graphctl ingest samples/
              graphctl quotes
              graphctl entities --format jsonl

            The database is graph.sqlite in the working directory unless --db or $GRAPH_DB names another.
            """,
        version: GraphVersion.string,
        subcommands: [
            Ingest.self,
            Quotes.self,
            Entities.self,
            Stats.self,
            Extract.self,
        ]
    )
}
