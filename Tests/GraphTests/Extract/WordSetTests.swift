import Testing
@testable import Graph

@Suite struct WordSetTests {
    static let words = [
        "said", "a", "according", "sixteen-letters!", "seventeen-letters", "são", "o'brien", "x y", "",
    ]

    @Test(arguments: [
        "said", "Said", "sai", "saidx", "a", "b", "according", "sixteen-letters!", "sixteen-letters?", "seventeen-letters",
        "seventeen-letterz", "são", "sa\u{0303}o", "sao", "o'brien", "o’brien", "x y", "x", "", " ", "ünïcode",
    ])
    func answersAsASetOfStringsDoes(key: String) {
        #expect(WordSet(Self.words).contains(key) == Set(Self.words).contains(key), "\(key)")
    }

    @Test func findsEveryWordOfEveryLexiconAndNothingElse() {
        for list in [Lexicon.stopwords, Lexicon.speechVerbs, Lexicon.titles, Gazetteer.demonyms, Lexicon.describedSpeakers] {
            for word in list.words {
                #expect(list.contains(word))
                #expect(list.contains(word + "q") == list.words.contains(word + "q"))
                #expect(list.contains(word.uppercased()) == list.words.contains(word.uppercased()))
            }
        }
    }

    @Test func aFullTableStillFindsEveryWord() {
        let many = (0..<5_000).map { "w\($0)" }
        let set = WordSet(many)
        #expect(many.allSatisfy(set.contains))
        #expect(!set.contains("w5000") && !set.contains("w"))
    }
}
