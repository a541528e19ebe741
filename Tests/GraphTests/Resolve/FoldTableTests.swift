import Testing
@testable import Graph

/// `NameKey.fold` takes texts of ASCII and `FoldTable` scalars scalar by scalar; these check it against lower-casing
/// and decomposing the whole text, which every other text still goes through.
@Suite struct FoldTableTests {
    static func expectSameAsOracle(_ text: String) {
        #expect(NameKey.fold(text) == NameKey.scalarFold(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func everyScalarOfTheTableFoldsAsInAText() {
        for value in Array(0x80...0x24F) + Array(0x2000...0x206F) + [0x2212] {
            let s = String(Character(Unicode.Scalar(UInt32(value))!))
            #expect(NameKey.tableFold("Q" + s) != nil)
            Self.expectSameAsOracle("Q" + s + "r" + s + s + "\u{2019}s " + s)
        }
    }

    @Test func randomMixedTextsFoldAsTheWholeTextRulesDo() {
        let alphabet = Array("aZ s'`.-\"(),ÖöÅåÉéÇçÑñßİıÆæØøŁłĲĳŉſǅǄǆǖǕȘș\u{A0}\u{A8}\u{B4}\u{AD}\u{B5}\u{BD}"
            + "\u{2018}\u{2019}\u{201C}\u{201D}\u{2013}\u{2014}\u{2026}\u{2033}\u{2212}\u{200B}\u{2028}\u{2060}")
        var state: UInt64 = 0xF01D
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.unicodeScalars.append(alphabet[Int(state >> 33) % alphabet.count].unicodeScalars.first!)
            }
            Self.expectSameAsOracle(text)
        }
    }

    @Test func scalarsOutsideTheTableTakeTheWholeTextRules() {
        #expect(NameKey.tableFold("Σοφία") == nil)
        #expect(NameKey.tableFold("e\u{301}") == nil)
        #expect(NameKey.quote("Ὀδυσσεύς said") == NameKey.scalarQuoteKey("Ὀδυσσεύς said", dropBrackets: true))
    }
}
