import ArgumentParser
import Graph

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count what the graph holds: documents, entities by type, quotes by kind, top speakers and media.",
        discussion: """
              graphctl stats
              graphctl stats --format jsonl
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table or jsonl (one object).")
    var format: OutputFormat = .table

    func run() throws {
        let stats = try database.open(readOnly: true).stats()
        var out = Output()
        switch format {
        case .jsonl, .csv:
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
            ]).serialized())
        case .table:
            out.line("documents     \(stats.documents)")
            out.line("entities      \(stats.entities)  (" + EntityType.allCases.map { "\($0.rawValue) \(stats.entitiesByType[$0] ?? 0)" }.joined(separator: ", ") + ")")
            out.line("quotes        \(stats.quotes)  in \(stats.attributions) occurrences ("
                + QuoteKind.allCases.map { "\($0.rawValue) \(stats.attributionsByKind[$0] ?? 0)" }.joined(separator: ", ") + ")")
            out.line("no speaker    \(stats.attributionsWithoutSpeaker) occurrences")
            out.line("mentions      \(stats.mentions)")
            out.line("relations     \(stats.relations)")
            if !stats.topSpeakers.isEmpty {
                out.line("most quoted   " + stats.topSpeakers.map { "\($0.entity.name) (\($0.count))" }.joined(separator: ", "))
            }
            if !stats.topMedia.isEmpty {
                out.line("most cited    " + stats.topMedia.map { "\($0.entity.name) (\($0.count))" }.joined(separator: ", "))
            }
            for pipeline in stats.pipelines { out.line("pipeline      \(pipeline.signature)  (\(pipeline.documents) documents)") }
            out.line("schema        version \(stats.schemaVersion)")
        }
        out.flush()
    }
}
