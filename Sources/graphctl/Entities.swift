import ArgumentParser
import Graph

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List entity nodes: people, organisations, places and events, with their aliases.",
        discussion: """
            jsonl: one JSON object per entity node:
              {"id", "name", "type", "aliases": [...], "documents": [...], "mentions"}

              graphctl entities
              graphctl entities --type PERSON --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    @Option(help: "Only entities of this type: PERSON, ORG, GPE, LOC, EVENT or OTHER.")
    var type: EntityTypeArgument?

    func run() throws {
        let store = try database.open(readOnly: true)
        var out = Output()
        var table = Table(header: ["ID", "TYPE", "NAME", "MENTIONS", "DOCS", "ALIASES"])
        if format == .csv { out.raw(CSVField.record(["id", "name", "type", "aliases", "documents", "mentions"])) }
        try store.forEachEntity { record in
            if let type, record.entity.type != type.value { return }
            switch format {
            case .jsonl:
                out.line(record.json.serialized())
            case .csv:
                out.raw(CSVField.record([
                    record.entity.jsonID, record.entity.name, record.entity.type.rawValue,
                    record.aliases.joined(separator: "|"), record.documents.joined(separator: "|"), String(record.mentionCount),
                ]))
            case .table:
                table.rows.append([
                    record.entity.jsonID, record.entity.type.rawValue, record.entity.name, String(record.mentionCount),
                    String(record.documents.count), record.aliases.joined(separator: ", "),
                ])
            }
        }
        if format == .table { out.line(table.render()) }
        out.flush()
    }
}

typealias EntityTypeArgument = Choice<EntityType>
