import Foundation
import Testing
@testable import Graph

@Suite struct CorpusGeneratorTests {
    @Test func theSameSeedWritesTheSameArticles() {
        let one = CorpusGenerator(seed: 7), two = CorpusGenerator(seed: 7)
        for index in [0, 1, 99, 123_456] {
            #expect(one.article(index) == two.article(index))
        }
        #expect(CorpusGenerator(seed: 8).article(0).text != one.article(0).text)
        #expect(one.article(1).text != one.article(0).text)
    }

    @Test func aSmallCorpusIsThePrefixOfALargerOne() throws {
        let folder = try TemporaryDirectory()
        let small = try CorpusWriter(seed: 3, articlesPerFile: 100).write(count: 20, to: folder.path("small"))
        let large = try CorpusWriter(seed: 3, articlesPerFile: 7).write(count: 45, to: folder.path("large"))
        func lines(_ name: String, _ files: [String]) throws -> [Substring] {
            try files.flatMap { file in
                try String(contentsOfFile: folder.path("\(name)/\(file)"), encoding: .utf8).split(separator: "\n")
            }
        }
        #expect(large.files.count == 7)
        #expect(Array(try lines("large", large.files).prefix(20)) == (try lines("small", small.files)))
    }

    @Test func ingestReadsEveryGeneratedArticleBackUnchanged() throws {
        let folder = try TemporaryDirectory()
        let manifest = try CorpusWriter(seed: 11, articlesPerFile: 25).write(count: 60, to: folder.path("corpus"))
        var documents: [SourceDocument] = []
        for item in ArticleSource(paths: [folder.path("corpus")]) {
            guard case let .document(document) = item else {
                Issue.record("a generated line was rejected: \(item)")
                continue
            }
            documents.append(document)
        }
        let generator = CorpusGenerator(seed: 11)
        #expect(documents.count == 60)
        #expect(documents.map(\.text) == (0..<60).map { generator.article($0).text })
        #expect(documents[5].name == "gen-11-5")
        #expect(documents[5].outlet == generator.article(5).outlet)
        #expect(manifest.textBytes == documents.reduce(0) { $0 + $1.text.utf8.count })
        #expect(manifest.words == documents.reduce(0) { $0 + CorpusGenerator.Article.words(in: $1.text) })
    }

    @Test func goldQuotesStandInTheirArticles() {
        let generator = CorpusGenerator(seed: 5)
        for index in 0..<200 {
            let article = generator.article(index)
            for quote in article.quotes {
                // A closing full stop may be written as a comma before the attribution.
                let words = quote.text.hasSuffix(".") ? String(quote.text.dropLast()) : quote.text
                #expect(article.text.contains(words), "article \(index): \(quote.text)")
                #expect((quote.speaker == nil) == (quote.kind == .scare))
            }
        }
    }

    @Test func articlesUseEveryQuotationPattern() {
        let generator = CorpusGenerator(seed: 1)
        let articles = (0..<300).map(generator.article)
        let quotes = articles.flatMap(\.quotes)
        #expect(Set(quotes.map(\.kind)) == Set(QuoteKind.allCases))
        #expect(quotes.contains { $0.via != nil })
        #expect(quotes.contains { $0.cue == "according to" })
        let text = articles.map(\.text).joined(separator: "\n")
        for pattern in [" said: \"", "\" he added.", "\" she added.", " according to ", " quoted ", "\u{201C}", "Dr. "] {
            #expect(text.contains(pattern), "no \(pattern) in 300 articles")
        }
        // Organisations are introduced with their acronyms: "the Northern Fisheries Council (NFC)".
        #expect(text.contains(/the [A-Z][a-z]+( [A-Z][a-z]+)+ \([A-Z]{2,}\)/))
        let words = articles.map(\.wordCount)
        #expect(words.min()! > 250)
        #expect(words.max()! < 2_000)
    }

    @Test(arguments: [("Northern Fisheries Council", "NFC"), ("Council of Baltic Tenants", "CBT"), ("Wind Power Board", "WPB")])
    func acronymsAreTheCapitalisedInitials(name: String, acronym: String) {
        #expect(CorpusGenerator.acronym(name) == acronym)
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControlCharacters() throws {
        var out: [UInt8] = []
        let text = "He said \"no\" \\ then\nleft\t\u{1}. Zoë “yes”"
        CorpusWriter.appendJSONString(text, to: &out)
        let decoded = try JSONDecoder().decode(String.self, from: Data(out))
        #expect(decoded == text)
    }
}
