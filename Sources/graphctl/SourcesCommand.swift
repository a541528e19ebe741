import ArgumentParser
import Graph

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Show who relays whom: speaker -> medium -> outlet chains, and which outlets quote a speaker most.",
        discussion: """
            A chain is a speaker's words, passed on by a medium the article credits ("according to FNA"), carried
            in an article by an outlet (the document's "outlet" metadata). The entity may be any link of the chain:
            a speaker shows who relays it and who carries it; a medium shows whom it relays and who carries it.

            jsonl: one object per chain: {"speaker", "via", "outlet", "quotes", "documents", "latest"}

              graphctl sources "Marta Lindqvist Berg"
              graphctl sources FNA --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("A name, alias or id (E12).", valueName: "name"))
    var name: String

    @Option(help: "The most chains to show.")
    var limit = 50

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try database.open(readOnly: true)
        let entity = try store.entity(named: name)
        let relays = try store.relays(of: entity, limit: limit)
        var out = Output()
        switch format {
        case .jsonl:
            for relay in relays { out.line(relay.json.serialized()) }
        case .csv:
            out.raw(CSVField.record(["speaker", "via", "outlet", "quotes", "documents", "latest"]))
            for r in relays {
                out.raw(CSVField.record([
                    r.speaker?.name ?? "", r.via?.name ?? "", r.outlet ?? "", String(r.quotes), String(r.documents), r.latest ?? "",
                ]))
            }
        case .table:
            if relays.isEmpty { out.line("\(entity.name) neither speaks nor relays in any quote"); break }
            var table = Table(header: ["SPEAKER", "", "VIA", "", "OUTLET", "QUOTES", "DOCS", "LATEST"])
            for r in relays {
                table.rows.append([
                    r.speaker?.name ?? "(unknown)", "->", r.via?.name ?? "(direct)", "->", r.outlet ?? "(outlet unknown)",
                    String(r.quotes), String(r.documents), String((r.latest ?? "").prefix(10)),
                ])
            }
            out.line(table.render())
            summary("relayed through", relays.filter { $0.speaker == entity }.compactMap { r in r.via.map { ($0.name, r.quotes) } }, into: &out)
            summary("carried by", relays.filter { $0.speaker == entity }.compactMap { r in r.outlet.map { ($0, r.quotes) } }, into: &out)
            summary("relays", relays.filter { $0.via == entity }.map { ($0.speaker?.name ?? "(unknown)", $0.quotes) }, into: &out)
        }
        out.flush()
    }

    /// One line: names with their quote counts, summed over chains, most first.
    private func summary(_ title: String, _ items: [(String, Int)], into out: inout Output) {
        var totals: [String: Int] = [:]
        for (name, count) in items { totals[name, default: 0] += count }
        guard !totals.isEmpty else { return }
        let ranked = totals.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        out.line("\(title): " + ranked.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
    }
}
