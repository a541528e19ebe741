import Testing
@testable import Graph

/// The tokenizer keeps every word's key; these check the kept keys, and the tests that read them, against the
/// rules they replaced.
@Suite struct DocKeyTests {
    /// A token's key as it was made before keys were kept: ASCII letters lower-cased, curly apostrophes straight.
    static func oracleKey(_ doc: Doc, _ i: Int) -> String {
        let span = doc.tokens[i].span
        var out = [UInt8]()
        var j = span.start
        while j < span.end {
            let b = doc.bytes[j]
            if b == 0xE2, j + 2 < span.end, doc.bytes[j + 1] == 0x80, doc.bytes[j + 2] == 0x99 || doc.bytes[j + 2] == 0x98 {
                out.append(0x27)
                j += 3
                continue
            }
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            j += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The headline test as it was, allocating and lower-casing each short word.
    static func oracleHeadline(_ doc: Doc, _ p: Int) -> Bool {
        let para = doc.paragraphs[p]
        var words = 0
        var caps = 0
        for t in para.tokens where doc.tokens[t].kind == .word {
            let token = doc.tokens[t]
            if token.span.count <= 4, Doc.headlineFunctionWords.contains(doc.string(token.span)) { continue }
            if token.span.count <= 3, t != para.tokens.lowerBound,
                Doc.headlineFunctionWords.contains(doc.string(token.span).lowercased())
            {
                continue
            }
            words += 1
            if token.isCapitalized || token.flags.contains(.allCaps) { caps += 1 }
        }
        guard words >= 1 else { return false }
        var end = para.tokens.upperBound - 1
        if p == 0 { while end > para.tokens.lowerBound, doc.tokens[end].kind == .quote { end -= 1 } }
        let last = doc.tokens[end]
        if last.kind == .punct, [0x2E, 0x21, 0x3F].contains(doc.bytes[last.span.start]) {
            return p == 0 && words >= 5 && caps == words
        }
        if last.kind == .quote { return false }
        return caps * 4 >= words * 3 && (words >= 2 || para.tokens.count <= 2)
    }

    static let texts = [
        "Tarvik’s Mayor Says ‘No’ to the Plan\nORVELLE DOCK WORKERS VOTE TO STRIKE\nThe Fund’s Offer: Take It Or Leave It",
        "Ana O’Neill SAID it was “the END.” The Board and the Union Talk of a Deal\nTalks In Tarvik, Of All Places",
        "Mkhize Rejects Ülker’s Offer AND the Fine Print\nKelvin \u{212A} Wins\nA\nOf And The",
    ]

    @Test(arguments: texts)
    func keptKeysAreTheKeysOfEveryWord(text: String) {
        var doc = Doc(text)
        Tokenizer().process(&doc)
        for i in doc.tokens.indices {
            #expect(doc.key(token: i) == Self.oracleKey(doc, i))
            let kind = doc.tokens[i].kind
            #expect(doc.wordKeys[i] == (kind == .word || kind == .possessive ? Self.oracleKey(doc, i) : ""))
        }
    }

    @Test(arguments: texts + ["A key longer than sixteen: Overcommercialisation’s", "\u{E9}t\u{E9} and Caf\u{E9}\u{301}"])
    func keptPackedKeysAreThePackedFormsOfTheKeys(text: String) {
        var doc = Doc(text)
        Tokenizer().process(&doc)
        #expect(doc.packedKeys.count == doc.tokens.count)
        for i in doc.tokens.indices {
            #expect(doc.packedKeys[i] == (PackedWord(doc.wordKeys[i]) ?? .none), "\(doc.wordKeys[i])")
        }
    }

    @Test func asciiGazetteerKeysAreTheKeysTheScalarRulesGive() {
        let alphabet = Array("aZ -,'.Q\t")
        var state: UInt64 = 0x6A2E
        for _ in 0..<2_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            #expect(Gazetteer.key(text) == Gazetteer.scalarKey(text), "\(text.debugDescription)")
        }
        for name in Gazetteer.countries + Gazetteer.cities + Array(Gazetteer.variants.keys) {
            #expect(Gazetteer.key(name) == Gazetteer.scalarKey(name), "\(name)")
        }
    }

    @Test(arguments: [
        ("Sen. Vask spoke.", ["Sen.", "Vask", "spoke"]), ("The R-Ky. office", ["The", "R-Ky.", "office"]),
        ("By the Corp. line", ["By", "the", "Corp.", "line"]), ("A Xyz. B", ["A", "Xyz", "B"]),
        ("Ökv-gov. Tarn", ["Ökv-gov.", "Tarn"]), ("Pell-xq. Tarn", ["Pell-xq", "Tarn"]),
    ])
    func abbreviationsKeepTheirPeriod(text: String, words: [String]) {
        var doc = Doc(text)
        Tokenizer().process(&doc)
        #expect(doc.tokens.indices.filter { doc.tokens[$0].kind == .word }.map { doc.string(token: $0) } == words)
    }

    @Test(arguments: texts)
    func headlinesAreFoundAsBefore(text: String) {
        var doc = Doc(text)
        Tokenizer().process(&doc)
        for p in doc.paragraphs.indices { #expect(doc.isHeadlineCase(paragraph: p) == Self.oracleHeadline(doc, p)) }
    }

    @Test func generatedArticlesHaveTheirHeadlinesFoundAsBefore() {
        let generator = CorpusGenerator(seed: 5)
        for index in 0..<40 {
            var doc = Doc(generator.article(index).text)
            Tokenizer().process(&doc)
            for p in doc.paragraphs.indices { #expect(doc.isHeadlineCase(paragraph: p) == Self.oracleHeadline(doc, p)) }
        }
    }

    @Test func everyGazetteerNameOpensAnEntry() {
        let names = Gazetteer.countries + Gazetteer.states + Gazetteer.cities + Array(Gazetteer.variants.keys)
        for name in names {
            var doc = Doc(name)
            Tokenizer().process(&doc)
            guard let first = doc.tokens.indices.first(where: { doc.tokens[$0].kind == .word }) else { continue }
            #expect(Gazetteer.mayOpenEntry(doc.wordKeys[first]), "\(name)")
        }
        #expect(!Gazetteer.mayOpenEntry("zzyzx"))
    }
}
