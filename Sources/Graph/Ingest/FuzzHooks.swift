/// Entry points for the fuzzer (`Sources/GraphFuzz`): internal stages exposed for hostile bytes, with the invariants
/// that must hold on any input checked by `precondition`, so that a violation is a crash the fuzzer reports.
public enum FuzzHooks {
    /// Reads `bytes` as a JSON Lines file; every line becomes an article or a problem naming its line.
    public static func readJSONLines(_ bytes: [UInt8]) {
        let items = JSONLinesReader.read(bytes, file: "fuzz.jsonl")
        for case let .problem(problem) in items {
            precondition(problem.file == "fuzz.jsonl" && problem.line != nil || items.count == 1, "a problem lost its line")
        }
    }

    /// Decodes `bytes` as a plain-text article.
    public static func decodeArticle(_ bytes: [UInt8]) {
        if let text = try? ArticleText.decode(bytes) {
            precondition(!text.isEmpty, "an empty article was accepted")
        }
    }

    /// Checks that every span of `extraction` lies inside `text` and that its text is what the span covers.
    public static func check(_ extraction: Extraction, of text: String) {
        let scalars = Array(text.unicodeScalars)
        func covered(_ span: TextSpan) -> String {
            precondition(0 <= span.start && span.start <= span.end && span.end <= scalars.count, "span \(span) outside the text")
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars[span.start..<span.end])
            return String(out)
        }
        for entity in extraction.entities {
            precondition(!entity.name.isEmpty, "an entity without a name")
            for mention in entity.mentions { precondition(covered(mention.span) == mention.surface, "mention surface differs from its span") }
        }
        for quote in extraction.quotes {
            _ = covered(quote.span)
            precondition(quote.speaker.map { extraction.entities.indices.contains($0) } ?? true, "speaker index out of range")
            precondition(quote.via.map { extraction.entities.indices.contains($0) } ?? true, "via index out of range")
            precondition((0...1).contains(quote.confidence), "confidence outside 0...1")
        }
        for relation in extraction.relations {
            _ = covered(relation.span)
            precondition(extraction.entities.indices.contains(relation.subject) && extraction.entities.indices.contains(relation.object),
                         "relation index out of range")
        }
    }
}
