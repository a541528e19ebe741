import Foundation
import Testing

/// Whatever analysts scrape goes in or is refused with a reason; nothing crashes. Sizes here are kept small enough
/// for a debug build; `fuzz/hostile` runs the full-size cases (a 50 MB line) against the release build, with timings.
@Suite(.serialized) final class HostileInputTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphctl-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: @Sendable () -> [UInt8]
        /// nil when the input must be ingested; otherwise a word the rejection must contain.
        var rejection: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "one-long-line.txt", bytes: {
            Array((0..<10_000).map { "Word\($0) said \"quote \($0)\" and " }.joined().utf8)
        }),
        Case(name: "quote-marks.txt", bytes: { Array(String(repeating: "\"“”'‘’", count: 20_000).utf8) + Array(" end".utf8) }),
        Case(name: "unbalanced-then-long.txt", bytes: {
            Array(("Ann Lee said \"this never closes. " + String(repeating: "More text follows here. ", count: 20_000)).utf8)
        }),
        Case(name: "nested-brackets.txt", bytes: {
            Array(("Text " + String(repeating: "([{“'", count: 10_000) + "core" + String(repeating: "'”}])", count: 10_000)).utf8)
        }),
        Case(name: "right-to-left.txt", bytes: {
            Array("قال أحمد \"نحن مستعدون\" للصحفيين. \"אנחנו מוכנים,\" אמר דוד לוי. Dr. Ana Ruiz said \"ok\".".utf8)
        }),
        Case(name: "emoji-and-combining.txt", bytes: {
            Array("Zoe\u{0301} Ma\u{0308}rz 👩🏽‍🚀 of the Moon Agency (MA) said: \"We launch 🚀 tomorrow,\" Zoe\u{0301} said.".utf8)
        }),
        Case(name: "html-pasted.txt", bytes: {
            Array("<html><body><p>&ldquo;We agree,&rdquo; said <b>Chief Ola Dahl</b>.</p><script>var s = \"x\";</script></body></html>".utf8)
        }),
        Case(name: "nul-bytes.txt", bytes: { Array("Text with a ".utf8) + [0] + Array(" NUL byte.".utf8) }, rejection: "binary"),
        Case(name: "invalid-utf8.txt", bytes: { Array("Caf".utf8) + [0xC3, 0x28, 0xA0, 0xA1] + Array(" text.".utf8) }, rejection: "UTF-8"),
        Case(name: "utf16-bom.txt", bytes: {
            var bytes: [UInt8] = [0xFE, 0xFF]
            for unit in "\"Wide text,\" said Ann Lee.".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            return bytes
        }),
        Case(name: "random-bytes.txt", bytes: {
            var generator = SplitMix64(seed: 42)
            return (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }, rejection: "binary"),
    ]

    @Test(arguments: cases)
    func isIngestedOrRejectedWithAReason(input: Case) throws {
        let file = folder.appendingPathComponent(input.name)
        try Data(input.bytes()).write(to: file)
        let db = folder.appendingPathComponent("\(input.name).sqlite").path
        let result = try GraphCtlProcess.run(["ingest", "--db", db, file.path])
        if let rejection = input.rejection {
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains(input.name) && result.stderr.contains(rejection), "\(result.stderr)")
        } else {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("1 documents added"))
        }
        for command in ["quotes", "entities"] {
            let listing = try GraphCtlProcess.run([command, "--db", db, "--format", "jsonl"])
            #expect(listing.status == 0, "\(listing.stderr)")
        }
    }
}

/// A small deterministic generator, so that the random-bytes case is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
