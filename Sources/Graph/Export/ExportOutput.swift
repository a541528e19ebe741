import Foundation

/// A buffered byte stream to a file or standard output: rows are written as they come from SQLite, never held.
///
/// A file is written under a temporary name next to it and renamed into place by `close()`, so a failed export
/// never leaves a half-written file where a finished one was expected (nor replaces the last good one).
public final class ExportOutput {
    private let handle: FileHandle
    private let closes: Bool
    public let path: String
    private let partialPath: String
    private var closed = false
    private var buffer: [UInt8] = []
    private let capacity = 1 << 18

    /// Creates (or truncates) the file at `path`; `-` is standard output.
    ///
    /// - Throws: `ExportError.cannotWrite` when the file cannot be created.
    public init(path: String) throws {
        self.path = path
        partialPath = path + ".partial"
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
            guard FileManager.default.createFile(atPath: partialPath, contents: nil),
                  let handle = FileHandle(forWritingAtPath: partialPath) else {
                throw ExportError.cannotWrite(path: path, reason: "cannot create the file")
            }
            self.handle = handle
            closes = true
        }
        buffer.reserveCapacity(capacity + 4096)
    }

    deinit {
        guard closes, !closed else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: partialPath)
    }

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

    /// Flushes and closes the file, and moves it into place.
    public func close() throws {
        try flush()
        guard closes, !closed else { return }
        closed = true
        try? handle.close()
        if rename(partialPath, path) != 0 {
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
