import ArgumentParser
import Graph

/// Every command names itself (`commandName`): without it ArgumentParser derives each name from
/// `String(describing:)` of the type, which searches the binary's protocol conformances, 23 M instructions at
/// every start, a fifth of a one-article ingest.
@main
struct GraphCtl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphctl",
        abstract: "Turn news articles into a knowledge graph of who said what, stored in SQLite.",
        discussion: """
            Ingest articles, then ask the graph who said what, through whom, and where.

              graphctl ingest samples/
              graphctl quotes --speaker "Marta Lindqvist Berg"
              graphctl who-said fleet repairs
              graphctl entity FNA
              graphctl path "Jan-Olav Sunde" "Marta Lindqvist Berg"

            The database is graph.sqlite in the working directory unless --db or $GRAPH_DB names another.
            """,
        version: GraphVersion.string,
        subcommands: [
            Ingest.self,
            Quotes.self,
            WhoSaid.self,
            Entities.self,
            EntityCommand.self,
            Neighbors.self,
            Path.self,
            SourcesCommand.self,
            Timeline.self,
            Stats.self,
            SQL.self,
            Extract.self,
            Export.self,
            Merge.self,
            Split.self,
            Unmerge.self,
            Alias.self,
            Rename.self,
            Retype.self,
            Merges.self,
            Generate.self,
            Profile.self,
        ]
    )
}
