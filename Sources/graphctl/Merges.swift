import ArgumentParser
import Foundation
import Graph

struct Merges: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List how names were joined to entities: by which tier, with what confidence, in which document.",
        discussion: """
            Every join of an article's entity to a node by more than its exact name is recorded (reasons: alias,
            known-alias, initials, name-order, short-form, curated) and so is every analyst merge. Undo one with
            `graphctl unmerge M12`. The analyst's stored rules are listed with --rules.

            jsonl: {"id", "entity": {"id", "name", "type"}, "name", "type", "reason", "detail", "confidence",
                    "document", "analyst", "created_at"}
            --rules jsonl: {"id", "action", "name", "key", "target", "target_key", "created_at"}

              graphctl merges --entity "Marta Lindqvist Berg"
              graphctl merges --rules
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only merges into this entity (an id such as E12, or a name).")
    var entity: String?

    @Option(help: "At most this many, newest first.")
    var limit = 1000

    @Flag(help: "List the analyst's curation rules instead.")
    var rules = false

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try database.open(readOnly: true)
        var out = Output()
        if rules {
            let header = ["id", "action", "name", "key", "target", "target_key", "created_at"]
            var table = Table(header: header.map { $0.uppercased() })
            if format == .csv { out.raw(CSVField.record(header)) }
            for rule in try store.allRules() {
                let fields = ["R\(rule.id)", rule.action.rawValue, rule.name, rule.key, rule.target, rule.targetKey, rule.createdAt]
                switch format {
                case .jsonl: out.line(JSONValue.object(zip(header, fields.map(JSONValue.string)).map { ($0, $1) }).serialized())
                case .csv: out.raw(CSVField.record(fields))
                case .table: table.rows.append(fields)
                }
            }
            if format == .table { out.line(table.render()) }
            out.flush()
            return
        }
        let filter = try entity.map { try Curator(store: store).node($0).id }
        var table = Table(header: ["ID", "INTO", "NAME", "REASON", "CONF", "DOCUMENT", "DETAIL"])
        let header = ["id", "entity_id", "entity", "name", "type", "reason", "detail", "confidence", "document", "analyst", "created_at"]
        if format == .csv { out.raw(CSVField.record(header)) }
        for record in try store.merges(into: filter, limit: limit) {
            let confidence = String(format: "%.2f", record.confidence)
            switch format {
            case .jsonl:
                out.line(JSONValue.object([
                    ("id", .string("M\(record.id)")),
                    ("entity", record.entity.json),
                    ("name", .string(record.name)),
                    ("type", .string(record.type.rawValue)),
                    ("reason", .string(record.reason)),
                    ("detail", .string(record.detail)),
                    ("confidence", .double(record.confidence)),
                    ("document", JSONValue(record.document)),
                    ("analyst", .bool(record.analyst)),
                    ("created_at", .string(record.createdAt)),
                ]).serialized())
            case .csv:
                out.raw(CSVField.record([
                    "M\(record.id)", record.entity.jsonID, record.entity.name, record.name, record.type.rawValue,
                    record.reason, record.detail, confidence, record.document ?? "", record.analyst ? "1" : "0",
                    record.createdAt,
                ]))
            case .table:
                table.rows.append([
                    "M\(record.id)", "\(record.entity.name) (\(record.entity.jsonID))", record.name, record.reason,
                    confidence, record.document ?? (record.analyst ? "(analyst)" : ""), record.detail,
                ])
            }
        }
        if format == .table { out.line(table.render()) }
        out.flush()
    }
}
