import ArgumentParser
import Foundation
import Graph

/// Hidden from help: a tool for benchmarks and scale tests, not for users' graphs.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a corpus of generated news articles (JSON Lines) for benchmarks.",
        discussion: """
            Articles are made from the project's own vocabularies (invented people, organisations with acronyms,
            media, titles) with every quotation pattern the extractor handles. The output depends only on --seed:
            the first N articles of a larger corpus are the corpus of N.

              graphctl generate --articles 500 --output /tmp/corpus
              graphctl ingest --db /tmp/bench.sqlite /tmp/corpus
            """,
        shouldDisplay: false
    )

    @Option(help: "How many articles (1 to 10,000,000).")
    var articles = 500

    @Option(help: "The seed: the same seed gives the same corpus.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The folder to write part-NNNNN.jsonl files and manifest.json into.", valueName: "dir"))
    var output: String

    @Option(help: "Articles per JSON Lines file.")
    var perFile = 10_000

    @Option(help: ArgumentHelp("Also write the quotes each article holds, one JSON line per article.", valueName: "file"))
    var gold: String?

    func validate() throws {
        if articles < 1 || articles > 10_000_000 { throw ValidationError("--articles must be between 1 and 10,000,000") }
        if perFile < 1 { throw ValidationError("--per-file must be at least 1") }
    }

    func run() throws {
        let progress = ProgressLine()
        let started = Date()
        let manifest = try CorpusWriter(seed: seed, articlesPerFile: perFile).write(
            count: articles, to: output, goldFile: gold
        ) { done in
            progress.show("\(done) of \(articles) articles")
        }
        progress.finish()
        let seconds = Date().timeIntervalSince(started)
        print(String(
            format: "%d articles, %.1f MB of text, %d words, %d quotes in %d files in %@ (%.1f s)",
            manifest.articles, Double(manifest.textBytes) / 1e6, manifest.words, manifest.quotes,
            manifest.files.count, output, seconds))
    }
}
