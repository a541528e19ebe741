import Foundation
import Testing
@testable import Graph

@Suite struct ArticleSourceTests {
    private func read(_ paths: [String]) -> (documents: [SourceDocument], problems: [IngestProblem]) {
        var documents: [SourceDocument] = []
        var problems: [IngestProblem] = []
        for item in ArticleSource(paths: paths) {
            switch item {
            case let .document(document): documents.append(document)
            case let .problem(problem): problems.append(problem)
            }
        }
        return (documents, problems)
    }

    @Test func plainTextTakesItsFirstNonEmptyLineAsTitle() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("story.txt", "\n\n  Storm closes the port  \nBody text.\n")
        let result = read([path])
        #expect(result.documents.map(\.title) == ["Storm closes the port"])
        #expect(result.documents.map(\.name) == ["story.txt"])
    }

    @Test func foldersAreWalkedRecursivelyInNameOrder() throws {
        let folder = try TemporaryDirectory()
        try folder.write("b.txt", "Second.")
        try folder.write("a.txt", "First.")
        try folder.write("sub/c.txt", "Third.")
        try folder.write("notes.md", "Not an article.")
        try folder.write(".hidden.txt", "Hidden.")
        let result = read([folder.url.path])
        #expect(result.documents.map(\.name) == ["a.txt", "b.txt", "sub/c.txt"])
        #expect(result.problems.isEmpty)
    }

    @Test func jsonLinesCarryTheirMetadata() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("feed.jsonl", """
            {"id": "n1", "title": "T", "url": "https://example.org/1", "outlet": "Wire", "published": "2031-01-02", "text": "Body one."}
            {"text": "Body two."}

            """)
        let result = read([path])
        #expect(result.problems.isEmpty)
        #expect(result.documents.count == 2)
        #expect(result.documents[0] == SourceDocument(name: "n1", title: "T", outlet: "Wire", url: "https://example.org/1", published: "2031-01-02", text: "Body one."))
        #expect(result.documents[1].name == "feed.jsonl:2")
    }

    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        let folder = try TemporaryDirectory()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Héllo “world”".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = read([try folder.write("wide.txt", bytes)])
        #expect(result.documents.map(\.text) == ["Héllo “world”"])
    }

    @Test func aUTF8ByteOrderMarkIsDropped() throws {
        let folder = try TemporaryDirectory()
        let result = read([try folder.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Text.".utf8))])
        #expect(result.documents.map(\.text) == ["Text."])
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        var file: String
        var bytes: [UInt8]
        var line: Int?
        var reason: String
        var testDescription: String { file }
    }

    static let badInputs: [BadInput] = [
        BadInput(file: "latin1.txt", bytes: Array("caf".utf8) + [0xE9, 0x20] + Array("au lait".utf8), reason: "not valid UTF-8"),
        BadInput(file: "image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], reason: "binary file"),
        BadInput(file: "empty.txt", bytes: [], reason: "empty file"),
        BadInput(file: "blank.txt", bytes: Array(" \n\t\n".utf8), reason: "empty file"),
        BadInput(file: "controls.txt", bytes: [UInt8](repeating: 0x01, count: 40) + Array("text".utf8), reason: "binary file"),
        BadInput(file: "feed.jsonl", bytes: Array("{\"text\": \"fine\"}\n{\"text\": \"broken\n".utf8), line: 2, reason: "malformed JSON"),
        BadInput(file: "feed.jsonl", bytes: Array("{\"title\": \"no text\"}\n".utf8), line: 1, reason: "no \"text\" field"),
        BadInput(file: "feed.jsonl", bytes: Array("[1, 2]\n".utf8), line: 1, reason: "expected a JSON object"),
        BadInput(file: "feed.jsonl", bytes: Array("{\"text\": 42}\n".utf8), line: 1, reason: "\"text\" must be a string"),
        BadInput(file: "feed.jsonl", bytes: Array("{\"text\": \"ok\", \"url\": [1]}\n".utf8), line: 1, reason: "\"url\" must be a string"),
        BadInput(file: "feed.jsonl", bytes: Array("{\"text\": \"".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8), line: 1, reason: "not valid UTF-8"),
    ]

    @Test(arguments: badInputs)
    func badInputIsNamedAndExplained(input: BadInput) throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write(input.file, input.bytes)
        let good = try folder.write("good.txt", "A good article.")
        let result = read([path, good])
        #expect(result.problems.count == 1)
        let problem = try #require(result.problems.first)
        #expect(problem.file == path)
        #expect(problem.line == input.line)
        #expect(problem.reason.contains(input.reason), "\(problem)")
        #expect(result.documents.contains { $0.name == "good.txt" })
    }

    @Test func aMissingPathIsReportedAndTheRestRead() throws {
        let folder = try TemporaryDirectory()
        let good = try folder.write("good.txt", "A good article.")
        let result = read([folder.path("missing.txt"), good])
        #expect(result.problems.map(\.reason) == ["no such file or folder"])
        #expect(result.documents.count == 1)
    }
}
