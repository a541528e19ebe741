/// Writes GraphML 1.0, valid against the GraphML XML schema: one `<key>` per attribute, with its type and `for=`,
/// before the graph; stable node and edge ids, parallel edges kept; every value scalar.
///
/// With `yEd`, nodes and edges also carry yFiles graphics (`y:ShapeNode` with a `y:NodeLabel`, shape and colour),
/// so that yEd shows labels and styles on opening. Those elements belong to yFiles' own schema: validate the
/// plain export against the GraphML schema.
public final class GraphMLWriter: GraphWriter {
    private let output: ExportOutput
    private let yEd: Bool
    private var header: ExportHeader?

    public init(output: ExportOutput, yEd: Bool = false) {
        self.output = output
        self.yEd = yEd
    }

    public func begin(_ header: ExportHeader) throws {
        self.header = header
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\(yEd ? "\n    xmlns:y=\"http://www.yworks.com/xml/graphml\"" : "")
                xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <desc>graphctl export: \(Self.escape(header.description))</desc>

            """
        for attribute in header.attributes {
            text += "  <key id=\"\(Self.keyID(attribute.name, attribute.domain))\" for=\"\(attribute.domain.rawValue)\" "
                + "attr.name=\"\(attribute.name)\" attr.type=\"\(attribute.type.rawValue)\">"
                + "<desc>\(Self.escape(attribute.summary))</desc></key>\n"
        }
        if yEd {
            text += "  <key id=\"y_node\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
            text += "  <key id=\"y_edge\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n"
        }
        text += "  <graph id=\"G\" edgedefault=\"\(header.directed ? "directed" : "undirected")\">\n"
        try output.write(text)
    }

    public func node(_ node: ExportNode) throws {
        var text = "    <node id=\"\(Self.escape(node.id))\">\n"
        for (name, value) in node.attributes {
            text += "      <data key=\"\(Self.keyID(name, .node))\">\(Self.escape(ExportText.plain(value)))</data>\n"
        }
        if yEd {
            let style = DOTWriter.style(node)
            text += "      <data key=\"y_node\"><y:ShapeNode><y:Fill color=\"\(style.color.uppercased())\"/>"
                + "<y:NodeLabel>\(Self.escape(node.label))</y:NodeLabel>"
                + "<y:Shape type=\"\(Self.yShape[style.shape] ?? "ellipse")\"/></y:ShapeNode></data>\n"
        }
        try output.write(text + "    </node>\n")
    }

    public func edge(_ edge: ExportEdge) throws {
        var text = "    <edge id=\"\(Self.escape(edge.id))\" source=\"\(Self.escape(edge.source))\" target=\"\(Self.escape(edge.target))\">\n"
        for (name, value) in edge.attributes {
            text += "      <data key=\"\(Self.keyID(name, .edge))\">\(Self.escape(ExportText.plain(value)))</data>\n"
        }
        if yEd {
            let labelled = edge.kind == .said || edge.kind == .relation
            text += "      <data key=\"y_edge\"><y:PolyLineEdge>"
                + "<y:Arrows source=\"none\" target=\"\(header?.directed == false ? "none" : "standard")\"/>"
                + (labelled ? "<y:EdgeLabel>\(Self.escape(edge.label))</y:EdgeLabel>" : "")
                + "</y:PolyLineEdge></data>\n"
        }
        try output.write(text + "    </edge>\n")
    }

    public func end() throws {
        try output.write("  </graph>\n</graphml>\n")
        try output.close()
    }

    /// The `<key>` id of an attribute: node and edge attributes of the same name get different keys.
    static func keyID(_ name: String, _ domain: ExportAttribute.Domain) -> String {
        (domain == .node ? "n_" : "e_") + name
    }

    static let yShape = [
        "ellipse": "ellipse", "box": "rectangle", "hexagon": "hexagon", "octagon": "octagon", "diamond": "diamond",
        "note": "roundrectangle", "folder": "rectangle3d",
    ]

    /// `text` escaped for XML 1.0 element content and attribute values. Characters XML 1.0 cannot carry (controls
    /// other than tab and line feed) become spaces; a carriage return is kept as `&#13;`.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "'" || $0.value >= 0xFFFE })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
