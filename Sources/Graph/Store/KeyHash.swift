/// The 64-bit FNV-1a hash of a key's UTF-8 bytes: stable across runs and builds, unlike `Hasher`, so that it can be
/// stored (`graph_key_hash` in SQL) and kept in filters built from stored rows.
enum KeyHash {
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
