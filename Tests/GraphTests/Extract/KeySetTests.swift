import Testing
@testable import Graph

@Suite struct KeySetTests {
    @Test func answersAsASetOfStringsDoesWhileItGrows() {
        var keys = KeySet()
        var strings: Set<String> = []
        let pieces = ["a", "tarvik", "o'neill", "sixteen-letters!", "seventeen-letters", "são", "sa\u{0303}o", "x y", ""]
        for i in 0..<2_000 {
            let key = pieces[i % pieces.count] + (i % 3 == 0 ? "" : String(i % 700))
            if i % 2 == 0 {
                keys.insert(key)
                strings.insert(key)
            }
            #expect(keys.contains(key) == strings.contains(key), "\(key)")
        }
        for piece in pieces { #expect(keys.contains(piece) == strings.contains(piece), "\(piece)") }
    }

    @Test func aComposedAndADecomposedKeyAreOneKey() {
        var keys = KeySet()
        keys.insert("s\u{00E3}o")
        #expect(keys.contains("sa\u{0303}o"))
        #expect(!keys.contains("sao"))
    }
}
