import ArgumentParser
import Foundation
import Graph

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what the extraction pipeline finds in one article, without a database.",
        discussion: """
            For debugging extraction rules: entities, quotes with their speakers and media, and relations, with
            Unicode scalar offsets into the article's text.

              graphctl extract samples/article.txt
              graphctl extract samples/article.txt --format jsonl | jq .
            """
    )

    @Argument(help: "A plain-text article, or - for standard input.")
    var file: String

    @Option(help: "Output format: table or jsonl.")
    var format: OutputFormat = .table

    func run() throws {
        let text = try readArticle(file)
        let extraction = Pipeline.standard.extract(text)
        switch format {
        case .jsonl, .csv:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(extraction), as: UTF8.self))
        case .table:
            for (index, entity) in extraction.entities.enumerated() {
                let aliases = entity.aliases.isEmpty ? "" : " (\(entity.aliases.joined(separator: ", ")))"
                let days = entity.dateSpans.map { "  held \($0)" }.joined()
                print("entity \(index)  \(entity.type.rawValue)  \(entity.name)\(aliases)  ×\(entity.mentions.count)\(days)")
            }
            for quote in extraction.quotes {
                let speaker = quote.speaker.map { extraction.entities[$0].name } ?? "?"
                let via = quote.via.map { " via \(extraction.entities[$0].name)" } ?? ""
                print("\(quote.kind.rawValue)  \(speaker) -> \"\(quote.text)\"\(via)  [\(quote.cue ?? "-") \(quote.confidence)]")
            }
            for relation in extraction.relations {
                print("relation  \(extraction.entities[relation.subject].name) \(relation.predicate) \(extraction.entities[relation.object].name)")
            }
        }
    }

    private func readArticle(_ path: String) throws -> String {
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(path): not valid UTF-8 text")
        }
        return text
    }
}
