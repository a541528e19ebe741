import Foundation

/// A buffered byte stream to a file or standard output: rows are written as they come from SQLite, never held.
public final class ExportOutput {
    private let handle: FileHandle
    private let closes: Bool
    public let path: String
    private var buffer: [UInt8] = []
    private let capacity = 1 << 18

    /// Creates (or truncates) the file at `path`; `-` is standard output.
    ///
    /// - Throws: `ExportError.cannotWrite` when the file cannot be created.
    public init(path: String) throws {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardOutput
            closes = false
        } else {
            let url = URL(fileURLWithPath: path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw ExportError.cannotWrite(path: path, reason: "cannot create its folder (\(error.localizedDescription))")
            }
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let handle = FileHandle(forWritingAtPath: path) else {
                throw ExportError.cannotWrite(path: path, reason: "cannot create the file")
            }
            self.handle = handle
            closes = true
        }
        buffer.reserveCapacity(capacity + 4096)
    }

    deinit { if closes { try? handle.close() } }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw ExportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    public func close() throws {
        try flush()
        if closes { try? handle.synchronize() }
    }
}

/// Text helpers shared by the writers.
enum ExportText {
    /// The opening words of a quote for a label: at most `limit` characters, on one line, with an ellipsis when cut.
    static func short(_ text: String, limit: Int = 60) -> String {
        var flat = ""
        var space = false
        for character in text {
            if character.isWhitespace || character.isNewline {
                space = !flat.isEmpty
                continue
            }
            if space { flat.append(" "); space = false }
            flat.append(character)
            if flat.count > limit { break }
        }
        guard flat.count > limit else { return flat }
        var cut = String(flat.prefix(limit - 1))
        if let lastSpace = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: lastSpace) > limit / 2 {
            cut = String(cut[..<lastSpace])
        }
        return cut + "…"
    }

    /// `value` as text: integers plainly, doubles with a point, booleans as true/false.
    static func plain(_ value: ExportValue) -> String {
        switch value {
        case let .string(text): text
        case let .int(number): String(number)
        case let .double(number): number.isFinite ? (number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) + ".0" : String(number)) : "0.0"
        case let .bool(flag): flag ? "true" : "false"
        }
    }
}
