import ArgumentParser
import Graph

struct WhoSaid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who-said",
        abstract: "Find quotes by their words: who said them, through whom, and every document that carried them.",
        discussion: """
            Full-text search over quote texts, best match first. Every word must occur, in any order; case, accents,
            curly or straight quotation marks and apostrophes, and dashes do not matter. Operators:
              "exact phrase"     the words in this order (quote the phrase for the shell: '"fleet repairs"')
              repair*            a prefix
              drill OR exercise  either word
            Anything else, FTS syntax included, is searched as text.

            Up to 2000 matching quotes are ranked by relevance (bm25); beyond that (common words), the most recently
            stored matches are shown, and a note on standard error says so. A quote whose words are exactly the
            search's (no OR, no prefix) comes first either way.

            table: each quote with its speaker and medium, the matching words highlighted, then its documents.
            jsonl: the `graphctl quotes` object of each quote, then "published", "outlets",
              "documents": [{"name", "title", "outlet", "published"}], "snippet" (matches between **),
              "occurrences_total", "documents_total", "count_limit".
            csv: one row per occurrence shown, ending with the quote's occurrences_total and documents_total.
            A quote carried more widely than --occurrences is shown with that many occurrences (the speaker's first,
            with --speaker) and their documents, and counted as in `graphctl quotes`.

              graphctl who-said fleet repairs
              graphctl who-said '"fleet repairs"' --format jsonl
              graphctl who-said 'shipyard*' --speaker "Marta Lindqvist Berg"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Words to find in quotes.", valueName: "text"))
    var text: [String]

    @Option(help: ArgumentHelp("Only quotes this entity said (any of its names, or its id).", valueName: "name"))
    var speaker: String?

    @Option(help: "The most quotes to show.")
    var limit = 20

    @Option(help: OccurrenceLimit.help)
    var occurrences: Int?

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        if text.isEmpty { throw ValidationError("give the words to search for") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        try OccurrenceLimit.validate(occurrences)
    }

    func run() throws {
        let store = try database.open(readOnly: true)
        let search = try SearchQuery(text.joined(separator: " "))
        let speakerID = try speaker.map { try store.entity(named: $0).id }
        let result = try store.searchQuotes(
            search, speaker: speakerID, limit: limit, occurrenceLimit: OccurrenceLimit.value(occurrences))
        let hits = result.hits
        if !result.isRanked && format == .table {
            ProgressLine().report("more than \(GraphStore.rankedSearchLimit) quotes match: showing the most recently stored, "
                + "not the most relevant; a phrase in quotes or --speaker narrows the search")
        }
        var out = Output()
        switch format {
        case .jsonl:
            for hit in hits { out.line(hit.json.serialized()) }
        case .csv:
            out.raw(CSVField.record([
                "quote_id", "text", "speaker", "via", "document", "published", "outlet", "kind", "confidence", "snippet",
                "occurrences_total", "documents_total",
            ]))
            for hit in hits {
                let documents = Dictionary(hit.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                for o in hit.quote.occurrences {
                    let document = documents[o.documentID]
                    out.raw(CSVField.record([
                        hit.quote.jsonID, o.text, o.speakerName ?? "", o.via?.name ?? "", o.document,
                        document?.published ?? "", document?.outlet ?? "", o.kind.rawValue, String(o.confidence),
                        SearchHighlight.render(hit.snippet ?? "", open: "**", close: "**"),
                        String(hit.reach.occurrences), String(hit.reach.documents),
                    ]))
                }
            }
        case .table:
            if hits.isEmpty { out.line("no quote matches \(search.text)") }
            for hit in hits {
                let via = hit.via.isEmpty ? "" : " via " + hit.via.map(\.name).joined(separator: ", ")
                let count = hit.total(hit.reach.documents, "document")
                out.line("\(hit.quote.jsonID)  \(hit.quote.speaker?.name ?? "(unknown speaker)")\(via)  [\(count)]")
                out.line("    “\(Terminal.highlight(hit.snippet ?? hit.quote.text))”")
                for document in hit.documents { out.line("    \(document.line)") }
                if let hidden = hit.hiddenLine { out.line("    " + hidden) }
            }
        }
        out.flush()
    }
}
