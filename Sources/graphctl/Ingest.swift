import ArgumentParser
import Foundation
import Graph

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to the graph: extract entities and quotes, and store them.",
        discussion: """
            Takes plain-text articles (.txt; the first non-empty line is the title), JSON Lines files (.jsonl: one
            article per line, "text" required; "id", "title", "url", "outlet", "published" optional), folders
            (walked recursively for .txt and .jsonl files) and - for standard input.

            The same text ingested twice is stored once. A document stored by an older extraction pipeline is
            extracted again; --reextract forces that for every document named.

            A file that cannot be ingested (not UTF-8 text, binary, empty, a malformed JSON line, a missing path) is
            reported on standard error with its name (and line) and skipped; everything else still goes in, and each
            document is stored whole or not at all.

            Exit status: 0 when everything was ingested; 2 when some inputs were rejected and the rest ingested
            (0 with --keep-going); 1 when the database could not be written.

              graphctl ingest samples/
              graphctl ingest --db news.sqlite articles/ more.jsonl
              cat article.txt | graphctl ingest -
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Articles: files, folders, or - for standard input.", valueName: "file|dir|-"))
    var inputs: [String]

    @Flag(help: "Extract every document again, even those stored by the current pipeline.")
    var reextract = false

    @Flag(help: "Exit with status 0 even when some inputs were rejected (they are still reported).")
    var keepGoing = false

    @Option(help: "How standard input is read: text (one article) or jsonl.")
    var stdinFormat: StandardInputFormat = .text

    @Option(help: "Documents written per transaction.")
    var batchSize = 1000

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one file, folder, or - for standard input") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let store = try database.open()
        let ingester = Ingester(store: store, options: .init(reextract: reextract, batchSize: batchSize))
        let progress = ProgressLine()
        var reported = 0
        let summary = try ingester.ingest(ArticleSource(paths: inputs, standardInput: stdinFormat.source)) { summary in
            for problem in summary.rejected[reported...] { progress.report("rejected \(problem)") }
            reported = summary.rejected.count
            progress.show("\(summary.added + summary.reextracted + summary.unchanged) documents, "
                + "\(summary.rejected.count) rejected")
        }
        for problem in summary.rejected[reported...] { progress.report("rejected \(problem)") }
        progress.finish()
        print(
            "\(summary.added) documents added, \(summary.reextracted) re-extracted, \(summary.unchanged) unchanged, "
                + "\(summary.rejected.count) rejected; \(summary.entities) entities, \(summary.quotes) quotes in \(database.path)")
        if !summary.rejected.isEmpty && !keepGoing {
            throw ExitCode(2)
        }
    }
}

enum StandardInputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
    var source: ArticleSource.StandardInputFormat { self == .text ? .text : .jsonl }
}
