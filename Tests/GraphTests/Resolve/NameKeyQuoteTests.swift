import Testing
@testable import Graph

/// `NameKey.quote` reads ASCII texts byte by byte; these check it against the scalar-by-scalar rules it replaced.
@Suite struct NameKeyQuoteTests {
    /// The scalar-by-scalar quote key, which every non-ASCII text goes through, as the oracle.
    static func oracle(_ text: String, dropBrackets: Bool) -> String {
        NameKey.scalarQuoteKey(text, dropBrackets: dropBrackets)
    }

    static func expectSameAsOracle(_ text: String) {
        let dropped = oracle(text, dropBrackets: true)
        #expect(NameKey.quote(text) == (dropped.isEmpty ? oracle(text, dropBrackets: false) : dropped), "\(text)")
        #expect(NameKey.quoteWithInsertions(text) == oracle(text, dropBrackets: false), "\(text)")
    }

    @Test(arguments: [
        "", " ", "We Will Not Back Down.", "the (Northern) Coastal Guard", "[inaudible]", "((nested) twice) then",
        "unclosed (bracket at the end", "closed) before it opened", "guard's and guard`s and guards", "Mixed\tTabs\nLines",
        "  leading and trailing  ", "2,400 tonnes by 2031 -- or else!", "A.B.C. say: \"yes\"", "'''", "a'b c''d",
    ])
    func asciiTextsGetTheKeyTheScalarRulesGive(text: String) {
        Self.expectSameAsOracle(text)
    }

    @Test func randomAsciiTextsGetTheKeyTheScalarRulesGive() {
        let alphabet = Array("aZq09 []()'`-.,:;\"!?\t\n&/_~")
        var state: UInt64 = 0x5EED
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            Self.expectSameAsOracle(text)
        }
    }

    @Test func nonAsciiTextsKeepTheirFolding() {
        #expect(NameKey.quote("Café “déjà vu” — (aside) done") == "cafe deja vu done")
        #expect(NameKey.quote("It’s ﬁne") == "its fine")
    }
}
