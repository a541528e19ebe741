import ArgumentParser
import Graph

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show what an entity said and was said about, by publication date.",
        discussion: """
            Roles: said (its words), relayed (others' words through it), quoted-about (others' words that name it),
            relation (a role or tie stated in an article). Undated articles come last.

            jsonl: one object per event: {"published", "role", "text", "quote", "other", "via", "predicate",
              "document": {"name", "title", "outlet", "published"}, "start"}

              graphctl timeline "Marta Lindqvist Berg"
              graphctl timeline FNA --since 2024-03 --until 2024-04 --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("A name, alias or id (E12).", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("Only events published on or after this date (2024, 2024-03, 2024-03-09).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only events published on or before this date.", valueName: "date"))
    var until: String?

    @Option(help: "The most events to show, earliest first.")
    var limit: Int?

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        try DateBound.validate(since, flag: "--since")
        try DateBound.validate(until, flag: "--until")
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try database.open(readOnly: true)
        let entity = try store.entity(named: name)
        let events = try store.timeline(of: entity, since: since, until: until, limit: limit)
        var out = Output()
        switch format {
        case .jsonl:
            for event in events { out.line(event.json.serialized()) }
        case .csv:
            out.raw(CSVField.record(["published", "role", "text", "quote", "other", "via", "predicate", "document"]))
            for e in events {
                out.raw(CSVField.record([
                    e.document.published ?? "", e.role.rawValue, e.text, e.quote.map { "Q\($0.rawValue)" } ?? "",
                    e.other?.name ?? "", e.via?.name ?? "", e.predicate ?? "", e.document.name,
                ]))
            }
        case .table:
            if events.isEmpty { out.line("nothing dated about \(entity.name)"); break }
            var table = Table(header: ["DATE", "ROLE", "WHO", "TEXT", "DOCUMENT"])
            for e in events {
                let who: String
                switch e.role {
                case .said: who = e.via.map { "via \($0.name)" } ?? ""
                case .relayed, .quotedAbout: who = e.other?.name ?? "(unknown)"
                case .relation: who = "\(e.predicate ?? "") \(e.other?.name ?? "")"
                }
                table.rows.append([
                    String((e.document.published ?? "undated").prefix(10)), e.role.rawValue, who, e.text, e.document.name,
                ])
            }
            out.line(table.render())
        }
        out.flush()
    }
}
