import Testing

@testable import Graph

/// Odd input gives fewer findings, never a crash. Timings are measured by hand, not asserted here.
@Suite struct GarbledInputTests {
    @Test func randomBytes() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let x = Pipeline.standard.extract(String(decoding: bytes, as: UTF8.self))
        #expect(x.quotes.allSatisfy { $0.span.start <= $0.span.end })
    }

    @Test func tenThousandQuoteMarks() {
        let text = String(repeating: "\"“ a ” ' ‘ \" b \"", count: 10_000)
        _ = Pipeline.standard.extract(text)
        _ = Pipeline.standard.extract(String(repeating: "\"", count: 10_000))
    }

    @Test func oneFiveMegabyteLine() {
        let sentence = "Ruiz said \"we will\" and Berg of the Water Board (WB) replied, according to the Valley Times. "
        let text = String(repeating: sentence, count: 5_000_000 / sentence.utf8.count)
        let x = Pipeline.standard.extract(text)
        #expect(!x.quotes.isEmpty)
    }

    @Test func emptyAndBlankTexts() {
        for text in ["", " ", "\n\n\n", "\"", "“", "'", "(", "Mr.", "U.S."] {
            _ = Pipeline.standard.extract(text)
        }
    }
}
