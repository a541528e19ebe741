import Testing
@testable import Graph

@Suite struct BloomFilterTests {
    @Test func neverDeniesAValueItHoldsAcrossGrowth() {
        var filter = BloomFilter(capacity: 64)
        var generator = SystemRandomNumberGenerator()
        let values = (0..<50_000).map { _ in generator.next() as UInt64 }
        for value in values { filter.insert(value) }
        #expect(values.allSatisfy(filter.contains))
    }

    @Test func deniesMostValuesItNeverHeld() {
        var filter = BloomFilter(capacity: 64)
        for value in 0..<20_000 as Range<UInt64> { filter.insert(value) }
        let wrong = (1_000_000..<1_100_000 as Range<UInt64>).count(where: filter.contains)
        #expect(wrong < 5_000)  // about 1.7 % a layer; well under 5 % over all layers
    }

    @Test func smallSetsStaySmall() {
        var filter = BloomFilter(capacity: 1 << 10)
        for value in 0..<100 as Range<UInt64> { filter.insert(value) }
        #expect(filter.byteCount <= 2_048)
    }
}

@Suite struct BloomFilterBoundTests {
    @Test func pastItsMemoryBoundItStillHoldsEveryValue() {
        var filter = BloomFilter(capacity: 64, maxBytes: 4_096)
        for value in 0..<20_000 as Range<UInt64> { filter.insert(value) }
        #expect(filter.byteCount <= 4_096)
        #expect((0..<20_000 as Range<UInt64>).allSatisfy(filter.contains))
    }
}
