import Dispatch
import Foundation

/// Reads articles, extracts them on every core, and stores them in batches through one writer.
///
/// Each batch is one transaction, and a document is stored whole (text, mentions, attributions, relations) or not at
/// all: when one fails, the transaction is rolled back and written again with a savepoint around each document. A document whose text is already stored is skipped before
/// extraction, unless the pipeline that extracted it differs from the current one or `reextract` is set; then its
/// evidence is replaced.
///
/// Work goes in chunks of 64 documents, and three things overlap so that no core waits on another: a reader thread
/// parses the inputs and hashes the texts a few chunks ahead; the pipeline extracts chunk k + 1 on every core, at a
/// lower priority than the writer (`ExtractionWorkers`); meanwhile the calling thread, the only one that touches the
/// database, resolves and writes chunk k. A transaction spans chunks until it holds `batchSize` documents.
public final class Ingester {
    public struct Options: Sendable {
        /// Extract again even documents stored by the current pipeline.
        public var reextract = false
        /// Documents per transaction. Larger transactions write each index page fewer times (10,000 generated
        /// articles into a new file: 13.6 s with 256, 11.3 s with 1,000; 4,000 wrote 30 % fewer bytes than 1,000
        /// into a 640,000-article graph), but hold the write lock longer against another process writing to the
        /// same file: 1,000 take about 1 s at the start and 4 s at 600,000 articles, inside the 10 s another
        /// writer waits.
        public var batchSize = 1000
        public init(reextract: Bool = false, batchSize: Int = 1000) {
            self.reextract = reextract
            self.batchSize = max(1, batchSize)
        }
    }

    /// Counts so far, for progress and the final summary.
    public struct Summary: Sendable, Hashable {
        public var added = 0
        public var reextracted = 0
        /// Already stored with the current pipeline (or twice in the input).
        public var unchanged = 0
        public var rejected: [IngestProblem] = []
        public var entities = 0
        public var quotes = 0
        /// Where the time went, for `graphctl profile` and benchmarks.
        public var timings = Timings()
        public init() {}
    }

    /// Seconds spent in each stage. Stages overlap (they run on different threads), so these do not add up to the
    /// wall time: `waitingForInput` and `waitingForExtraction` say which stage held the writer back.
    public struct Timings: Sendable, Hashable {
        /// Reader thread: reading and parsing the inputs.
        public var reading = 0.0
        /// Reader thread: hashing the texts.
        public var hashing = 0.0
        /// Extraction, summed over every document (CPU seconds over all cores).
        public var extracting = 0.0
        /// Writer: finding the entity and quote nodes for each document's findings.
        public var resolving = 0.0
        /// Writer: the part of `resolving` spent on quote nodes.
        public var resolvingQuotes = 0.0
        /// Writer: every other database write (documents, mentions, attributions), and hash look-ups.
        public var storing = 0.0
        /// Writer: ending each transaction: the full-text index's entries, waiting for the log's checkpoint when the
        /// log is long, and the commit (which writes the changed pages to the log).
        public var committing = 0.0
        /// Writer, idle: the next batch was not read yet.
        public var waitingForInput = 0.0
        /// Writer, idle: the next batch was not extracted yet.
        public var waitingForExtraction = 0.0
        public init() {}
    }

    let store: GraphStore
    let pipeline: Pipeline
    let options: Options
    private let entityResolver: EntityResolver
    /// Documents read, hashed and extracted together. Smaller than a transaction, so that extraction and writing
    /// overlap even in a small ingest; a transaction spans as many chunks as `batchSize` needs.
    static let chunkSize = 64
    private let quoteResolver = QuoteResolver()

    public init(
        store: GraphStore, pipeline: Pipeline = .standard, options: Options = Options(), resolver: EntityResolver = EntityResolver()
    ) {
        self.store = store
        entityResolver = resolver
        self.pipeline = pipeline
        self.options = options
    }

    /// A chunk whose extraction is under way on the other cores.
    private struct PendingBatch {
        var read: ReadBatch
        var stored: [StoredText?]
        /// Indexes into `read.documents` of the documents to extract and write.
        var needed: [Int]
        var extraction: ExtractionJob
    }

    /// Ingests every item; problems are collected in the summary, never thrown.
    ///
    /// - Parameter progress: called after each batch with the counts so far.
    /// - Throws: only `StoreError`s that leave no batch usable (the disk is full, the file is locked too long).
    public func ingest<Items: Sequence<IngestItem>>(
        _ items: Items, progress: (Summary) -> Void = { _ in }
    ) throws -> Summary {
        var summary = Summary()
        let reader = BatchReader(items, chunkSize: min(options.batchSize, Self.chunkSize))
        defer { reader.cancel() }
        let workers = ExtractionWorkers()
        defer { workers.stop() }

        /// The next chunk, looked up and with its extraction started; nil at the end of the input.
        func nextChunk(after previous: PendingBatch?) throws -> PendingBatch? {
            var clock = Stopwatch()
            let next = reader.next()
            summary.timings.waitingForInput += clock.lap()
            guard let read = next else { return nil }
            summary.timings.reading += read.reading
            summary.timings.hashing += read.hashing
            summary.rejected.append(contentsOf: read.problems)
            let prepared = try prepare(read, after: previous, workers: workers)
            summary.timings.storing += clock.lap()
            return prepared
        }

        try store.database.bulkLoad { try store.keepingSearchIndex { try store.keepingWriterCaches {
            var pending = try nextChunk(after: nil)
            var rejectedHashes: Set<String> = []
            // Waits for an unfinished extraction even when a write throws: its workers must not outlive the call.
            defer { pending?.extraction.wait() }
            while let first = pending {
                // Between transactions, outside them: read and look up the next chunk (its extraction starts) and
                // wait for this one's. That gap is where another process's writer, polling in its busy handler,
                // takes the lock; with none, two ingests into one file starve each other.
                pending = try nextChunk(after: first)
                first.extraction.wait()
                try store.checkWriterCaches()
                var chunks = [first]
                var outcome = Outcome(rejectedHashes: rejectedHashes)
                var committing = Stopwatch()
                do {
                    try store.database.write {
                        store.beginSearchIndexLog()
                        try finish(first, into: &outcome, savepoints: false)
                        var written = first.read.documents.count
                        while let current = pending, written < options.batchSize {
                            pending = try nextChunk(after: current)
                            chunks.append(current)
                            try finish(current, into: &outcome, savepoints: false)
                            written += current.read.documents.count
                        }
                        committing.reset()
                        try store.syncSearchIndex()
                    }
                    outcome.timings.committing += committing.lap()
                } catch is DocumentFailed {
                    // The transaction is rolled back whole; write it again with a savepoint around each document,
                    // so that the one that fails is left out and the others go in.
                    outcome = Outcome(rejectedHashes: rejectedHashes, timings: outcome.timings)
                    try store.checkWriterCaches()
                    try store.database.write {
                        store.beginSearchIndexLog()
                        for chunk in chunks { try finish(chunk, into: &outcome, savepoints: true) }
                        committing.reset()
                        try store.syncSearchIndex()
                    }
                    outcome.timings.committing += committing.lap()
                }
                summary.add(outcome)
                rejectedHashes = outcome.rejectedHashes
                progress(summary)
            }
        } } }
        summary.entities = Int(try store.database.scalarInt("SELECT count(*) FROM entity"))
        summary.quotes = try store.quoteCount
        return summary
    }

    /// Looks up the chunk's hashes and starts extracting what is new. Texts of the chunk about to be written
    /// (`previous`) count as stored: they will be by the time this chunk is written.
    private func prepare(
        _ read: ReadBatch, after previous: PendingBatch?, workers: ExtractionWorkers
    ) throws -> PendingBatch {
        let signature = pipeline.signature
        var stored: [StoredText?] = []
        stored.reserveCapacity(read.hashes.count)
        for hash in read.hashes { stored.append(try store.storedText(hash: hash, pipeline: signature)) }
        let inFlight = previous.map { batch in Set(batch.needed.map { batch.read.hashes[$0] }) } ?? []
        let needed = read.documents.indices.filter { index in
            if inFlight.contains(read.hashes[index]) { return false }
            guard let existing = stored[index] else { return true }
            return options.reextract || !existing.current
        }
        let job = ExtractionJob(
            pipeline: pipeline, resolver: entityResolver, texts: needed.map { read.documents[$0].text }, workers: workers)
        return PendingBatch(read: read, stored: stored, needed: needed, extraction: job)
    }

    /// What the documents of one transaction came to; added to the summary once the transaction commits.
    fileprivate struct Outcome {
        var added = 0
        var reextracted = 0
        var unchanged = 0
        var rejected: [IngestProblem] = []
        /// Hashes of the texts rejected so far in the ingest, so that a later copy of one is rejected too.
        var rejectedHashes: Set<String> = []
        var timings = Timings()
    }

    /// Thrown out of a transaction written without savepoints when one document fails: the transaction is rolled
    /// back and written again, document by document.
    private struct DocumentFailed: Error {}

    /// Waits for the chunk's extractions and writes them, inside the caller's transaction.
    ///
    /// Without `savepoints`, a document that fails to store throws `DocumentFailed` and the caller rolls back the
    /// whole transaction: a savepoint per document costs a copy of every page it touches, a third of a bulk load's
    /// writing. With them, the failing document alone is undone and reported in `outcome.rejected`.
    private func finish(_ batch: PendingBatch, into outcome: inout Outcome, savepoints: Bool) throws {
        var clock = Stopwatch()
        let extracted = batch.extraction.wait()
        outcome.timings.waitingForExtraction += clock.lap()
        outcome.timings.extracting += extracted.reduce(0) { $0 + $1.seconds }
        let signature = pipeline.signature
        let read = batch.read
        var resolving = (entities: 0.0, quotes: 0.0)
        var seen: Set<String> = []
        var position = 0  // into `batch.needed` and `extracted`
        for index in read.documents.indices {
            let hash = read.hashes[index]
            var extraction: ExtractedDocument?
            if position < batch.needed.count, batch.needed[position] == index {
                extraction = extracted[position]
                position += 1
            }
            // A copy of a text rejected earlier in this transaction, perhaps counted as stored while the attempt
            // without savepoints was open.
            if outcome.rejectedHashes.contains(hash) {
                outcome.rejected.append(IngestProblem(
                    file: read.documents[index].name, reason: "not stored: the same text as a file rejected before"))
                continue
            }
            // Not needed: stored before this chunk, or a copy of a text in it.
            guard let extraction, seen.insert(hash).inserted else {
                outcome.unchanged += 1
                continue
            }
            func writeDocument() throws {
                try write(
                    read.documents[index], hash: hash, extracted: extraction, signature: signature, resolving: &resolving)
            }
            do {
                if savepoints { try store.database.write(writeDocument) } else { try writeDocument() }
                if batch.stored[index] == nil { outcome.added += 1 } else { outcome.reextracted += 1 }
            } catch let error as StoreError {
                if case .sqlite(let code, _, _) = error, code & 0xFF == 13 || code & 0xFF == 10 {
                    throw error  // disk full or I/O error: nothing else will get in either
                }
                guard savepoints else { throw DocumentFailed() }
                outcome.rejected.append(IngestProblem(file: read.documents[index].name, reason: "not stored: \(error)"))
                outcome.rejectedHashes.insert(hash)
            }
        }
        if batch.needed.contains(where: { batch.stored[$0] != nil }) { try store.deleteOrphans() }
        outcome.timings.resolving += resolving.entities + resolving.quotes
        outcome.timings.resolvingQuotes += resolving.quotes
        outcome.timings.storing += clock.lap() - resolving.entities - resolving.quotes
    }

    /// Writes one document and its evidence; the caller's savepoint makes it all-or-nothing.
    ///
    /// - Parameter extracted: the document's extraction, with the work done beside it on the extraction cores.
    private func write(
        _ document: SourceDocument, hash: String, extracted: ExtractedDocument, signature: String,
        resolving: inout (entities: Double, quotes: Double)
    ) throws {
        let extraction = extracted.extraction
        let documentID: DocumentID
        if let existing = try store.document(hash: hash) {
            documentID = existing.id
            let quotes = try store.quotes(in: documentID)
            try store.deleteEvidence(of: documentID)
            try quoteResolver.reindex(quotes, in: store)
            try store.updateDocument(documentID, from: document, pipeline: signature)
        } else {
            documentID = try store.insertDocument(document, hash: hash, pipeline: signature)
        }
        // The whole document is resolved at once: a short form joins the one full name of its own article.
        var clock = Stopwatch()
        let entityIDs = try entityResolver.resolve(extracted.entities, document: documentID, in: store)
        resolving.entities += clock.lap()
        for (entity, id) in zip(extraction.entities, entityIDs) {
            for mention in entity.mentions {
                try store.insertMention(entity: id, document: documentID, span: mention.span, surface: mention.surface)
            }
        }
        func node(_ index: Int?) -> EntityID? {
            guard let index, entityIDs.indices.contains(index) else { return nil }
            return entityIDs[index]
        }
        for (quote, key) in zip(extraction.quotes, extracted.quoteKeys) {
            clock.reset()
            let (quoteID, joins) = try quoteResolver.resolution(
                of: quote, key: key, speaker: node(quote.speaker), via: node(quote.via), document: documentID, in: store)
            resolving.quotes += clock.lap()
            try store.insertAttribution(
                quote: quoteID, document: documentID, occurrence: quote, speaker: node(quote.speaker), via: node(quote.via))
            try store.insertQuoteMerges(joins, attribution: store.database.lastInsertRowID)
        }
        for relation in extraction.relations {
            guard let subject = node(relation.subject), let object = node(relation.object) else { continue }
            try store.insertRelation(
                subject: subject, predicate: relation.predicate, object: object, document: documentID,
                span: relation.span, evidence: relation.evidence)
        }
    }
}

extension Ingester.Summary {
    fileprivate mutating func add(_ outcome: Ingester.Outcome) {
        added += outcome.added
        reextracted += outcome.reextracted
        unchanged += outcome.unchanged
        rejected += outcome.rejected
        timings.extracting += outcome.timings.extracting
        timings.resolving += outcome.timings.resolving
        timings.resolvingQuotes += outcome.timings.resolvingQuotes
        timings.storing += outcome.timings.storing
        timings.committing += outcome.timings.committing
        timings.waitingForExtraction += outcome.timings.waitingForExtraction
    }
}

/// A chunk as the reader hands it over: documents with their content hashes, and the problems met reading it.
private struct ReadBatch: Sendable {
    var documents: [SourceDocument] = []
    var hashes: [String] = []
    var problems: [IngestProblem] = []
    var reading = 0.0
    var hashing = 0.0
}

/// Seconds between laps, from the monotonic clock.
struct Stopwatch {
    private var start = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the last lap (or since the stopwatch was made), and starts the next lap.
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { start = now }
        return Double(now &- start) / 1e9
    }

    mutating func reset() { start = DispatchTime.now().uptimeNanoseconds }
}

/// One document as the extraction cores leave it for the writer.
///
/// Beside the extraction, each worker makes its quotes' resolution keys (`QuoteResolver.Key`) and prepares its
/// entities for resolution (`EntityResolver.prepare`): pure work per document, kept off the one writer thread.
private struct ExtractedDocument {
    var extraction: Extraction
    /// Keys of `extraction.quotes`, in their order.
    var quoteKeys: [QuoteResolver.Key]
    var entities: EntityResolver.Prepared
    /// Seconds the worker took over it.
    var seconds: Double
}

/// The pipeline running over one chunk's texts on the extraction workers, in the background; results in input order.
private final class ExtractionJob: @unchecked Sendable {
    private let group = DispatchGroup()
    /// One element per text, each written by the one task that extracts it.
    private let results: UnsafeMutableBufferPointer<ExtractedDocument?>

    init(pipeline: Pipeline, resolver: EntityResolver, texts: [String], workers: ExtractionWorkers) {
        results = .allocate(capacity: texts.count)
        results.initialize(repeating: nil)
        for index in texts.indices {
            group.enter()
            workers.submit { [self] in
                var clock = Stopwatch()
                let extraction = pipeline.extract(texts[index])
                let keys = extraction.quotes.map { QuoteResolver.Key(text: $0.text) }
                let entities = resolver.prepare(extraction.entities)
                // The group's leave/wait orders this write before the writer's read.
                results[index] = ExtractedDocument(
                    extraction: extraction, quoteKeys: keys, entities: entities, seconds: clock.lap())
                group.leave()
            }
        }
    }

    /// Runs once every task has ended: each holds the job until it has.
    deinit {
        results.deinitialize()
        results.deallocate()
    }

    /// Blocks until every text is extracted; then the documents, in input order.
    @discardableResult
    func wait() -> [ExtractedDocument] {
        group.wait()
        return results.map { $0! }
    }
}

/// Reads items on a thread of its own, a few chunks ahead of the writer, hashing each text as it goes.
///
/// The queue holds at most `capacity` chunks, so memory stays bounded however long the input is.
private final class BatchReader: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [ReadBatch] = []
    private var done = false
    private var cancelled = false
    private let capacity = 4
    private var thread: Thread?

    init<Items: Sequence<IngestItem>>(_ items: Items, chunkSize: Int) {
        // The iterator is advanced on the reader thread only; nothing else touches it after this point.
        var iterator = items.makeIterator()
        let nextItem = UncheckedSendable { iterator.next() }
        let thread = Thread { [self] in
            var finished = false
            while !finished {
                var batch = ReadBatch()
                var clock = Stopwatch()
                while batch.documents.count < chunkSize {
                    guard let item = nextItem.value() else {
                        finished = true
                        break
                    }
                    switch item {
                    case let .problem(problem): batch.problems.append(problem)
                    case let .document(document): batch.documents.append(document)
                    }
                }
                // An input that ends at a chunk's end leaves nothing for one more chunk (and transaction).
                if finished && batch.documents.isEmpty && batch.problems.isEmpty { break }
                batch.reading = clock.lap()
                batch.hashes = batch.documents.map { SHA256.hex($0.text.utf8) }
                batch.hashing = clock.lap()
                guard put(batch) else { return }
            }
            condition.lock()
            done = true
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 4 << 20
        self.thread = thread
        thread.start()
    }

    /// Queues a batch, waiting while the queue is full; false once the writer has cancelled.
    private func put(_ batch: ReadBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        ready.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, waiting for the reader; nil once every item is read.
    func next() -> ReadBatch? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !done { condition.wait() }
        guard !ready.isEmpty else { return nil }
        let batch = ready.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Stops the reader at its next batch boundary (after an error, or at the end).
    func cancel() {
        condition.lock()
        cancelled = true
        ready.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}

/// A value handed to one other thread that alone uses it from then on.
private final class UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
