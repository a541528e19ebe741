import Foundation
@testable import Graph

/// A small graph written for the query tests, shaped like the seed articles (a leader quoted through a news agency,
/// a spokesman's words carried by two outlets) but in this project's own words.
///
/// The articles are stored through the real `Ingester`, with a pipeline whose one component annotates each known
/// text as the fixture says: entities (every occurrence of a name or alias is a mention), quotes and relations.
/// Shared by GraphTests and graphctlTests (a symlink), so the end-to-end tests query the same graph.
struct QueryFixture {
    struct Article: Sendable {
        var name: String
        var published: String?
        var outlet: String?
        var text: String
        var entities: [(name: String, type: EntityType, aliases: [String])]
        var quotes: [(text: String, speaker: String?, via: String?, kind: QuoteKind, confidence: Double)]
        var relations: [(subject: String, predicate: String, object: String, evidence: String)]
    }

    static let articles: [Article] = [
        Article(
            name: "a.txt", published: "2024-03-01T08:00:00Z", outlet: "Harbor Wire",
            text: """
                Shipyard visit
                Marta Lindqvist Berg toured a shipyard, the Fjord News Agency (FNA) said on Friday.
                "The pace of our fleet repairs depends on the shipyards," Lindqvist said, according to FNA.
                Coast Guard Command spokesman Jan-Olav Sunde said the drills were "entirely necessary to answer the pressure from Norland."
                """,
            entities: [
                ("Marta Lindqvist Berg", .person, ["Lindqvist"]), ("Fjord News Agency", .organization, ["FNA"]),
                ("Coast Guard Command", .organization, []), ("Jan-Olav Sunde", .person, []),
                ("Norland", .geopolitical, []),
            ],
            quotes: [
                ("The pace of our fleet repairs depends on the shipyards,", "Marta Lindqvist Berg", "Fjord News Agency", .direct, 0.9),
                ("entirely necessary to answer the pressure from Norland.", "Jan-Olav Sunde", nil, .partial, 0.8),
            ],
            relations: [("Jan-Olav Sunde", "spokesperson_of", "Coast Guard Command", "Coast Guard Command spokesman Jan-Olav Sunde")]),
        Article(
            name: "b.txt", published: "2024-03-02T09:30:00Z", outlet: "Coastal Daily",
            text: """
                Drills go on
                Norland's leader Marta Lindqvist-Berg said “the pace of our fleet repairs depends on the shipyards”, FNA reported.
                Harbor Wire quoted Jan-Olav Sunde as saying the drills were “entirely necessary to answer the pressure from Norland.”
                Sara Lindqvist, the sister of Marta Lindqvist-Berg, called the drills “reckless”, Lindqvist said.
                """,
            entities: [
                ("Marta Lindqvist Berg", .person, ["Marta Lindqvist-Berg"]), ("Fjord News Agency", .organization, ["FNA"]),
                ("Harbor Wire", .organization, []), ("Jan-Olav Sunde", .person, []), ("Norland", .geopolitical, []),
                ("Sara Lindqvist", .person, ["Lindqvist"]),
            ],
            quotes: [
                ("the pace of our fleet repairs depends on the shipyards", "Marta Lindqvist Berg", "Fjord News Agency", .partial, 0.85),
                ("entirely necessary to answer the pressure from Norland.", "Jan-Olav Sunde", "Harbor Wire", .partial, 0.8),
                ("reckless", "Sara Lindqvist", nil, .scare, 0.5),
            ],
            relations: [("Sara Lindqvist", "sibling_of", "Marta Lindqvist Berg", "Sara Lindqvist, the sister of Marta Lindqvist-Berg")]),
        Article(
            name: "c.txt", published: nil, outlet: nil,
            text: """
                Visit to Bergen
                Erik Haugland met Marta Lindqvist Berg in Bergen. "Norway stands with its fishermen," Haugland said.
                Haugland is the fisheries minister of Norway.
                """,
            entities: [
                ("Erik Haugland", .person, ["Haugland"]), ("Marta Lindqvist Berg", .person, []), ("Bergen", .geopolitical, []),
                ("Norway", .geopolitical, []),
            ],
            quotes: [("Norway stands with its fishermen,", "Erik Haugland", nil, .direct, 0.95)],
            relations: [("Erik Haugland", "minister_of", "Norway", "Haugland is the fisheries minister of Norway")]),
        Article(
            name: "d.txt", published: "2024-04-10", outlet: "Harbor Wire",
            text: """
                Quarterly results
                Jane Roe of Acme Corp said "profits rose in every region" this quarter.
                """,
            entities: [("Jane Roe", .person, []), ("Acme Corp", .organization, [])],
            quotes: [("profits rose in every region", "Jane Roe", nil, .direct, 0.7)],
            relations: []),
    ]

    /// Creates a database at a new temporary path and stores the articles in it; delete it with `remove()`.
    static func make(articles: [Article] = QueryFixture.articles) throws -> QueryFixture {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("graph-query-\(UUID().uuidString).sqlite").path
        // To look at the fixture graph by hand: QUERY_FIXTURE_COPY=/tmp/fixture.sqlite swift test --filter QueryTests
        if let copy = ProcessInfo.processInfo.environment["QUERY_FIXTURE_COPY"], !copy.isEmpty,
           !FileManager.default.fileExists(atPath: copy) {
            try store(articles, at: copy)
        }
        try store(articles, at: path)
        return QueryFixture(path: path)
    }

    private static func store(_ articles: [Article], at path: String) throws {
        let store = try GraphStore(path: path)
        let pipeline = try Pipeline([FixtureComponent(articles: articles)])
        let summary = try Ingester(store: store, pipeline: pipeline).ingest(articles.map {
            IngestItem.document(SourceDocument(name: $0.name, title: nil, outlet: $0.outlet, published: $0.published, text: $0.text))
        })
        precondition(summary.rejected.isEmpty, "fixture rejected: \(summary.rejected)")
    }

    let path: String

    func remove() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// Annotates the fixture's texts as the fixture describes them, finding every span by its words.
struct FixtureComponent: Component {
    let articles: [QueryFixture.Article]
    var name: String { "query-fixture" }
    var version: String { "1" }
    var requires: Set<Annotation> { [] }
    var assigns: Set<Annotation> { [.entities, .attributions, .relations] }

    func process(_ doc: inout Doc) {
        guard let article = articles.first(where: { $0.text == doc.text }) else { return }
        let bytes = doc.bytes
        func find(_ words: String, after start: Int = 0) -> ByteSpan? {
            let needle = Array(words.utf8)
            guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
            for i in start...(bytes.count - needle.count) where bytes[i..<(i + needle.count)].elementsEqual(needle) {
                return ByteSpan(i, i + needle.count)
            }
            return nil
        }
        // Longest names first, so that "Lindqvist" inside "Marta Lindqvist Berg" is not a mention of its own.
        var taken: [ByteSpan] = []
        var mentions = Array(repeating: [ByteSpan](), count: article.entities.count)
        let surfaces = article.entities.enumerated().flatMap { index, entity in
            ([entity.name] + entity.aliases).map { (index, $0) }
        }.sorted { $0.1.utf8.count > $1.1.utf8.count }
        for (index, surface) in surfaces {
            var from = 0
            while let span = find(surface, after: from) {
                from = span.end
                let isWord = (span.start == 0 || !Self.isLetter(bytes[span.start - 1]))
                    && (span.end == bytes.count || !Self.isLetter(bytes[span.end]))
                if isWord && !taken.contains(where: { $0.overlaps(span) }) {
                    taken.append(span)
                    mentions[index].append(span)
                }
            }
        }
        doc.entities = article.entities.enumerated().map { index, entity in
            DocEntity(name: entity.name, type: entity.type, aliases: entity.aliases, mentions: mentions[index].sorted())
        }
        func entityIndex(_ name: String?) -> Int? { name.flatMap { n in article.entities.firstIndex { $0.name == n } } }
        doc.quotes = article.quotes.compactMap { quote in
            guard let span = find(quote.text) else { return nil }
            return DocQuote(
                span: span, kind: quote.kind, speaker: entityIndex(quote.speaker), via: entityIndex(quote.via), cue: "said",
                confidence: quote.confidence, extractor: "query-fixture", extractorVersion: "1")
        }
        doc.relations = article.relations.compactMap { relation in
            guard let subject = entityIndex(relation.subject), let object = entityIndex(relation.object),
                  let span = find(relation.evidence) else { return nil }
            return DocRelation(subject: subject, predicate: relation.predicate, object: object, evidence: span)
        }
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }
}
