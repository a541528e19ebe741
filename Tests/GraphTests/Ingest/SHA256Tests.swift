import Testing
@testable import Graph

@Suite struct SHA256Tests {
    /// The examples published with FIPS 180-4.
    @Test func publishedDigests() {
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000).utf8)
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The padding takes one block or two depending on the length: lengths on both sides of each boundary, for a
    /// text stored contiguously and for the same bytes in a collection that is not.
    @Test func lengthsAroundTheBlockBoundaries() {
        let digests = [
            55: "595615dbe4f0f407ae397d08b4c2cb870cb9b0e11937416f950c5160acf9c005",
            56: "784f623b787495078e93ff28a25b581df0584055a7e71d8cd90c454716b92f51",
            57: "808f0738aa4401bdee842e5a15a7baad5809f976d8eb6f9bd2683cebd2e8d671",
            63: "5ca3e1ef5207490eac01a795e5cc94d59582a5118bf9534665c8668d87aa647c",
            64: "2fcd5a0d60e4c941381fcc4e00a4bf8be422c3ddfafb93c809e8d1e2bfffae8e",
            65: "1b3cd1877ab2f2f19f7be001722554f336cb799df0329de0bb4c118dc6abc06d",
            119: "faef67da856d6fd9c8d12f9ed0a4fefd3cf0ce085ab43e2907418d457e3c354b",
            120: "c9512b08619c19fbb503c7da6b46ef20301e5f7a7a5f43989182398536f5c5c8",
            128: "6c05be2c4268843ae47e68e611277ce62c02153f2f4d2e1e2a1a4b44f766cf74",
        ]
        for (length, digest) in digests {
            let text = String((0..<length).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })
            #expect(SHA256.hex(text.utf8) == digest, "length \(length)")
            #expect(SHA256.hex(text.utf8.lazy.map { $0 }) == digest, "length \(length), not contiguous")
        }
    }
}
