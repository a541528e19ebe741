/// A crude, fast extractor that gives the store a realistic load, for benchmarks only: never part of `standard`.
///
/// It finds runs of two or more capitalised words (people and organisations, with a parenthesised acronym as an
/// alias), later mentions by last word, and every quoted passage, attributed to the nearest name in its paragraph.
/// Its findings are rough; what matters is that their number and shape (a dozen entities, a few dozen mentions and
/// quotes per article) resemble the real pipeline's, so that storage and resolution can be measured at scale
/// before, or apart from, the real extraction.
public struct StandInExtractor: Component {
    public var name = "bench-stand-in"
    public var version = "1"
    public var requires: Set<Annotation> = []
    public var assigns: Set<Annotation> = [.quotations, .entities, .attributions]

    public init() {}

    private static let organisationWords: Set<String> = [
        "Council", "Authority", "Association", "Federation", "Union", "Agency", "Institute", "Commission", "Alliance",
        "Board", "Corporation", "League", "Foundation", "Party", "Network", "Ministry",
    ]

    /// Capitalised at the start of a sentence, not part of the name after them.
    private static let leadingWords: Set<String> = ["The", "A", "An", "In", "According", "But", "And", "When", "Talks"]

    public func process(_ doc: inout Doc) {
        let bytes = doc.bytes
        var entityByName: [String: Int] = [:]
        var entityByLastWord: [String: Int] = [:]
        var mentions: [(span: ByteSpan, entity: Int)] = []

        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 || byte == 0x27 || byte == 0x2D
        }

        // Capitalised words, and runs of them separated by single spaces.
        var index = 0
        while index < bytes.count {
            guard isUpper(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            var words: [ByteSpan] = []
            var cursor = index
            while cursor < bytes.count, isUpper(bytes[cursor]) {
                var end = cursor
                while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
                words.append(ByteSpan(cursor, end))
                guard end + 1 < bytes.count, bytes[end] == 0x20, isUpper(bytes[end + 1]) else {
                    cursor = end
                    break
                }
                cursor = end + 1
            }
            if words.count >= 2, Self.leadingWords.contains(doc.string(words[0])) { words.removeFirst() }
            let span = ByteSpan(words[0].start, words[words.count - 1].end)
            if words.count >= 2 {
                let name = doc.string(span)
                let entity: Int
                if let known = entityByName[name] {
                    entity = known
                } else {
                    let last = doc.string(words[words.count - 1])
                    let type: EntityType = Self.organisationWords.contains(last) ? .organization : .person
                    entity = doc.entities.count
                    doc.entities.append(DocEntity(name: name, type: type))
                    entityByName[name] = entity
                    if type == .person { entityByLastWord[last] = entity }
                }
                mentions.append((span, entity))
                // "(NFC)" right after an organisation's name: its acronym.
                if span.end + 2 < bytes.count, bytes[span.end] == 0x20, bytes[span.end + 1] == 0x28 {
                    var end = span.end + 2
                    while end < bytes.count, isUpper(bytes[end]) { end += 1 }
                    if end < bytes.count, bytes[end] == 0x29, end - span.end - 2 >= 2 {
                        let acronym = doc.string(ByteSpan(span.end + 2, end))
                        if !doc.entities[entity].aliases.contains(acronym) { doc.entities[entity].aliases.append(acronym) }
                        entityByName[acronym] = entity
                    }
                }
            } else {
                let word = doc.string(span)
                if let entity = entityByLastWord[word] ?? entityByName[word] { mentions.append((span, entity)) }
            }
            index = max(cursor, index + 1)
        }
        for mention in mentions { doc.entities[mention.entity].mentions.append(mention.span) }

        // Quoted passages: straight quotes pair up in order; curly ones open and close.
        var open: Int?
        index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var mark = 0
            if byte == 0x22 {
                mark = 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D {
                mark = 3
            }
            if mark > 0 {
                if let start = open {
                    let span = ByteSpan(start, index)
                    doc.quotes.append(DocQuote(
                        span: span, kind: span.count > 40 ? .direct : .partial,
                        speaker: nearestEntity(to: span, in: mentions, bytes: bytes), cue: nil,
                        confidence: 0.5, extractor: name, extractorVersion: version))
                    open = nil
                } else {
                    open = index + mark
                }
                index += mark
            } else {
                if byte == 0x0A { open = nil }  // a quote never spans paragraphs here
                index += 1
            }
        }
    }

    /// The mention closest to the quote in its paragraph, after it first ("...," Kovar said), then before it.
    private func nearestEntity(to quote: ByteSpan, in mentions: [(span: ByteSpan, entity: Int)], bytes: [UInt8]) -> Int? {
        var best: (distance: Int, entity: Int)?
        for mention in mentions {
            let distance: Int
            if mention.span.start >= quote.end {
                distance = mention.span.start - quote.end
            } else if mention.span.end <= quote.start {
                distance = quote.start - mention.span.end + 20
            } else {
                continue
            }
            guard distance < 200, best.map({ distance < $0.distance }) ?? true else { continue }
            let range = min(quote.end, mention.span.start)..<max(quote.start, mention.span.end)
            if bytes[range].contains(0x0A) { continue }
            best = (distance, mention.entity)
        }
        return best?.entity
    }
}

extension Pipeline {
    /// The stand-in extractor alone: for measuring storage at scale apart from the real pipeline.
    public static var benchStandIn: Pipeline {
        do {
            return try Pipeline([StandInExtractor()])
        } catch {
            fatalError("\(error)")
        }
    }
}
