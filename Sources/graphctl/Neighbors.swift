import ArgumentParser
import Graph

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities tied to an entity, hop by hop, and how.",
        discussion: """
            Kinds of tie, each backed by evidence:
              relation   a stated role or tie ("CGC spokesman Jan-Olav Sunde")
              said       one said words that name the other
              via        one's words were relayed through the other ("according to FNA")
              mentions   both are named in the same article
            TIES counts the evidence by kind (quotes, articles or passages); WEIGHT is their sum, and KIND the
            strongest kind (relation, said, via, mentions in that order). For a well-known entity, ties are read
            from its latest 2000 pieces of evidence of each kind (quotes, mentions, documents). Each depth keeps its --limit best-tied
            entities, and only those are expanded further.

            jsonl: one object per neighbor: {"entity": {"id", "name", "type"}, "depth", "kind", "weight", "through",
              "ties": {"relation", "said", "via", "mentions": count}}

              graphctl neighbors "Marta Lindqvist Berg"
              graphctl neighbors FNA --kind via --depth 2
              graphctl neighbors "Marta Lindqvist Berg" --format jsonl
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("A name, alias or id (E12).", valueName: "name"))
    var name: String

    @Option(help: "How many hops out to go.")
    var depth = 1

    @Option(help: "Follow only this kind of tie (repeat for several): relation, said, via or mentions.")
    var kind: [EdgeKindArgument] = []

    @Option(help: "The most entities kept at each depth.")
    var limit = 25

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        if !(1...4).contains(depth) { throw ValidationError("--depth is between 1 and 4") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try database.open(readOnly: true)
        let start = try store.entity(named: name)
        let neighbors = try store.neighbors(of: start, depth: depth, kinds: kind.kinds, limit: limit)
        var out = Output()
        switch format {
        case .jsonl:
            for n in neighbors { out.line(n.json.serialized()) }
        case .csv:
            out.raw(CSVField.record(["depth", "kind", "weight", "id", "name", "type", "through_id", "through"]))
            for n in neighbors {
                out.raw(CSVField.record([
                    String(n.depth), n.kind.rawValue, String(n.weight), n.entity.jsonID, n.entity.name, n.entity.type.rawValue,
                    n.through.jsonID, n.through.name,
                ]))
            }
        case .table:
            if neighbors.isEmpty { out.line("\(start.name) has no ties of these kinds") }
            var table = Table(header: ["DEPTH", "KIND", "WEIGHT", "ID", "ENTITY", "TYPE", "TIES", "THROUGH"])
            for n in neighbors {
                table.rows.append([
                    String(n.depth), n.kind.rawValue, String(n.weight), n.entity.jsonID, n.entity.name, n.entity.type.rawValue,
                    n.ties.map { "\($0.kind.rawValue) \($0.weight)" }.joined(separator: ", "), n.depth == 1 ? "" : n.through.name,
                ])
            }
            if !neighbors.isEmpty { out.line(table.render()) }
        }
        out.flush()
    }
}
