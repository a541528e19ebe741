import ArgumentParser
import Foundation
import Graph

struct Merges: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merges",
        abstract: "List how names were joined to entities: by which tier, with what confidence, in which document.",
        discussion: """
            Every join of an article's entity to a node by more than its exact name is recorded (reasons: alias,
            known-alias, initials, name-order, middle-initial, nickname, surname, short-form, curated) and so is
            every analyst merge. Undo one with
            `graphctl unmerge M12`. The analyst's stored rules are listed with --rules.

            With --quotes, the joins of quote occurrences to quote nodes instead (reasons: exact, typography,
            editorial, relay, fragment, longer-form, overlap), each with the occurrence's document and the text key
            it matched; undo one with `graphctl unmerge QM12`. --quotes --rules lists the stored quote rules.

            jsonl: {"id", "entity": {"id", "name", "type"}, "name", "type", "reason", "detail", "confidence",
                    "document", "analyst", "created_at"}
            --rules jsonl: {"id", "action", "name", "key", "target", "target_key", "created_at"}
            --quotes jsonl: {"id", "quote": {"id", "text"}, "occurrence", "document", "reason", "detail",
                    "confidence", "key", "other_key", "created_at"}
            --quotes --rules jsonl: {"id", "document_hash", "key", "other_key", "created_at"}

              graphctl merges --entity "Marta Lindqvist Berg"
              graphctl merges --rules
              graphctl merges --quotes --quote Q7
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only merges into this entity (an id such as E12, or a name).")
    var entity: String?

    @Option(help: "At most this many, newest first.")
    var limit = 1000

    @Flag(help: "List the analyst's curation rules instead.")
    var rules = false

    @Flag(help: "List joins of quote occurrences to quote nodes instead of entity merges.")
    var quotes = false

    @Option(help: "With --quotes: only joins into this quote node (an id such as Q7).")
    var quote: String?

    func validate() throws {
        if quote != nil && !quotes { throw ValidationError("--quote goes with --quotes") }
        if let quote, quoteID(quote) == nil { throw ValidationError("'\(quote)' is not a quote id such as Q7") }
    }

    private func quoteID(_ text: String) -> QuoteID? {
        Int64(text.hasPrefix("Q") || text.hasPrefix("q") ? String(text.dropFirst()) : text).map(QuoteID.init(rawValue:))
    }

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try database.open(readOnly: true)
        var out = Output()
        if quotes {
            try runQuotes(store, into: &out)
            out.flush()
            return
        }
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

    /// The quote merge log, or with --rules the quote rules.
    private func runQuotes(_ store: GraphStore, into out: inout Output) throws {
        if rules {
            let header = ["id", "document_hash", "key", "other_key", "created_at"]
            var table = Table(header: header.map { $0.uppercased() })
            if format == .csv { out.raw(CSVField.record(header)) }
            for rule in try store.allQuoteRules() {
                let fields = ["QR\(rule.id)", rule.documentHash, rule.key, rule.otherKey, rule.createdAt]
                switch format {
                case .jsonl: out.line(JSONValue.object(zip(header, fields.map(JSONValue.string)).map { ($0, $1) }).serialized())
                case .csv: out.raw(CSVField.record(fields))
                case .table: table.rows.append(fields)
                }
            }
            if format == .table { out.line(table.render()) }
            return
        }
        let header = ["id", "quote_id", "quote", "occurrence", "document", "reason", "detail", "confidence", "key", "other_key", "created_at"]
        var table = Table(header: ["ID", "INTO", "OCCURRENCE", "REASON", "CONF", "DOCUMENT", "DETAIL"])
        if format == .csv { out.raw(CSVField.record(header)) }
        for record in try store.quoteMerges(into: quote.flatMap(quoteID), limit: limit) {
            let confidence = String(format: "%.2f", record.confidence)
            let node = "Q\(record.quote.rawValue)"
            switch format {
            case .jsonl:
                out.line(JSONValue.object([
                    ("id", .string(record.jsonID)),
                    ("quote", .object([("id", .string(node)), ("text", .string(record.quoteText))])),
                    ("occurrence", .string(record.surface)),
                    ("document", .string(record.document)),
                    ("reason", .string(record.reason)),
                    ("detail", .string(record.detail)),
                    ("confidence", .double(record.confidence)),
                    ("key", .string(record.key)),
                    ("other_key", .string(record.otherKey)),
                    ("created_at", .string(record.createdAt)),
                ]).serialized())
            case .csv:
                out.raw(CSVField.record([
                    record.jsonID, node, record.quoteText, record.surface, record.document, record.reason, record.detail,
                    confidence, record.key, record.otherKey, record.createdAt,
                ]))
            case .table:
                table.rows.append([
                    record.jsonID, "\(Self.short(record.quoteText)) (\(node))", Self.short(record.surface), record.reason,
                    confidence, record.document, record.detail,
                ])
            }
        }
        if format == .table { out.line(table.render()) }
    }

    /// A long text cut to its first words, for a table cell.
    private static func short(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }
}
