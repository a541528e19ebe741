import ArgumentParser
import Graph

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find the shortest chain of ties between two entities, each hop with its evidence.",
        discussion: """
            Each hop names the evidence that joins its two entities: the stated relation, the quote (said: one
            said words naming the other; via: one's words were relayed through the other), or the article that
            names both (mentions). Stronger evidence is shown first when several kinds join a hop.

            jsonl: one object per hop: {"from", "to", "kind", "predicate", "quote", "evidence",
              "document": {"name", "title", "outlet", "published"}}

              graphctl path "Jan-Olav Sunde" "Marta Lindqvist Berg"
              graphctl path "Harbor Wire" FNA --kind via --kind said
              graphctl path "Jan-Olav Sunde" "Erik Haugland" --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Where the chain starts: a name, alias or id.", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("Where it ends.", valueName: "to"))
    var to: String

    @Option(help: "Follow only this kind of tie (repeat for several): relation, said, via or mentions.")
    var kind: [EdgeKindArgument] = []

    @Option(help: "The longest chain looked for, in hops.")
    var maxHops = 6

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        if !(1...12).contains(maxHops) { throw ValidationError("--max-hops is between 1 and 12") }
    }

    func run() throws {
        let store = try database.open(readOnly: true)
        let a = try store.entity(named: from), b = try store.entity(named: to)
        guard let hops = try store.path(from: a, to: b, kinds: kind.kinds, maxHops: maxHops) else {
            throw PathNotFound(from: a, to: b, maxHops: maxHops)
        }
        var out = Output()
        switch format {
        case .jsonl:
            for hop in hops { out.line(hop.json.serialized()) }
        case .csv:
            out.raw(CSVField.record(["hop", "from", "kind", "to", "predicate", "quote", "evidence", "document", "published"]))
            for (index, hop) in hops.enumerated() {
                out.raw(CSVField.record([
                    String(index + 1), hop.from.name, hop.kind.rawValue, hop.to.name, hop.predicate ?? "",
                    hop.quote.map { "Q\($0.rawValue)" } ?? "", hop.evidence ?? "", hop.document.name, hop.document.published ?? "",
                ]))
            }
        case .table:
            if hops.isEmpty { out.line("\(a.name) is \(b.name)") }
            out.line(([a] + hops.map(\.to)).map(\.name).joined(separator: " — ") + "  (\(counted(hops.count, "hop")))")
            for (index, hop) in hops.enumerated() {
                let tie = hop.predicate.map { "\(hop.kind.rawValue): \($0)" } ?? hop.kind.rawValue
                out.line("\(index + 1). \(hop.from.name) —[\(tie)]→ \(hop.to.name)")
                if let evidence = hop.evidence {
                    let quote = hop.quote.map { "Q\($0.rawValue) " } ?? ""
                    out.line("     \(quote)“\(Table.clip(evidence, 110))”")
                }
                out.line("     in \(hop.document.line)")
            }
        }
        out.flush()
    }
}

struct PathNotFound: Error, CustomStringConvertible {
    var from: EntityRef, to: EntityRef, maxHops: Int
    var description: String {
        "no chain of at most \(maxHops) ties joins \(from.labelled) to \(to.labelled); try a larger --max-hops or more --kind"
    }
}
