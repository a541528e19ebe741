import ArgumentParser
import Foundation
import Graph

/// Hidden from help: for benchmarks and profilers.
struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Time ingestion's stages one at a time: read, hash, tokenise, extract, keys, resolve and store.",
        discussion: """
            Reads the articles into memory, then runs each stage over all of them before the next, so that each
            stage's cost shows apart (and a profiler attached to one stage sees only it). The last stage is a whole
            ingest into a fresh database, which reports its own stages. --stages store streams the inputs into the
            database without holding them in memory, for corpora too big for that.

              graphctl profile /tmp/corpus
              graphctl profile --stand-in --stages store --db /tmp/scale.sqlite /tmp/corpus
            """,
        shouldDisplay: false
    )

    @Argument(help: "Articles: files or folders, as for ingest.")
    var inputs: [String]

    @Option(help: "Stages to run, comma-separated: memory (read, hash, tokenise, extract, keys) and store.")
    var stages = "memory,store"

    @Option(help: "At most this many articles for the in-memory stages.")
    var limit = 100_000

    @Option(help: ArgumentHelp("The database for the store stage (default: a temporary file, deleted after).", valueName: "path"))
    var db: String?

    @Option(help: "Documents written per transaction in the store stage.")
    var batchSize = 1000

    @Flag(help: "Use the benchmark's stand-in extractor instead of the standard pipeline (storage at scale).")
    var standIn = false

    func validate() throws {
        let known: Set<String> = ["memory", "store"]
        for stage in stages.split(separator: ",") where !known.contains(String(stage)) {
            throw ValidationError("unknown stage '\(stage)': use memory, store or both")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let profile = StageProfile(pipeline: standIn ? .benchStandIn : .standard)
        let wanted = Set(stages.split(separator: ",").map(String.init))
        var rows: [StageProfile.Stage] = []
        var documents = 0, bytes = 0, words = 0
        if wanted.contains("memory") {
            let (loaded, read) = StageProfile.read(ArticleSource(paths: inputs), limit: limit)
            documents = loaded.count
            bytes = loaded.reduce(0) { $0 + $1.text.utf8.count }
            words = loaded.reduce(0) { $0 + CorpusGenerator.Article.words(in: $1.text) }
            rows.append(read)
            rows += profile.inMemoryStages(loaded)
            print(table(rows, documents: documents, bytes: bytes, words: words))
            rows = []
        }
        if wanted.contains("store") {
            let path = db ?? NSTemporaryDirectory() + "graphctl-profile-\(getpid()).sqlite"
            defer {
                if db == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            }
            let (summary, stages, statements) = try profile.ingest(
                ArticleSource(paths: inputs), into: path, batchSize: batchSize)
            let total = summary.added + summary.reextracted + summary.unchanged
            if documents == 0 { documents = total }
            print(table(stages, documents: total, bytes: nil, words: nil))
            print("\(summary.added) added, \(summary.unchanged) unchanged, \(summary.rejected.count) rejected; "
                + "\(summary.entities) entities, \(summary.quotes) quotes")
            // The writer's statements by SQLite's own count of steps: which look-ups and inserts cost the most.
            print("\nstatements (most SQLite steps first)      runs   steps/doc")
            for statement in statements.prefix(20) {
                let sql = statement.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                print(String(format: "%9d  %9.0f  ", statement.runs, Double(statement.steps) / Double(max(total, 1)))
                    + String(sql.prefix(110)))
            }
        }
    }

    private func table(_ stages: [StageProfile.Stage], documents: Int, bytes: Int?, words: Int?) -> String {
        var lines = [["stage", "threads", "seconds", "docs/s", "MB/s", "words/s", ""]]
        for stage in stages {
            let seconds = max(stage.seconds, 1e-9)
            lines.append([
                stage.name, "\(stage.threads)", String(format: "%.3f", stage.seconds),
                String(format: "%.0f", Double(documents) / seconds),
                bytes.map { String(format: "%.1f", Double($0) / 1e6 / seconds) } ?? "",
                words.map { String(format: "%.0f", Double($0) / seconds) } ?? "", stage.note,
            ])
        }
        let widths = (0..<7).map { column in lines.map { $0[column].count }.max() ?? 0 }
        return lines.map { line in
            line.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 || column == 6 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
