import ArgumentParser
import Graph

struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show an entity's card: names, roles, documents, what it said, quotes about it, who stands beside it.",
        discussion: """
            The name may be any alias, in any case; an ambiguous name lists the candidates (pick one by its id,
            such as E12), an unknown one suggests the closest names.

            jsonl: one object: {"id", "name", "type", "aliases", "relations": [{"subject", "predicate", "object",
              "count", "document", "evidence"}], "documents": [{"name", "title", "outlet", "published"}],
              "documents_total", "mentions", "said": [quote], "said_total", "relayed": [quote], "relayed_total",
              "quoted_about": [quote], "quoted_about_total", "beside": [{"id", "name", "type", "documents"}],
              "relations_total", "window", "count_limit", "quote_count_limit"}
              where quote is {"id", "text", "speaker", "via", "documents", "published", "document"}.
            csv: one row per fact: part,id,name,detail,count.

            For an entity named in more than \(GraphStore.besideDocuments) documents, the quotes about it and the entities
            beside it are read from its latest \(GraphStore.besideDocuments) documents, and the card says so ("window":
            \(GraphStore.besideDocuments) in jsonl, null otherwise; a "window" row in csv). Every other count is whole
            up to \(GraphStore.cardCountLimit); past it, counting stops and the card says "more than \(GraphStore.cardCountLimit)"
            (in jsonl and csv, the count is then \(GraphStore.cardCountLimit + 1), and "count_limit" is \(GraphStore.cardCountLimit)).
            The documents that carry each listed quote are counted up to \(GraphStore.cardQuoteCountLimit) in the same way
            ("quote_count_limit").

              graphctl entity "Marta Lindqvist Berg"
              graphctl entity fna --format jsonl
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("A name, alias or id (E12).", valueName: "name"))
    var name: String

    @Option(help: "The most documents, quotes and companions listed in each part.")
    var limit = 10

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try database.open(readOnly: true)
        let card = try store.entityCard(try store.entity(named: name), limit: limit)
        var out = Output()
        switch format {
        case .jsonl:
            out.line(card.json.serialized())
        case .csv:
            out.raw(CSVField.record(["part", "id", "name", "detail", "count"]))
            out.raw(CSVField.record(["entity", card.entity.jsonID, card.entity.name, card.entity.type.rawValue, String(card.mentionCount)]))
            for alias in card.aliases { out.raw(CSVField.record(["alias", "", alias, "", ""])) }
            for r in card.relations {
                out.raw(CSVField.record(["relation", "", "\(r.subject.name) \(r.predicate) \(r.object.name)", r.evidence, String(r.count)]))
            }
            for d in card.documents { out.raw(CSVField.record(["document", "", d.name, d.published ?? "", ""])) }
            for (part, quotes) in [("said", card.said), ("relayed", card.relayed), ("quoted_about", card.mentionedIn)] {
                for q in quotes {
                    out.raw(CSVField.record([part, q.jsonID, q.text, q.speaker?.name ?? "", String(q.documents)]))
                }
            }
            for b in card.beside { out.raw(CSVField.record(["beside", b.entity.jsonID, b.entity.name, b.entity.type.rawValue, String(b.documents)])) }
            if let window = card.window {
                out.raw(CSVField.record(["window", "", "latest documents read for quoted_about and beside", "", String(window)]))
            }
        case .table:
            out.line("\(card.entity.name)  \(card.entity.type.rawValue)  \(card.entity.jsonID)")
            if !card.aliases.isEmpty { out.line("also        " + card.aliases.joined(separator: ", ")) }
            out.line("named       \(card.total(card.mentionCount, "time")) in \(card.total(card.documentCount, "document")); said "
                + "\(card.total(card.saidCount, "quote")), relayed \(card.total(card.relayedCount)), quoted about in \(card.mentionedInCount)"
                + (card.window.map { " (in its latest \($0) documents)" } ?? ""))
            if !card.relations.isEmpty {
                out.line("")
                out.line("roles" + (card.relationCount > card.relations.count ? " (\(card.relations.count) of \(card.total(card.relationCount)))" : ""))
                for r in card.relations {
                    out.line("  \(r.subject.name) \(r.predicate) \(r.object.name)  (\(r.count)×, \(r.document))")
                }
            }
            section("said", card.said, total: card.saidCount, of: card, into: &out, showSpeaker: false)
            section("relayed", card.relayed, total: card.relayedCount, of: card, into: &out, showSpeaker: true)
            let window = card.window.map { ", in its latest \($0) documents" } ?? ""
            section("quoted about", card.mentionedIn, total: card.mentionedInCount, of: card, into: &out, showSpeaker: true, note: window)
            if !card.beside.isEmpty {
                out.line("")
                out.line("most often beside" + (card.window.map { " (in its latest \($0) documents)" } ?? ""))
                for b in card.beside { out.line("  \(b.entity.name) (\(b.entity.type.rawValue), \(counted(b.documents, "document")))") }
            }
            if !card.documents.isEmpty {
                out.line("")
                out.line("documents" + (card.documentCount > card.documents.count ? " (newest \(card.documents.count) of \(card.total(card.documentCount)))" : ""))
                for d in card.documents { out.line("  " + d.line) }
            }
        }
        out.flush()
    }

    private func section(
        _ title: String, _ quotes: [QuoteSummary], total: Int, of card: EntityCard, into out: inout Output,
        showSpeaker: Bool, note: String = ""
    ) {
        guard !quotes.isEmpty else { return }
        out.line("")
        let shown = total > quotes.count ? "newest \(quotes.count) of \(card.total(total))" : ""
        let parenthesis = (shown + note).hasPrefix(", ") ? String((shown + note).dropFirst(2)) : shown + note
        out.line(title + (parenthesis.isEmpty ? "" : " (\(parenthesis))"))
        for q in quotes {
            let who = showSpeaker ? "\(q.speaker?.name ?? "(unknown)"): " : ""
            let via = q.via.map { " via \($0.name)" } ?? ""
            out.line("  \(q.jsonID)  \(who)“\(Table.clip(q.text, 90))”\(via)  (\(card.total(q.documents, "document", limit: card.quoteCountLimit)), \(q.published?.prefix(10) ?? "undated"))")
        }
    }
}

extension EntityCard {
    /// A total of the card as people read it: "1 document", "more than 100000 documents".
    /// - Parameter limit: how far it was counted; the card's `countLimit` unless said.
    func total(_ count: Int, _ noun: String? = nil, limit: Int? = nil) -> String {
        let limit = limit ?? countLimit
        let number = count > limit ? "more than \(limit)" : String(count)
        guard let noun else { return number }
        return "\(number) \(noun)\(count == 1 ? "" : "s")"
    }
}
