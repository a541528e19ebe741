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
            name: "a.txt", published: "2024-03-01T08:00:00Z", outlet: "Reuters",
            text: """
                Factory visit
                Kim Jong Un toured a munitions factory, the Korean Central News Agency (KCNA) said on Friday.
                "The level of our war preparations depends on the munitions industry," Kim said, according to KCNA.
                Joint Chiefs of Staff spokesman Lee Sung-jun said the drills were "absolutely necessary to respond to the threat from North Korea."
                """,
            entities: [
                ("Kim Jong Un", .person, ["Kim"]), ("Korean Central News Agency", .organization, ["KCNA"]),
                ("Joint Chiefs of Staff", .organization, []), ("Lee Sung-jun", .person, []),
                ("North Korea", .geopolitical, []),
            ],
            quotes: [
                ("The level of our war preparations depends on the munitions industry,", "Kim Jong Un", "Korean Central News Agency", .direct, 0.9),
                ("absolutely necessary to respond to the threat from North Korea.", "Lee Sung-jun", nil, .partial, 0.8),
            ],
            relations: [("Lee Sung-jun", "spokesperson_of", "Joint Chiefs of Staff", "Joint Chiefs of Staff spokesman Lee Sung-jun")]),
        Article(
            name: "b.txt", published: "2024-03-02T09:30:00Z", outlet: "Yonhap",
            text: """
                Drills go on
                North Korea's leader Kim Jong-un said “the level of our war preparations depends on the munitions industry”, KCNA reported.
                Reuters quoted Lee Sung-jun as saying the drills were “absolutely necessary to respond to the threat from North Korea.”
                Kim Yo Jong, the sister of Kim Jong-un, called the drills “frantic”, Kim said.
                """,
            entities: [
                ("Kim Jong Un", .person, ["Kim Jong-un"]), ("Korean Central News Agency", .organization, ["KCNA"]),
                ("Reuters", .organization, []), ("Lee Sung-jun", .person, []), ("North Korea", .geopolitical, []),
                ("Kim Yo Jong", .person, ["Kim"]),
            ],
            quotes: [
                ("the level of our war preparations depends on the munitions industry", "Kim Jong Un", "Korean Central News Agency", .partial, 0.85),
                ("absolutely necessary to respond to the threat from North Korea.", "Lee Sung-jun", "Reuters", .partial, 0.8),
                ("frantic", "Kim Yo Jong", nil, .scare, 0.5),
            ],
            relations: [("Kim Yo Jong", "sibling_of", "Kim Jong Un", "Kim Yo Jong, the sister of Kim Jong-un")]),
        Article(
            name: "c.txt", published: nil, outlet: nil,
            text: """
                Visit to Pyongyang
                Sergei Shoigu met Kim Jong Un in Pyongyang. "Russia stands with its friends," Shoigu said.
                Shoigu is the defence minister of Russia.
                """,
            entities: [
                ("Sergei Shoigu", .person, ["Shoigu"]), ("Kim Jong Un", .person, []), ("Pyongyang", .geopolitical, []),
                ("Russia", .geopolitical, []),
            ],
            quotes: [("Russia stands with its friends,", "Sergei Shoigu", nil, .direct, 0.95)],
            relations: [("Sergei Shoigu", "defense_minister_of", "Russia", "Shoigu is the defence minister of Russia")]),
        Article(
            name: "d.txt", published: "2024-04-10", outlet: "Reuters",
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
        // Longest names first, so that "Kim" inside "Kim Jong Un" is not a mention of its own.
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
