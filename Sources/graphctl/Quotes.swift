import ArgumentParser
import Graph

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quote nodes: who said what, through whom, in which documents.",
        discussion: """
            table: one line per occurrence, speaker -> "quote" (via, document).
            jsonl: one JSON object per quote node:
              {"id", "text", "speaker": {"id", "name", "type"} | null,
               "occurrences": [{"document", "start", "end", "text", "speaker", "via", "cue", "confidence", "kind",
                                "speaker_id", "via_id", "speaker_description"}],
               "speakers": [{"name", "id", "count"}]}
            csv: one row per occurrence; with a filter, of the occurrences shown, each row ending with published,
              outlet, outlets, occurrences_total and documents_total.

            Filters keep a quote when one of its occurrences passes them all; the quote is then shown with up to
            --occurrences of its occurrences (those that pass the filters first). Names match any alias,
            case-insensitively; an ambiguous name lists the candidates. With a filter, --sort, --limit or
            --occurrences, quotes come newest first (--sort outlets: most outlets first), and the jsonl objects end
            with "published", "outlets", "documents" (of the occurrences shown): [{"name", "title", "outlet",
            "published"}], "occurrences_total", "documents_total" and "count_limit"; "speakers" counts the
            occurrences shown. Outlets and dates count every occurrence; occurrences and documents are counted up to
            \(GraphStore.listedQuoteCountLimit) ("count_limit"): a count past it is \(GraphStore.listedQuoteCountLimit + 1),
            read as "more than".

              graphctl quotes
              graphctl quotes --format jsonl > quotes.jsonl
              graphctl quotes --speaker "Jan-Olav Sunde"
              graphctl quotes --via FNA --since 2024-03 --sort outlets
              graphctl quotes --kind direct --min-confidence 0.8 --limit 20
              graphctl quotes --via FNA --occurrences 0 --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Only quotes this entity said (any of its names, or its id).", valueName: "name"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only quotes relayed through this medium (\"according to FNA\").", valueName: "name"))
    var via: String?

    @Option(help: ArgumentHelp("Only quotes in this document (its name as ingested).", valueName: "name"))
    var document: String?

    @Option(help: ArgumentHelp("Only quotes published on or after this date (2024, 2024-03, 2024-03-09).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only quotes published on or before this date.", valueName: "date"))
    var until: String?

    @Option(help: "Only quotes of this kind: direct, partial, scare or indirect.")
    var kind: QuoteKindArgument?

    @Option(help: ArgumentHelp("Only attributions at least this sure of their speaker (0 to 1).", valueName: "p"))
    var minConfidence: Double?

    @Option(help: "Order: date (newest first), outlets (most outlets first) or id.")
    var sort: QuoteSortOrder?

    @Option(help: "The most quotes to show.")
    var limit: Int?

    @Option(help: OccurrenceLimit.help)
    var occurrences: Int?

    var isFiltered: Bool {
        speaker != nil || via != nil || document != nil || since != nil || until != nil || kind != nil
            || minConfidence != nil || sort != nil || limit != nil || occurrences != nil
    }

    func validate() throws {
        try DateBound.validate(since, flag: "--since")
        try DateBound.validate(until, flag: "--until")
        if let minConfidence, !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence is between 0 and 1") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        try OccurrenceLimit.validate(occurrences)
    }

    func run() throws {
        let store = try database.open(readOnly: true)
        if isFiltered { return try runFiltered(store) }
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
                        quote.jsonID, o.text, o.speakerName ?? "", o.via?.name ?? "", o.document, String(o.span.start),
                        String(o.span.end), o.kind.rawValue, o.cue ?? "", String(o.confidence),
                    ]))
                }
            case .table:
                for o in quote.occurrences {
                    let via = o.via.map { "via \($0.name), " } ?? ""
                    out.line("\(o.speakerName ?? "(unknown)") -> \"\(Table.clip(o.text, 100))\" (\(via)\(o.document))")
                }
            }
        }
        out.flush()
    }

    private func runFiltered(_ store: GraphStore) throws {
        let filter = QuoteFilter(
            speaker: try speaker.map { try store.entity(named: $0).id }, via: try via.map { try store.entity(named: $0).id },
            document: document, since: since, until: until, kind: kind?.value, minConfidence: minConfidence,
            order: sort?.order ?? .date, limit: limit, occurrenceLimit: OccurrenceLimit.value(occurrences))
        let hits = try store.quotes(filter)
        var out = Output()
        switch format {
        case .jsonl:
            for hit in hits { out.line(hit.json.serialized()) }
        case .csv:
            out.raw(CSVField.record([
                "quote_id", "text", "speaker", "via", "document", "start", "end", "kind", "cue", "confidence", "published",
                "outlet", "outlets", "occurrences_total", "documents_total",
            ]))
            for hit in hits {
                let documents = Dictionary(hit.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                for o in hit.quote.occurrences {
                    out.raw(CSVField.record([
                        hit.quote.jsonID, o.text, o.speakerName ?? "", o.via?.name ?? "", o.document, String(o.span.start),
                        String(o.span.end), o.kind.rawValue, o.cue ?? "", String(o.confidence),
                        documents[o.documentID]?.published ?? "", documents[o.documentID]?.outlet ?? "", String(hit.outletCount),
                        String(hit.reach.occurrences), String(hit.reach.documents),
                    ]))
                }
            }
        case .table:
            if hits.isEmpty { out.line("no quote passes these filters") }
            for hit in hits {
                let outlets = hit.outletCount == 1 ? "1 outlet" : "\(hit.outletCount) outlets"
                let dates: String
                switch (hit.firstPublished?.prefix(10), hit.latestPublished?.prefix(10)) {
                case let (first?, latest?) where first != latest: dates = ", \(first) to \(latest)"
                case let (first?, _): dates = ", \(first)"
                default: dates = ""
                }
                out.line("\(hit.quote.jsonID)  \(hit.quote.speaker?.name ?? "(unknown)") -> \"\(Table.clip(hit.quote.text, 100))\"  (\(outlets)\(dates))")
                let documents = Dictionary(hit.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                for o in hit.quote.occurrences {
                    let via = o.via.map { "  via \($0.name)" } ?? ""
                    let speaker = o.speakerName ?? "(unknown)"
                    out.line("    \(documents[o.documentID]?.line ?? o.document)  \(speaker)\(via)  [\(o.kind.rawValue) \(o.confidence)]")
                }
                if let hidden = hit.hiddenLine { out.line("    " + hidden) }
            }
        }
        out.flush()
    }
}

enum QuoteSortOrder: String, ExpressibleByArgument, CaseIterable {
    case date, outlets, id
    var order: QuoteFilter.Order { QuoteFilter.Order(rawValue: rawValue)! }
}
