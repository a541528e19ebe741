/// Maps UTF-8 byte offsets to Unicode scalar offsets in one text.
///
/// A scalar starts at every byte that is not a continuation byte (`10xxxxxx`), so the scalar offset of a byte is the
/// number of non-continuation bytes before it. The table keeps one count per 64 bytes; a lookup counts the rest.
struct ScalarOffsets {
    private let bytes: [UInt8]
    private var blockStarts: [Int] = []
    private static let blockSize = 64

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        blockStarts.reserveCapacity(bytes.count / Self.blockSize + 1)
        var count = 0
        for (index, byte) in bytes.enumerated() {
            if index % Self.blockSize == 0 { blockStarts.append(count) }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        blockStarts.append(count)
    }

    /// The scalar offset of byte `offset`, where `offset` may be `bytes.count`.
    func scalarOffset(ofByte offset: Int) -> Int {
        let offset = min(max(offset, 0), bytes.count)
        let block = offset / Self.blockSize
        var count = blockStarts[block]
        var index = block * Self.blockSize
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
