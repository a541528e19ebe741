import Foundation
@testable import Graph

/// An extractor for tests that reads its findings from the article itself, one per line:
///
///     E PERSON Park Min Ho | Park | Norvale's leader          an entity: type, name, aliases
///     E EVENT Harbour Freedom Shield | dates: Oct. 12-26      an entity with the span of days its sentence gives
///     Q 0 - direct | The words, as quoted.                   a quote: speaker index, via index (or -), kind, text
///     R 0 spokesperson_of 1 | evidence                       a relation: subject index, predicate, object index
///
/// Entities are numbered in order of their lines. Mentions and quote spans are the names' and words' own places in
/// the line, so the stored offsets are real.
struct ScriptedExtractor: Component {
    var name: String { "scripted" }
    var version: String { "1" }
    var requires: Set<Annotation> { [] }
    var assigns: Set<Annotation> { [.entities, .quotations, .attributions, .relations] }

    func process(_ doc: inout Doc) {
        var offset = 0
        for line in doc.text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { offset += line.utf8.count + 1 }
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let head = fields.first else { continue }
            let words = head.split(separator: " ")
            func span(of text: String) -> ByteSpan {
                guard let range = line.range(of: text) else { return ByteSpan(offset, offset) }
                let start = offset + line.utf8.distance(from: line.startIndex, to: range.lowerBound)
                return ByteSpan(start, start + text.utf8.count)
            }
            if words.first == "E", words.count >= 3, let type = EntityType(rawValue: String(words[1])) {
                let name = words.dropFirst(2).joined(separator: " ")
                let dates = fields.dropFirst().filter { $0.hasPrefix("dates:") }
                let aliases = fields.dropFirst().filter { !$0.hasPrefix("dates:") }
                doc.entities.append(DocEntity(
                    name: name, type: type, aliases: aliases, mentions: ([name] + aliases).map { span(of: $0) },
                    dateSpans: dates.flatMap { DateSpan.spans(in: String($0.dropFirst(6))) }))
            } else if words.first == "R", words.count == 4, let subject = Int(words[1]), let object = Int(words[3]) {
                doc.relations.append(DocRelation(
                    subject: subject, predicate: String(words[2]), object: object, evidence: span(of: fields.count > 1 ? fields[1] : head)))
            } else if words.first == "Q", words.count >= 4, fields.count >= 2 {
                let text = fields[1]
                doc.quotes.append(DocQuote(
                    span: span(of: text), kind: QuoteKind(rawValue: String(words[3])) ?? .direct,
                    speaker: Int(words[1]), via: Int(words[2]), cue: "said", confidence: 0.9,
                    extractor: "scripted", extractorVersion: "1"))
            }
        }
    }
}

/// A temporary graph fed with scripted articles.
final class ScriptedGraph {
    let path: String
    let store: GraphStore
    let pipeline: Pipeline
    let resolver: EntityResolver

    init(resolver: EntityResolver = EntityResolver()) throws {
        path = NSTemporaryDirectory() + "resolve-test-\(UUID().uuidString).sqlite"
        store = try GraphStore(path: path)
        pipeline = try Pipeline([ScriptedExtractor()])
        self.resolver = resolver
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Ingests articles, given as (name, script) pairs, in order.
    @discardableResult
    func ingest(
        _ articles: [(String, String)], batchSize: Int = 64, reextract: Bool = false, published: [String: String] = [:]
    ) throws -> Ingester.Summary {
        let ingester = Ingester(
            store: store, pipeline: pipeline, options: .init(reextract: reextract, batchSize: batchSize), resolver: resolver)
        // The name ends each text, so that two articles with the same findings are still two articles.
        return try ingester.ingest(articles.map {
            IngestItem.document(SourceDocument(name: $0.0, published: published[$0.0], text: "\($0.1)\n# \($0.0)"))
        })
    }

    var curator: Curator { Curator(store: store, pipeline: pipeline) }

    var entities: [EntityRecord] {
        get throws {
            var all: [EntityRecord] = []
            try store.forEachEntity { all.append($0) }
            return all
        }
    }

    var quotes: [QuoteRecord] {
        get throws {
            var all: [QuoteRecord] = []
            try store.forEachQuote { all.append($0) }
            return all
        }
    }

    /// Nodes whose name or alias has the key of `name`.
    func nodes(named name: String) throws -> [EntityRecord] {
        let key = NameKey.name(name)
        return try entities.filter { record in
            ([record.entity.name] + record.aliases).contains { NameKey.name($0) == key || NameKey.name($0, type: .person) == key }
        }
    }

    /// The one node named `name`; fails the test when there are none or several.
    func node(_ name: String) throws -> EntityRecord {
        let found = try nodes(named: name)
        guard found.count == 1 else { throw TestFailure("\(found.count) nodes named \(name): \(found.map(\.entity.name))") }
        return found[0]
    }

    /// The quote nodes one of whose occurrences reads `text` (by quote key).
    func quotes(reading text: String) throws -> [QuoteRecord] {
        let key = NameKey.quote(text)
        return try quotes.filter { $0.occurrences.contains { NameKey.quote($0.text) == key } }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
