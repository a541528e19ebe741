/// Writes Graphviz DOT: every id and label quoted and escaped, shapes and colours by kind and entity type, SAID
/// edges labelled with the quote's opening words, a legend, and optional clusters.
///
/// Every string is double-quoted: quotes and backslashes are escaped, line breaks become `\n`, control characters
/// spaces. Non-ASCII text (accents, emoji, right-to-left scripts) is written as UTF-8 under `charset="UTF-8"`:
/// numeric character references would be shorter to reason about, but Graphviz 2.43 turns references above U+FFFF
/// (emoji) into invalid UTF-8. In labels and tooltips `&` is written `&amp;`, so that a name holding `&lt;` shows as
/// written. Render small graphs with `dot`, large ones with `sfdp` (which ignores clusters).
public final class DOTWriter: GraphWriter {
    private let output: ExportOutput
    public let clustering: ExportClustering?
    private var directed = true
    private var openCluster: String?

    public init(output: ExportOutput, clustering: ExportClustering? = nil) {
        self.output = output
        self.clustering = clustering
    }

    public func begin(_ header: ExportHeader) throws {
        directed = header.directed
        try output.write("""
            // graphctl export: \(Self.comment(header.description))
            // Small graphs: dot -Tsvg graph.dot -o graph.svg
            // Large graphs: sfdp -Goverlap=prism -Gsplines=false -Tsvg graph.dot -o graph.svg

            """)
        try output.write(directed ? "digraph \"graph\" {\n" : "graph \"graph\" {\n")
        try output.write("""
              graph [charset="UTF-8", rankdir="LR", overlap="false", outputorder="edgesfirst", fontname="Helvetica", fontsize="10", labelloc="b", labeljust="l", label=<\(Self.legend(quotes: header.multigraph))>];
              node [fontname="Helvetica", fontsize="10", style="filled", color="#555555"];
              edge [fontname="Helvetica", fontsize="8", color="#999999", arrowsize="0.6"];

            """)
    }

    public func node(_ node: ExportNode) throws {
        let style = Self.style(node)
        var line = "  " + Self.quoted(node.id) + " [label=" + Self.quoted(node.label, markup: true)
        line += ", shape=\"\(style.shape)\", fillcolor=\"\(style.color)\", kind=\"\(node.kind.rawValue)\""
        if let type = node.entityType { line += ", type=\"\(type.rawValue)\"" }
        if case let .string(text)? = node.attributes.first(where: { $0.0 == "text" })?.1 {
            line += ", tooltip=" + Self.quoted(String(text.prefix(500)), markup: true)
        }
        line += ", id=" + Self.quoted(node.id) + "];\n"
        try output.write(line)
    }

    public func nodesDone() throws {
        try output.write("\n")
    }

    public func edge(_ edge: ExportEdge) throws {
        var line = "  " + Self.quoted(edge.source) + (directed ? " -> " : " -- ") + Self.quoted(edge.target) + " ["
        switch edge.kind {
        case .said: line += "label=" + Self.quoted(edge.label, markup: true) + ", color=\"#1f78b4\", fontcolor=\"#1f78b4\", penwidth=\"1.5\""
        case .via: line += "color=\"#33a02c\", style=\"dashed\""
        case .appearsIn: line += "color=\"#bbbbbb\", style=\"dotted\", arrowhead=\"none\""
        case .mentions: line += "color=\"#cccccc\", arrowhead=\"none\""
        case .relation: line += "label=" + Self.quoted(edge.label, markup: true) + ", color=\"#e31a1c\", fontcolor=\"#e31a1c\""
        case .coMention:
            let weight = edge.attributes.first(where: { $0.0 == "weight" }).map { ExportText.plain($0.1) } ?? "1"
            line += "weight=\"\(Int(Double(weight) ?? 1))\", penwidth=\"\(min(1 + (Double(weight) ?? 1) / 2, 6))\""
        }
        line += ", kind=\"\(edge.kind.rawValue)\", id=" + Self.quoted(edge.id) + "];\n"
        try output.write(line)
    }

    public func clusterMember(key: String, label: String, node: String) throws {
        if openCluster != key {
            if openCluster != nil { try output.write("  }\n") }
            openCluster = key
            try output.write("  subgraph " + Self.quoted("cluster_" + key) + " {\n    label=" + Self.quoted(label, markup: true)
                + "; style=\"rounded\"; color=\"#aaaaaa\";\n")
        }
        try output.write("    " + Self.quoted(node) + ";\n")
    }

    public func end() throws {
        if openCluster != nil { try output.write("  }\n") }
        try output.write("}\n")
        try output.close()
    }

    /// `text` as a DOT double-quoted string, safe for any name.
    ///
    /// - Parameter markup: the string is a label or tooltip, where Graphviz reads character references, so `&` is
    ///   escaped.
    static func quoted(_ text: String, markup: Bool = false) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            case "&" where markup: out += "&amp;"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func comment(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
    }

    /// Shape and fill of a node.
    static func style(_ node: ExportNode) -> (shape: String, color: String) {
        switch node.kind {
        case .quote: return ("note", "#ffffb3")
        case .document: return ("folder", "#80b1d3")
        case .entity: return entityStyle[node.entityType ?? .other] ?? ("ellipse", "#d9d9d9")
        }
    }

    static let entityStyle: [EntityType: (shape: String, color: String)] = [
        .person: ("ellipse", "#8dd3c7"),
        .organization: ("box", "#fdb462"),
        .geopolitical: ("hexagon", "#b3de69"),
        .location: ("octagon", "#bebada"),
        .event: ("diamond", "#fb8072"),
        .other: ("ellipse", "#d9d9d9"),
    ]

    /// The legend, as an HTML-like graph label: it shows with every layout engine, clusters or not.
    static func legend(quotes: Bool) -> String {
        var rows: [(String, String)] = [
            ("#8dd3c7", "PERSON (ellipse)"), ("#fdb462", "ORG (box)"), ("#b3de69", "GPE (hexagon)"),
            ("#bebada", "LOC (octagon)"), ("#fb8072", "EVENT (diamond)"), ("#d9d9d9", "OTHER (ellipse)"),
        ]
        if quotes {
            rows += [("#ffffb3", "quote (note)"), ("#80b1d3", "document (folder)")]
        }
        var html = "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
            + "<tr><td colspan=\"2\"><b>Legend</b></td></tr>"
        for (color, text) in rows {
            html += "<tr><td bgcolor=\"\(color)\" width=\"16\"></td><td align=\"left\">\(text)</td></tr>"
        }
        let edges: [(String, String)] = quotes
            ? [("#1f78b4", "SAID: speaker &#8594; quote"), ("#33a02c", "VIA: quote &#8594; medium (dashed)"),
               ("#bbbbbb", "APPEARS_IN: quote &#8594; document (dotted)"), ("#cccccc", "MENTIONS: document &#8594; entity"),
               ("#e31a1c", "RELATION: entity &#8594; entity")]
            : [("#999999", "CO_MENTION: named in the same documents (width: how many)")]
        for (color, text) in edges {
            html += "<tr><td bgcolor=\"\(color)\" width=\"16\"></td><td align=\"left\">\(text)</td></tr>"
        }
        return html + "</table>"
    }
}
