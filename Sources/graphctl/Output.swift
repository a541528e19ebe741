import Foundation

/// Writes command output to standard output through a buffer: listings can be millions of lines.
struct Output {
    private var buffer = ""

    mutating func line(_ text: String) {
        buffer += text
        buffer += "\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    mutating func raw(_ text: String) {
        buffer += text
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}

/// Lays out rows in aligned columns for people to read.
struct Table {
    var header: [String]
    var rows: [[String]] = []

    func render(maxWidth: Int = 60) -> String {
        let clipped = ([header] + rows).map { $0.map { Self.clip($0, maxWidth) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in clipped { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return clipped.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func clip(_ text: String, _ width: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > width ? String(flat.prefix(width - 1)) + "…" : flat
    }
}
