import Testing
@testable import Graph

@Suite struct SearchQueryTests {
    @Test(arguments: [
        ("fleet repairs", #""fleet" "repairs""#),
        (#""fleet repairs""#, #""fleet repairs""#),
        ("“fleet repairs”", #""fleet repairs""#),
        ("repair*", #""repair" *"#),
        (#""fleet rep"*"#, #""fleet rep" *"#),
        ("drill OR exercise", #""drill" OR "exercise""#),
        ("army’s long—range", #""army's" "long-range""#),
        ("NEAR(fleet peace) col:x ^start", #""NEAR(fleet" "peace)" "col:x" "^start""#),
        ("or and not", #""or" "and" "not""#),
        (#"unterminated "phrase here"#, #""unterminated" "phrase here""#),
    ])
    func buildsSafeExpressions(input: String, expected: String) throws {
        #expect(try SearchQuery(input).expression == expected)
    }

    @Test(arguments: ["", "   ", "\"\"", "* - ;", "OR"])
    func refusesTextWithoutWords(input: String) {
        #expect(throws: QueryError.self) { try SearchQuery(input) }
    }
}
