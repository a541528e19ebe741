import ArgumentParser
import Graph

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List quote nodes: who said what, through whom, in which documents.",
        discussion: """
            table: one line per occurrence, speaker -> "quote" (via, document).
            jsonl: one JSON object per quote node:
              {"id", "text", "speaker": {"id", "name", "type"} | null,
               "occurrences": [{"document", "start", "end", "text", "speaker", "via", "cue", "confidence", "kind",
                                "speaker_id", "via_id"}],
               "speakers": [{"name", "id", "count"}]}
            csv: one row per occurrence.

              graphctl quotes
              graphctl quotes --format jsonl > quotes.jsonl
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try database.open(readOnly: true)
        var out = Output()
        if format == .csv {
            out.raw(CSVField.record(["quote_id", "text", "speaker", "via", "document", "start", "end", "kind", "cue", "confidence"]))
        }
        try store.forEachQuote { quote in
            switch format {
            case .jsonl:
                out.line(quote.json.serialized())
            case .csv:
                for o in quote.occurrences {
                    out.raw(CSVField.record([
                        quote.jsonID, o.text, o.speaker?.name ?? "", o.via?.name ?? "", o.document, String(o.span.start),
                        String(o.span.end), o.kind.rawValue, o.cue ?? "", String(o.confidence),
                    ]))
                }
            case .table:
                for o in quote.occurrences {
                    let via = o.via.map { "via \($0.name), " } ?? ""
                    out.line("\(o.speaker?.name ?? "(unknown)") -> \"\(Table.clip(o.text, 100))\" (\(via)\(o.document))")
                }
            }
        }
        out.flush()
    }
}
