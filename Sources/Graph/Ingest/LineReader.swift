import Foundation

/// Reads a file one line at a time in bounded memory, for JSON Lines files larger than memory.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    init(handle: FileHandle) { self.handle = handle }

    /// The next line without its `\n`, or nil at the end of the file.
    ///
    /// - Complexity: amortised O(line length).
    func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[position..<newline]
                position = newline + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return line
            }
            // Keep the unfinished line, drop what was returned, and read more.
            buffer.removeSubrange(0..<position)
            position = 0
            let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
            if let chunk, !chunk.isEmpty {
                buffer.append(contentsOf: chunk)
            } else {
                atEnd = true
            }
        }
    }
}
