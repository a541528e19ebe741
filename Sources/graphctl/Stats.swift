import ArgumentParser
import Graph

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count what the graph holds: documents, entities by type, quotes by kind, top speakers and media.",
        discussion: """
            jsonl: one object. csv: one row per count: part,name,count (part is documents, entities, type, quotes,
              occurrences, kind, occurrences_without_speaker, quotes_without_speaker, mentions, relations, speaker,
              medium, extractor, pipeline or schema_version).

              graphctl stats
              graphctl stats --format jsonl
              graphctl stats --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table, jsonl (one object) or csv (one row per count).")
    var format: OutputFormat = .table

    func run() throws {
        let store = try database.open(readOnly: true)
        let stats = try store.stats()
        let extractors = stats.extractors
        let speakerless = stats.quotesWithoutSpeaker
        var out = Output()
        switch format {
        case .csv:
            var rows: [(String, String, Int)] = [("documents", "", stats.documents), ("entities", "", stats.entities)]
            rows += EntityType.allCases.map { ("type", $0.rawValue, stats.entitiesByType[$0] ?? 0) }
            rows += [("quotes", "", stats.quotes), ("occurrences", "", stats.attributions)]
            rows += QuoteKind.allCases.map { ("kind", $0.rawValue, stats.attributionsByKind[$0] ?? 0) }
            rows += [("occurrences_without_speaker", "", stats.attributionsWithoutSpeaker),
                     ("quotes_without_speaker", "", speakerless), ("mentions", "", stats.mentions),
                     ("relations", "", stats.relations)]
            rows += stats.topSpeakers.map { ("speaker", $0.entity.name, $0.count) }
            rows += stats.topMedia.map { ("medium", $0.entity.name, $0.count) }
            rows += extractors.map { ("extractor", "\($0.extractor)@\($0.version)", $0.occurrences) }
            rows += stats.pipelines.map { ("pipeline", $0.signature, $0.documents) }
            rows.append(("schema_version", "", stats.schemaVersion))
            out.raw(CSVField.record(["part", "name", "count"]))
            for (part, name, count) in rows { out.raw(CSVField.record([part, name, String(count)])) }
        case .jsonl:
            out.line(JSONValue.object([
                ("documents", .int(Int64(stats.documents))),
                ("entities", .int(Int64(stats.entities))),
                ("entities_by_type", .object(EntityType.allCases.map { ($0.rawValue, .int(Int64(stats.entitiesByType[$0] ?? 0))) })),
                ("quotes", .int(Int64(stats.quotes))),
                ("attributions", .int(Int64(stats.attributions))),
                ("attributions_by_kind", .object(QuoteKind.allCases.map { ($0.rawValue, .int(Int64(stats.attributionsByKind[$0] ?? 0))) })),
                ("attributions_without_speaker", .int(Int64(stats.attributionsWithoutSpeaker))),
                ("mentions", .int(Int64(stats.mentions))),
                ("relations", .int(Int64(stats.relations))),
                ("top_speakers", .array(stats.topSpeakers.map { .object([("name", .string($0.entity.name)), ("count", .int(Int64($0.count)))]) })),
                ("top_media", .array(stats.topMedia.map { .object([("name", .string($0.entity.name)), ("count", .int(Int64($0.count)))]) })),
                ("pipelines", .array(stats.pipelines.map { .object([("pipeline", .string($0.signature)), ("documents", .int(Int64($0.documents)))]) })),
                ("schema_version", .int(Int64(stats.schemaVersion))),
                ("quotes_without_speaker", .int(Int64(speakerless))),
                ("extractors", .array(extractors.map {
                    .object([("extractor", .string($0.extractor)), ("version", .string($0.version)), ("occurrences", .int(Int64($0.occurrences)))])
                })),
            ]).serialized())
        case .table:
            out.line("documents     \(stats.documents)")
            out.line("entities      \(stats.entities)  (" + EntityType.allCases.map { "\($0.rawValue) \(stats.entitiesByType[$0] ?? 0)" }.joined(separator: ", ") + ")")
            out.line("quotes        \(stats.quotes)  in \(stats.attributions) occurrences ("
                + QuoteKind.allCases.map { "\($0.rawValue) \(stats.attributionsByKind[$0] ?? 0)" }.joined(separator: ", ") + ")")
            out.line("no speaker    \(stats.attributionsWithoutSpeaker) occurrences, \(speakerless) quotes")
            out.line("mentions      \(stats.mentions)")
            out.line("relations     \(stats.relations)")
            if !stats.topSpeakers.isEmpty {
                out.line("most quoted   " + stats.topSpeakers.map { "\($0.entity.name) (\($0.count))" }.joined(separator: ", "))
            }
            if !stats.topMedia.isEmpty {
                out.line("most cited    " + stats.topMedia.map { "\($0.entity.name) (\($0.count))" }.joined(separator: ", "))
            }
            for e in extractors { out.line("extractor     \(e.extractor)@\(e.version)  (\(e.occurrences) occurrences)") }
            for pipeline in stats.pipelines { out.line("pipeline      \(pipeline.signature)  (\(pipeline.documents) documents)") }
            out.line("schema        version \(stats.schemaVersion)")
        }
        out.flush()
    }
}
