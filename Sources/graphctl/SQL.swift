import ArgumentParser
import Graph

struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL statement against the graph, for what no command answers.",
        discussion: """
            The database is opened read-only and only reading is allowed: SELECT, WITH, EXPLAIN, VALUES and the
            PRAGMAs that read (table_info, index_list, ...). A statement that writes, ATTACH, a PRAGMA that sets,
            or a second statement is refused. The schema is documented in docs/queries.md; `graphctl sql
            "SELECT sql FROM sqlite_schema"` prints it.

            jsonl: one object per row, keyed by column name. csv: a header, then the rows.

              graphctl sql "SELECT name, type FROM entity LIMIT 5" --format csv
              graphctl sql "SELECT e.name, count(*) FROM attribution a JOIN entity e ON e.id = a.speaker GROUP BY e.id ORDER BY 2 DESC LIMIT 10"
              graphctl sql "SELECT q.text FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid WHERE quote_fts MATCH 'nuclear'" --format jsonl
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("One SQL statement.", valueName: "statement"))
    var statement: String

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try database.open(readOnly: true)
        var out = Output()
        var names: [String] = []
        var table = Table(header: [])
        try store.runReadOnlySQL(statement, columns: { columns in
            names = columns
            table.header = columns
            if format == .csv { out.raw(CSVField.record(columns)) }
        }, row: { values in
            switch format {
            case .jsonl: out.line(JSONValue.object(zip(names, values.map(\.json)).map { ($0, $1) }).serialized())
            case .csv: out.raw(CSVField.record(values.map(\.text)))
            case .table: table.rows.append(values.map(\.text))
            }
        })
        if format == .table && !table.header.isEmpty { out.line(table.render()) }
        out.flush()
    }
}
