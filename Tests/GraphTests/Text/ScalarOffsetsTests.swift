import Testing
@testable import Graph

@Suite struct ScalarOffsetsTests {
    @Test(arguments: ["", "plain ascii", "Ana’s “sharp cut” — done", String(repeating: "é😀a", count: 100)])
    func matchesScalarCountOfEveryPrefix(text: String) {
        let bytes = Array(text.utf8)
        let offsets = ScalarOffsets(bytes)
        var scalars = 0
        var byte = 0
        for scalar in text.unicodeScalars {
            #expect(offsets.scalarOffset(ofByte: byte) == scalars)
            byte += String(scalar).utf8.count
            scalars += 1
        }
        #expect(offsets.scalarOffset(ofByte: bytes.count) == scalars)
    }
}
