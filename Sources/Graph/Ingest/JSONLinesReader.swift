import Foundation

/// Reads articles from JSON Lines: one JSON object per line, each line judged on its own.
enum JSONLinesReader {
    static let fields = ["id", "title", "url", "outlet", "published"]

    /// One item per non-blank line: an article, or the problem with that line.
    static func read(_ bytes: [UInt8], file: String) -> [IngestItem] {
        var start = 0
        let lines = Lines(file: file) {
            guard start <= bytes.count else { return nil }
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { start = end + 1 }
            return bytes[start..<end]
        }
        return Array(IteratorSequence(lines))
    }

    /// Items from lines produced one at a time, so a file of any size is read in bounded memory.
    struct Lines: IteratorProtocol {
        let file: String
        let nextLine: () -> ArraySlice<UInt8>?
        private var number = 0
        private var sawItem = false

        init(file: String, nextLine: @escaping () -> ArraySlice<UInt8>?) {
            self.file = file
            self.nextLine = nextLine
        }

        mutating func next() -> IngestItem? {
            while var line = nextLine() {
                number += 1
                if number == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
                guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { continue }
                sawItem = true
                switch parse(line, file: file, line: number) {
                case let .success(document): return .document(document)
                case let .failure(problem): return .problem(problem)
                }
            }
            if !sawItem {
                sawItem = true
                return .problem(IngestProblem(file: file, reason: "empty file, no JSON lines to ingest"))
            }
            return nil
        }
    }

    static func parse(_ line: ArraySlice<UInt8>, file: String, line number: Int) -> Result<SourceDocument, IngestProblem> {
        func problem(_ reason: String) -> Result<SourceDocument, IngestProblem> {
            .failure(IngestProblem(file: file, line: number, reason: reason))
        }
        guard let lineText = String(validating: line, as: UTF8.self) else { return problem("not valid UTF-8 text") }
        let record: [String: Any]
        if let members = flatObject(lineText) {
            record = members.mapValues { $0.map { $0 as Any } ?? NSNull() }
        } else {
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line), options: [])
            } catch {
                return problem("malformed JSON (\(Self.reason(error)))")
            }
            guard let members = object as? [String: Any] else { return problem("expected a JSON object with a \"text\" field") }
            record = members
        }
        guard let rawText = record["text"] else { return problem("no \"text\" field") }
        guard let text = rawText as? String else { return problem("\"text\" must be a string") }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return problem("\"text\" is empty") }
        // In UTF-8 the NUL character is the byte 0 and no other character holds that byte: a search of the bytes,
        // not a walk of the scalars (which was a tenth of the reader thread).
        let holdsNUL = text.utf8.withContiguousStorageIfAvailable { memchr($0.baseAddress!, 0, $0.count) != nil } ?? text.utf8.contains(0)
        if holdsNUL { return problem("\"text\" holds a NUL character, not article text") }
        var values: [String: String] = [:]
        for field in fields {
            switch record[field] {
            case nil, is NSNull: continue
            case let string as String: values[field] = string
            case let number as NSNumber where field == "id": values[field] = number.stringValue
            default: return problem("\"\(field)\" must be a string")
            }
        }
        return .success(SourceDocument(
            name: values["id"] ?? "\((file as NSString).lastPathComponent):\(number)",
            title: values["title"] ?? ArticleText.title(of: text),
            outlet: values["outlet"], url: values["url"], published: values["published"], text: text))
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
