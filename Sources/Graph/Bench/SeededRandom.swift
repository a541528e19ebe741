/// SplitMix64: a small, fast generator whose whole output follows from its seed, on every platform and release.
///
/// The standard library's generator is seeded by the system and its algorithm may change; a benchmark corpus must
/// be the same bytes everywhere, so the generator draws from this one.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one item of a stream, independent of every other item: article `index` of corpus `seed`
    /// is the same whichever articles are generated before it, and on whichever thread.
    init(seed: UInt64, stream: UInt64, index: Int) {
        var mixer = SeededRandom(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next() ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`; the tiny modulo bias does not matter for text generation.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next() % UInt64(bound))
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < p
    }

    /// An index in `0..<count` skewed toward 0, as real coverage is: a few speakers are quoted everywhere, most
    /// rarely.
    mutating func skewed(_ count: Int) -> Int {
        let u = Double(next() >> 11) * 0x1p-53
        return min(count - 1, Int(Double(count) * u * u * u))
    }
}
