@testable import Graph

/// A stand-in extractor for store and ingest tests: each straight-quoted passage is a quote said by the article's
/// first capitalised word, which becomes a PERSON. Independent of the real extraction rules on purpose.
struct QuotedPassages: Component {
    var name = "test-quoted-passages"
    var version = "1"
    var requires: Set<Annotation> = []
    var assigns: Set<Annotation> = [.entities, .attributions]

    func process(_ doc: inout Doc) {
        let bytes = doc.bytes
        if let start = bytes.firstIndex(where: { (65...90).contains($0) }) {
            var end = start
            while end < bytes.count, (65...90).contains(bytes[end]) || (97...122).contains(bytes[end]) { end += 1 }
            let name = doc.string(ByteSpan(start, end))
            doc.entities.append(DocEntity(name: name, type: .person, mentions: [ByteSpan(start, end)]))
        }
        var open: Int?
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\"") {
            if let start = open {
                doc.quotes.append(DocQuote(
                    span: ByteSpan(start + 1, index), kind: .direct, speaker: doc.entities.isEmpty ? nil : 0,
                    cue: "said", confidence: 0.9, extractor: name, extractorVersion: version))
                open = nil
            } else {
                open = index
            }
        }
    }
}

extension Pipeline {
    static var quotedPassages: Pipeline { try! Pipeline([QuotedPassages()]) }
}
