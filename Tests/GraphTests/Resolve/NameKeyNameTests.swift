import Testing
@testable import Graph

/// `NameKey.name`, `isAcronym` and `isProperName` read ASCII texts byte by byte; these check them against the
/// character-by-character rules they replaced, which every non-ASCII text still goes through.
@Suite struct NameKeyNameTests {
    /// A person's key as it was made before: every key split into words, titles and glued words dropped in front.
    static func oraclePersonKey(_ text: String) -> String {
        var words = NameKey.name(text).split(separator: " ")
        while words.count > 1, NameKey.titles.contains(String(words[0])) || NameKey.leadingNoise.contains(String(words[0])) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    @Test(arguments: [
        "", "Vask", "Col. Teodor Vask", "And Mr. Vask", "President", "Former Deputy Minister Ilse Tarn", "Mr.",
        "Dr Ö. Lund", "But If Tarn", "The Ostrava Board", "Sen.\u{483} Pell", "Tarn:'s", "Mr. Tarn:`s",
    ])
    func personKeysDropWhatIsInFrontAsBefore(text: String) {
        #expect(NameKey.name(text, type: .person) == Self.oraclePersonKey(text))
        #expect(NameKey.name(text, type: .organization) == NameKey.name(text))
    }

    static func expectSameAsOracle(_ text: String) {
        #expect(NameKey.initials(text) == NameKey.scalarInitials(NameKey.name(text)), "\(text.debugDescription)")
        #expect(NameKey.name(text) == NameKey.scalarName(text), "\(text.debugDescription)")
        #expect(NameKey.isAcronym(text) == NameKey.scalarIsAcronym(text), "\(text.debugDescription)")
        #expect(NameKey.isProperName(text) == NameKey.scalarIsProperName(text), "\(text.debugDescription)")
    }

    @Test(arguments: [
        "", " ", "\t", "Quillon Marsh", "Col. Teodor Vask", "U.S.", " NSPA ", "N S", "NSP A", "Vask's", "Vask`s  ",
        "Farmers' Union", "Ross", "is", "s's", "Board of the Delta", "the Delta Board", "7th Fleet", "(Orvel) Group",
        "A", "ABCDEFGHI", "AB-CD", "ab", "Tarn\r\nHollis", "Tarn\nHollis", "Tarn\tHollis", "O'Brannagh-Lutz", "x's\n",
        "Ostrava-Pell Co.", "\"Quoted\" Name", "Semi;colon:name/slash[bracket]", "Council of the Tarn Delta", "Van Der Pell & Co",
        "The Board", "A.B. Vask's",
    ])
    func asciiNamesGetTheKeysTheScalarRulesGive(text: String) {
        Self.expectSameAsOracle(text)
    }

    @Test func randomAsciiNamesGetTheKeysTheScalarRulesGive() {
        let alphabet = Array("aZqS sB'`.-\t\n\r\u{0B}\u{0C},()\"/:;[]09&")
        var state: UInt64 = 0xC0FFEE
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            Self.expectSameAsOracle(text)
            #expect(NameKey.name(text, type: .person) == Self.oraclePersonKey(text), "\(text.debugDescription)")
        }
    }

    @Test func nonAsciiNamesKeepTheirFolding() {
        #expect(NameKey.name("Jöran Vałek’s") == "joran vałek")
        #expect(NameKey.isAcronym("ÉTA"))
        #expect(NameKey.isProperName("Örnvik Harbour Board"))
    }
}
