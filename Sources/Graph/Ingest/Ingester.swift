import Dispatch
import Foundation

/// Reads articles, extracts them on every core, and stores them in batches through one writer.
///
/// Each batch is one transaction and each document a savepoint inside it: a document is stored whole (text,
/// mentions, attributions, relations) or not at all. A document whose text is already stored is skipped, unless
/// the pipeline that extracted it differs from the current one or `reextract` is set; then its evidence is replaced.
public final class Ingester {
    public struct Options: Sendable {
        /// Extract again even documents stored by the current pipeline.
        public var reextract = false
        /// Documents per transaction.
        public var batchSize = 64
        public init(reextract: Bool = false, batchSize: Int = 64) {
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
        public init() {}
    }

    let store: GraphStore
    let pipeline: Pipeline
    let options: Options
    private let entityResolver = EntityResolver()
    private let quoteResolver = QuoteResolver()

    public init(store: GraphStore, pipeline: Pipeline = .standard, options: Options = Options()) {
        self.store = store
        self.pipeline = pipeline
        self.options = options
    }

    /// Ingests every item; problems are collected in the summary, never thrown.
    ///
    /// - Parameter progress: called after each batch with the counts so far.
    /// - Throws: only `StoreError`s that leave no batch usable (the disk is full, the file is locked too long).
    public func ingest<Items: Sequence<IngestItem>>(
        _ items: Items, progress: (Summary) -> Void = { _ in }
    ) throws -> Summary {
        var summary = Summary()
        var batch: [SourceDocument] = []
        for item in items {
            switch item {
            case let .problem(problem):
                summary.rejected.append(problem)
            case let .document(document):
                batch.append(document)
                if batch.count >= options.batchSize {
                    try store(batch, into: &summary)
                    batch.removeAll(keepingCapacity: true)
                    progress(summary)
                }
            }
        }
        if !batch.isEmpty {
            try store(batch, into: &summary)
            progress(summary)
        }
        summary.entities = Int(try store.database.scalarInt("SELECT count(*) FROM entity"))
        summary.quotes = Int(try store.database.scalarInt("SELECT count(*) FROM quote"))
        return summary
    }

    private func store(_ batch: [SourceDocument], into summary: inout Summary) throws {
        let signature = pipeline.signature
        let hashes = batch.map { SHA256.hex($0.text.utf8) }
        var stored: [StoredDocument?] = []
        for hash in hashes { stored.append(try store.document(hash: hash)) }
        let needed = batch.indices.filter { index in
            guard let existing = stored[index] else { return true }
            return options.reextract || existing.pipeline != signature
        }
        let extractions = extractConcurrently(needed.map { batch[$0].text })

        try store.database.write {
            var seen: Set<String> = []
            for (position, index) in needed.enumerated() {
                guard seen.insert(hashes[index]).inserted else {
                    summary.unchanged += 1
                    continue
                }
                do {
                    try store.database.write {
                        try write(batch[index], hash: hashes[index], extraction: extractions[position], signature: signature)
                    }
                    if stored[index] == nil { summary.added += 1 } else { summary.reextracted += 1 }
                } catch let error as StoreError {
                    if case .sqlite(let code, _, _) = error, code & 0xFF == 13 || code & 0xFF == 10 {
                        throw error  // disk full or I/O error: nothing else will get in either
                    }
                    summary.rejected.append(IngestProblem(file: batch[index].name, reason: "not stored: \(error)"))
                }
            }
            summary.unchanged += batch.count - needed.count
            if needed.contains(where: { stored[$0] != nil }) { try store.deleteOrphans() }
        }
    }

    /// Writes one document and its evidence; the caller's savepoint makes it all-or-nothing.
    private func write(_ document: SourceDocument, hash: String, extraction: Extraction, signature: String) throws {
        let documentID: DocumentID
        if let existing = try store.document(hash: hash) {
            documentID = existing.id
            try store.deleteEvidence(of: documentID)
            try store.updateDocument(documentID, from: document, pipeline: signature)
        } else {
            documentID = try store.insertDocument(document, hash: hash, pipeline: signature)
        }
        var entityIDs: [EntityID] = []
        for entity in extraction.entities {
            let id = try entityResolver.resolve(entity, in: store)
            entityIDs.append(id)
            for mention in entity.mentions {
                try store.insertMention(entity: id, document: documentID, span: mention.span, surface: mention.surface)
            }
        }
        func node(_ index: Int?) -> EntityID? {
            guard let index, entityIDs.indices.contains(index) else { return nil }
            return entityIDs[index]
        }
        for quote in extraction.quotes {
            let quoteID = try quoteResolver.resolve(quote, in: store)
            try store.insertAttribution(
                quote: quoteID, document: documentID, occurrence: quote, speaker: node(quote.speaker), via: node(quote.via))
        }
        for relation in extraction.relations {
            guard let subject = node(relation.subject), let object = node(relation.object) else { continue }
            try store.insertRelation(
                subject: subject, predicate: relation.predicate, object: object, document: documentID,
                span: relation.span, evidence: relation.evidence)
        }
    }

    /// Runs the pipeline over `texts` on every core; results come back in input order.
    private func extractConcurrently(_ texts: [String]) -> [Extraction] {
        guard texts.count > 1 else { return texts.map(pipeline.extract) }
        let results = ResultSlots<Extraction>(count: texts.count)
        let pipeline = self.pipeline
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            results.set(index, pipeline.extract(texts[index]))
        }
        return results.values
    }
}

/// Slots that concurrent workers fill, one index each; read once all workers are done.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.map { $0! } }
}
