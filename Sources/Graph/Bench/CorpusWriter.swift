import Dispatch
import Foundation

/// Writes a generated corpus as JSON Lines files that `graphctl ingest` reads: one folder of numbered parts, a
/// manifest with the corpus's size, and optionally the gold quotes beside it.
///
/// Parts keep every file small enough to read whole (ingestion reads one file at a time), whatever the corpus size.
/// Articles are generated on every core, a chunk of parts at a time, and written in order.
public struct CorpusWriter: Sendable {
    /// What was written, for the manifest and throughput figures.
    public struct Manifest: Sendable, Hashable, Codable {
        public var seed: UInt64
        public var articles: Int
        /// UTF-8 bytes of article text (not of the JSON around it): the "MB" of MB/s.
        public var textBytes: Int
        /// Runs of non-whitespace in the article texts: the "words" of words/s.
        public var words: Int
        public var quotes: Int
        public var files: [String]
    }

    public let generator: CorpusGenerator
    public let articlesPerFile: Int

    public init(seed: UInt64, articlesPerFile: Int = 10_000) {
        generator = CorpusGenerator(seed: seed)
        self.articlesPerFile = max(1, articlesPerFile)
    }

    /// Writes `count` articles into `folder` (created if needed) as `part-00000.jsonl`, ... and `manifest.json`;
    /// with `goldFile`, also one JSON line per article with the quotes it holds.
    ///
    /// - Parameter progress: called after each chunk of parts with the number of articles written so far.
    /// - Throws: file system errors.
    public func write(
        count: Int, to folder: String, goldFile: String? = nil, progress: (Int) -> Void = { _ in }
    ) throws -> Manifest {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var manifest = Manifest(seed: generator.seed, articles: count, textBytes: 0, words: 0, quotes: 0, files: [])
        let gold: FileHandle?
        if let goldFile {
            _ = FileManager.default.createFile(atPath: goldFile, contents: nil)
            gold = try FileHandle(forWritingTo: URL(fileURLWithPath: goldFile))
        } else {
            gold = nil
        }
        defer { try? gold?.close() }

        let parts = (count + articlesPerFile - 1) / articlesPerFile
        let perChunk = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var part = 0
        while part < parts {
            let chunk = part..<min(parts, part + perChunk)
            let results = Slots<Part>(count: chunk.count)
            let generator = self.generator
            let articlesPerFile = self.articlesPerFile
            let wantGold = gold != nil
            DispatchQueue.concurrentPerform(iterations: chunk.count) { offset in
                let number = chunk.lowerBound + offset
                let range = (number * articlesPerFile)..<min(count, (number + 1) * articlesPerFile)
                results.set(offset, Self.render(generator, range, gold: wantGold))
            }
            for (offset, rendered) in results.values.enumerated() {
                let name = String(format: "part-%05d.jsonl", chunk.lowerBound + offset)
                try Data(rendered.lines).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
                try gold?.write(contentsOf: rendered.gold)
                manifest.files.append(name)
                manifest.textBytes += rendered.textBytes
                manifest.words += rendered.words
                manifest.quotes += rendered.quotes
            }
            part = chunk.upperBound
            progress(min(count, part * articlesPerFile))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: URL(fileURLWithPath: folder).appendingPathComponent("manifest.json"))
        return manifest
    }

    struct Part: Sendable {
        var lines: [UInt8] = []
        var gold: Data = Data()
        var textBytes = 0
        var words = 0
        var quotes = 0
    }

    static func render(_ generator: CorpusGenerator, _ range: Range<Int>, gold wantGold: Bool) -> Part {
        var part = Part()
        part.lines.reserveCapacity(range.count * 4_600)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for index in range {
            let article = generator.article(index)
            jsonLine(article, into: &part.lines)
            part.textBytes += article.text.utf8.count
            part.words += article.wordCount
            part.quotes += article.quotes.count
            if wantGold, let line = try? encoder.encode(GoldLine(id: article.id, quotes: article.quotes)) {
                part.gold.append(line)
                part.gold.append(0x0A)
            }
        }
        return part
    }

    private struct GoldLine: Codable {
        var id: String
        var quotes: [CorpusGenerator.GoldQuote]
    }

    /// One article as a JSON object on one line, in the fields `graphctl ingest` reads.
    static func jsonLine(_ article: CorpusGenerator.Article, into out: inout [UInt8]) {
        func field(_ name: String, _ value: String, last: Bool = false) {
            out.append(0x22)
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: "\":".utf8)
            appendJSONString(value, to: &out)
            if !last { out.append(0x2C) }
        }
        out.append(0x7B)
        field("id", article.id)
        field("title", article.title)
        field("outlet", article.outlet)
        field("published", article.published)
        field("url", article.url)
        field("text", article.text, last: true)
        out.append(0x7D)
        out.append(0x0A)
    }

    /// Appends `value` as a JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func appendJSONString(_ value: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}

/// Slots that concurrent workers fill, one index each; read once all workers are done.
final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
