import Dispatch
import Foundation

/// Times ingestion's stages one at a time over documents held in memory, so that a profiler (or the figures alone)
/// shows each stage apart: read, hash, tokenise, extract (one core, then every core), keys, and resolve + store.
///
/// `graphctl profile` prints the result; `bench/run --profile` calls that.
public struct StageProfile: Sendable {
    /// One stage's figures.
    public struct Stage: Sendable, Hashable {
        public var name: String
        public var seconds: Double
        /// Threads the stage ran on.
        public var threads: Int
        public var note: String
    }

    public let pipeline: Pipeline

    public init(pipeline: Pipeline) {
        self.pipeline = pipeline
    }

    /// The components up to the last one that assigns paragraphs, sentences or tokens: "tokenise".
    public var tokeniser: Pipeline? {
        let textual: Set<Annotation> = [.paragraphs, .sentences, .tokens]
        guard let last = pipeline.components.lastIndex(where: { !$0.assigns.isDisjoint(with: textual) }) else { return nil }
        return try? Pipeline(Array(pipeline.components[...last]))
    }

    /// Reads `source` into memory, timing that.
    public static func read(_ source: some Sequence<IngestItem>, limit: Int) -> (documents: [SourceDocument], stage: Stage) {
        var clock = Stopwatch()
        var documents: [SourceDocument] = []
        var problems = 0
        for item in source {
            switch item {
            case let .document(document): documents.append(document)
            case .problem: problems += 1
            }
            if documents.count >= limit { break }
        }
        return (documents, Stage(name: "read", seconds: clock.lap(), threads: 1, note: "\(problems) rejected"))
    }

    /// Hashing, tokenising and extracting, each over every document before the next starts.
    public func inMemoryStages(_ documents: [SourceDocument]) -> [Stage] {
        let texts = documents.map(\.text)
        var stages: [Stage] = []
        var clock = Stopwatch()
        var digest = 0
        for text in texts { digest &+= SHA256.hex(text.utf8).utf8.count }
        stages.append(Stage(name: "hash", seconds: clock.lap(), threads: 1, note: "SHA-256 of each text"))

        if let tokeniser {
            clock.reset()
            var tokens = 0
            for text in texts { tokens &+= tokeniser.annotate(text).bytes.count }
            stages.append(Stage(
                name: "tokenise", seconds: clock.lap(), threads: 1,
                note: tokeniser.components.map(\.name).joined(separator: ", ")))
        } else {
            clock.reset()
            var bytes = 0
            for text in texts { bytes &+= Doc(text).bytes.count }
            stages.append(Stage(name: "tokenise", seconds: clock.lap(), threads: 1, note: "no tokeniser in the pipeline: Doc only"))
        }

        clock.reset()
        var found = 0
        var extractions: [Extraction] = []
        extractions.reserveCapacity(texts.count)
        for text in texts {
            let extraction = pipeline.extract(text)
            found &+= extraction.entities.count + extraction.quotes.count
            extractions.append(extraction)
        }
        let signature = pipeline.signature.isEmpty ? "(empty pipeline)" : pipeline.signature
        stages.append(Stage(name: "extract", seconds: clock.lap(), threads: 1, note: signature))

        let cores = ProcessInfo.processInfo.activeProcessorCount
        let pipeline = self.pipeline
        clock.reset()
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            _ = pipeline.extract(texts[index])
        }
        stages.append(Stage(name: "extract", seconds: clock.lap(), threads: cores, note: "\(found) entities and quotes"))

        // The rest of an extraction core's work per document in an ingest: the quotes' keys and the entities made
        // ready for resolution.
        clock.reset()
        let resolver = EntityResolver()
        var words = 0
        for extraction in extractions {
            for quote in extraction.quotes { words &+= QuoteResolver.Key(text: quote.text).wordCount }
            _ = resolver.prepare(extraction.entities)
        }
        stages.append(Stage(
            name: "keys", seconds: clock.lap(), threads: 1,
            note: "quote keys (\(words) words), entities prepared for resolution"))
        return stages
    }

    /// A whole ingest into the database at `path`, with the ingester's own account of its stages.
    public func ingest(_ source: some Sequence<IngestItem>, into path: String, batchSize: Int = 64) throws
        -> (summary: Ingester.Summary, stages: [Stage], statements: [(sql: String, runs: Int, steps: Int)])
    {
        let store = try GraphStore(path: path)
        var clock = Stopwatch()
        let summary = try Ingester(store: store, pipeline: pipeline, options: .init(batchSize: batchSize)).ingest(source)
        let wall = clock.lap()
        let t = summary.timings
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let stages = [
            Stage(name: "ingest: read", seconds: t.reading, threads: 1, note: "reader thread, overlapped"),
            Stage(name: "ingest: hash", seconds: t.hashing, threads: 1, note: "reader thread, overlapped"),
            Stage(name: "ingest: extract", seconds: t.extracting, threads: cores, note: "CPU seconds over all cores, overlapped"),
            Stage(
                name: "ingest: resolve", seconds: t.resolving, threads: 1,
                note: String(format: "writer: %.2f s entities, %.2f s quotes", t.resolving - t.resolvingQuotes, t.resolvingQuotes)),
            Stage(name: "ingest: store", seconds: t.storing, threads: 1, note: "writer: inserts, look-ups"),
            Stage(
                name: "ingest: commit", seconds: t.committing, threads: 1,
                note: "writer: full-text entries, waits for the checkpoint, commits"),
            Stage(name: "ingest: idle", seconds: t.waitingForInput + t.waitingForExtraction, threads: 1, note: String(
                format: "writer waiting: %.2f s for input, %.2f s for extraction", t.waitingForInput, t.waitingForExtraction)),
            Stage(name: "ingest", seconds: wall, threads: cores, note: "wall time, end to end"),
        ]
        return (summary, stages, store.database.statementCosts())
    }
}
