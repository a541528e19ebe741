import Foundation

/// Normalised lookup keys for names and quote texts, so that typography never splits one thing in two.
///
/// A name key folds case, diacritics, curly apostrophes, hyphens and dots ("Choi Dong-hyun" = "choi dong hyun",
/// "U.S." = "us", "Farmers’ Union" = "farmers union") and drops a final possessive ("Park’s" = "park"). A person key
/// also drops leading honorifics and titles ("Col. Choi Dong-hyun" = "choi dong hyun"). A quote key drops quotation
/// marks, editorial insertions in brackets and all punctuation.
public enum NameKey {
    /// The key of an entity name.
    public static func name(_ text: String) -> String {
        isASCII(text) ? asciiName(text) : scalarName(text)
    }

    /// `name` of any text, scalar by scalar.
    static func scalarName(_ text: String) -> String {
        // The key is written as UTF-8 bytes and made a string once: appending to a string a scalar at a time cost
        // more than folding.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in fold(text) {
            switch scalar {
            case "'":
                continue  // "Farmers' Union" and "Farmers Union" are the same name
            case ".":
                continue  // "U.S." and "US"
            case "-", " ", "\t", "\n", ",", "(", ")", "\"", "/", ":", ";", "[", "]":
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return stripPossessive(String(decoding: out, as: UTF8.self), original: text)
    }

    /// `name` of an ASCII text, byte by byte: the same steps, where `fold` is lower-casing and a backtick becomes an
    /// apostrophe. Building the key a scalar at a time was most of the cost of preparing an article's entities.
    private static func asciiName(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            let b = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte == 0x60 ? 0x27 : byte
            switch b {
            case 0x27, 0x2E:  // ' .
                continue
            case 0x2D, 0x20, 0x09, 0x0A, 0x2C, 0x28, 0x29, 0x22, 0x2F, 0x3A, 0x3B, 0x5B, 0x5D:  // - sp \t \n , ( ) " / : ; [ ]
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(b)
            }
        }
        // `stripPossessive` on bytes: an ASCII key has no line break, so each byte is a character.
        if out.count > 2, out[out.count - 1] == 0x73, endsInPossessive(text) { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether an ASCII text ends in an apostrophe (or backtick) and an "s", before trailing spaces.
    private static func endsInPossessive(_ text: String) -> Bool {
        let bytes = text.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let previous = bytes.index(before: end)
            guard [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20].contains(bytes[previous]) else { break }
            end = previous
        }
        guard bytes.distance(from: bytes.startIndex, to: end) >= 2 else { return false }
        let last = bytes[bytes.index(end, offsetBy: -1)]
        let apostrophe = bytes[bytes.index(end, offsetBy: -2)]
        return last | 0x20 == 0x73 && (apostrophe == 0x27 || apostrophe == 0x60)
    }

    /// The key of a name of `type`: for people, without leading titles ("President", "Mr.", "Col.") and without
    /// the conjunctions a sentence start glues to them ("And I", "If Warren Ashby").
    public static func name(_ text: String, type: EntityType) -> String {
        let key = name(text)
        guard type == .person else { return key }
        // A key's words are split by single spaces, so without a title or a glued word in front it is its own
        // result; the first word answers that without splitting the rest. Not a key that ends in a space (a
        // possessive stripped after a break: "x:'s"), which the split drops, and only in ASCII is every space byte a
        // character of its own.
        if key.utf8.last != 0x20, isASCII(key) {
            let first = key.utf8.firstIndex(of: 0x20).map { String(key[..<$0]) }
            guard let first, titles.contains(first) || leadingNoise.contains(first) else { return key }
        }
        var words = Self.words(key)
        while words.count > 1, titles.contains(String(words[0])) || leadingNoise.contains(String(words[0])) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// The words of a key (or of any text), split at spaces as `split(separator: " ")` splits them.
    ///
    /// In ASCII every byte is a character of its own, so the bytes are split: splitting by `Character` breaks
    /// the text into grapheme clusters first, which made splitting keys a tenth of an article's resolution work.
    static func words(_ key: String) -> [Substring] {
        asciiWords(key, separatedBy: { $0 == 0x20 }) ?? key.split(separator: " ")
    }

    /// The non-empty runs of an ASCII text between separator bytes; nil for a text that is not ASCII.
    ///
    /// Cut at the offsets of the separators, read from the contiguous bytes: indexes made from UTF-8 offsets are
    /// O(1) in a native string, and in ASCII each is a character's. Through `Collection.split` on the UTF-8 view
    /// a key took about 4,500 instructions.
    static func asciiWords(_ text: String, separatedBy isSeparator: (UInt8) -> Bool) -> [Substring]? {
        let utf8 = text.utf8
        let words = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            guard isASCII(bytes) else { return nil }
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var words: [Substring] = []
            var start = 0
            for offset in 0...bytes.count where offset == bytes.count || isSeparator(bytes[offset]) {
                if offset > start { words.append(text[index(start)..<index(offset)]) }
                start = offset + 1
            }
            return words
        }
        if let words { return words }
        return isASCII(text) ? text.utf8.split(whereSeparator: isSeparator).map { Substring($0) } : nil
    }

    /// "park's" → "park", but only when the text really ends in an apostrophe-s (not "Ross", not "Farmers'").
    private static func stripPossessive(_ key: String, original: String) -> String {
        guard key.utf8.last == UInt8(ascii: "s"), key.hasSuffix("s"), key.count > 2 else { return key }
        if isASCII(original) {
            // The same test on bytes: ASCII folds to ASCII, one character a byte.
            var end = original.utf8.count
            let bytes = Array(original.utf8)
            while end > 0, [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20].contains(bytes[end - 1]) { end -= 1 }
            guard end >= 2, bytes[end - 1] | 0x20 == UInt8(ascii: "s"), bytes[end - 2] == 0x27 || bytes[end - 2] == 0x60
            else { return key }
            return String(key.dropLast())
        }
        let folded = String(String.UnicodeScalarView(fold(original))).trimmingCharacters(in: .whitespacesAndNewlines)
        guard folded.hasSuffix("'s") else { return key }
        return String(key.dropLast())
    }

    /// Whether every byte of the text is ASCII.
    ///
    /// Eight bytes at a time where the bytes are contiguous (native strings always are): byte by byte through the
    /// UTF-8 view, this test, asked of every name and quote key, was a twentieth of an extraction thread's work.
    static func isASCII(_ text: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ isASCII($0) }) { return answer }
        return text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether every byte is ASCII, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        while offset < bytes.count {
            if base[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }

    /// The initials of a multi-word proper name, skipping function words: "Council of Naval Staff" → "cns".
    ///
    /// - Returns: nil for names of fewer than two significant words.
    public static func initials(_ text: String) -> String? {
        let key = name(text)
        if isASCII(key) {
            // The same on bytes: in an ASCII key (which holds no line break) each byte is a character. Every
            // function word has at most three letters.
            var letters: [UInt8] = []
            for word in words(key) {
                if word.utf8.count <= 3, functionWords.contains(String(word)) { continue }
                letters.append(word.utf8.first!)
            }
            return letters.count >= 2 ? String(decoding: letters, as: UTF8.self) : nil
        }
        return scalarInitials(key)
    }

    /// `initials` from any name key, character by character.
    static func scalarInitials(_ key: String) -> String? {
        let words = key.split(separator: " ").filter { !functionWords.contains(String($0)) }
        guard words.count >= 2 else { return nil }
        return String(words.compactMap(\.first))
    }

    /// Whether a name is written as an acronym: two to eight letters, all capitals ("NSPA", "U.S.", "NATO").
    public static func isAcronym(_ text: String) -> Bool {
        if isASCII(text) {
            // The same test on bytes: in ASCII the whitespace trimmed is space and tab, and the letters are A-Z, a-z.
            let bytes = text.utf8
            guard var start = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
            let end = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
            var letters = 0
            while true {
                let b = bytes[start]
                if b == 0x20 { return false }
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { letters += 1 }
                if start == end { break }
                start = bytes.index(after: start)
            }
            return (2...8).contains(letters)
        }
        // A lowercase ASCII letter is a letter that is not a capital: no acronym, whatever else the text holds.
        if text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
        return scalarIsAcronym(text)
    }

    /// `isAcronym` of any text, character by character.
    static func scalarIsAcronym(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.contains(" ") else { return false }
        let letters = trimmed.unicodeScalars.filter(\.properties.isAlphabetic)
        return (2...8).contains(letters.count) && letters.allSatisfy(\.properties.isUppercase)
    }

    /// A person's name words in sorted order, so that "Min Ho Park" and "Park Min Ho" share a key.
    public static func sortedWords(_ key: String) -> String? {
        let words = Self.words(key)
        guard words.count >= 2 else { return nil }
        return words.sorted().joined(separator: " ")
    }

    /// A person's name key without middle initials and generational suffixes: "warren j ashby" → "warren ashby",
    /// "joseph r biden jr" → "joseph biden". The key itself when it has none; nil for a single word.
    public static func plainName(_ key: String) -> String? {
        var words = Self.words(key)
        while words.count > 2, let last = words.last, suffixes.contains(String(last)) { words.removeLast() }
        guard words.count >= 2 else { return nil }
        let middle = words.dropFirst().dropLast().filter { $0.count > 1 }
        return ([words[0]] + middle + [words[words.count - 1]]).joined(separator: " ")
    }

    /// The surname of a person's full name key: its last word, without a generational suffix ("joseph r biden jr" →
    /// "biden"); nil for a single word or a last word of one letter.
    public static func surname(_ key: String) -> String? {
        var words = Self.words(key)
        while words.count > 2, let last = words.last, suffixes.contains(String(last)) { words.removeLast() }
        guard words.count >= 2, let last = words.last, last.count > 1 else { return nil }
        return String(last)
    }

    /// The middle initials of a person's name key: "george h w bush" → ["h", "w"].
    static func middleInitials(_ key: String) -> [Substring] {
        let words = Self.words(key)
        guard words.count > 2 else { return [] }
        return words.dropFirst().dropLast().filter { $0.count == 1 }
    }

    /// The generational suffix a person's name key ends with ("jr", "sr", "iii"), if any.
    static func generation(_ key: String) -> String? {
        let words = Self.words(key)
        guard words.count > 2, let last = words.last, suffixes.contains(String(last)) else { return nil }
        return String(last)
    }

    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Whether a name is a proper name of several words: every significant word capitalised ("Northern State Press
    /// Agency"), unlike a description ("Norvale's leader", "the president").
    public static func isProperName(_ text: String) -> Bool {
        // ASCII without a carriage return, where each byte is a character ("\r\n" is one): the same test on bytes.
        if isASCII(text), !text.utf8.contains(0x0D) { return asciiIsProperName(text) }
        return scalarIsProperName(text)
    }

    /// `isProperName` of any text, character by character.
    static func scalarIsProperName(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard words.count >= 2 else { return false }
        for (index, word) in words.enumerated() {
            let plain = name(String(word))
            if plain.isEmpty { continue }
            if index > 0 && functionWords.contains(plain) { continue }
            guard let first = word.unicodeScalars.first(where: \.properties.isAlphabetic) ?? word.unicodeScalars.first,
                first.properties.isUppercase || ("0"..."9").contains(first)
            else { return false }
        }
        return true
    }

    private static func asciiIsProperName(_ text: String) -> Bool {
        guard let words = asciiWords(text, separatedBy: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) else {
            return scalarIsProperName(text)
        }
        guard words.count >= 2 else { return false }
        for (index, word) in words.enumerated() {
            let plain = asciiName(String(word))
            if plain.isEmpty { continue }
            if index > 0 && functionWords.contains(plain) { continue }
            let first = word.utf8.first(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) ?? word.utf8.first!
            guard (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) else { return false }
        }
        return true
    }

    /// The key of a quote's text.
    ///
    /// Editorial insertions in square brackets or parentheses are dropped ("(Northern) Coastal Guard" = "Coastal
    /// Guard"), unless the whole text is one.
    public static func quote(_ text: String) -> String {
        let withoutInsertions = quoteKey(text, dropBrackets: true)
        return withoutInsertions.isEmpty ? quoteKey(text, dropBrackets: false) : withoutInsertions
    }

    /// The key of a quote's text with its editorial insertions kept: two texts with the same `quote` key but
    /// different keys here differ by an insertion.
    static func quoteWithInsertions(_ text: String) -> String { quoteKey(text, dropBrackets: false) }

    private static func quoteKey(_ text: String, dropBrackets: Bool) -> String {
        isASCII(text) ? asciiQuoteKey(text, dropBrackets: dropBrackets) : scalarQuoteKey(text, dropBrackets: dropBrackets)
    }

    /// `quoteKey` of any text, scalar by scalar: fold, then letters and digits kept, apostrophes dropped, brackets
    /// and their insides dropped when asked, anything else a word break.
    static func scalarQuoteKey(_ text: String, dropBrackets: Bool) -> String {
        var out: [UInt8] = []  // UTF-8, made a string once (as in `scalarName`)
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var depth = 0
        for scalar in fold(text) {
            if dropBrackets && (scalar == "[" || scalar == "(") {
                depth += 1
                pendingSpace = true
                continue
            }
            if dropBrackets && (scalar == "]" || scalar == ")") {
                depth = max(0, depth - 1)
                pendingSpace = true
                continue
            }
            if depth > 0 { continue }
            let value = scalar.value
            let isWordScalar = value < 0x80
                ? (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39)
                : scalar.properties.isAlphabetic
            if isWordScalar {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                UTF8.encode(scalar) { out.append($0) }
            } else if scalar == "'" {
                continue  // "guard's" and "guard’s" and "guards" alike
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `quoteKey` of an ASCII text, byte by byte: the same steps, where `fold` is lower-casing and a backtick becomes
    /// an apostrophe, and the only alphabetic characters are the letters. Asking each character's Unicode properties
    /// was most of the cost of a quote's key.
    private static func asciiQuoteKey(_ text: String, dropBrackets: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var depth = 0
        for byte in text.utf8 {
            let b = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if dropBrackets && (b == 0x5B || b == 0x28) {  // [ (
                depth += 1
                pendingSpace = true
                continue
            }
            if dropBrackets && (b == 0x5D || b == 0x29) {  // ] )
                depth = max(0, depth - 1)
                pendingSpace = true
                continue
            }
            if depth > 0 { continue }
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            } else if b == 0x27 || b == 0x60 {
                continue  // "guard's" and "guard`s" and "guards" alike
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lowercases, strips diacritics, and maps typographic variants of quote marks, apostrophes and dashes to ASCII.
    static func fold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        // ASCII, most names and quotes, is its own compatibility decomposition and lowercases byte by byte: this
        // skips Foundation's lowercasing and decomposition, which were most of the cost of a name key.
        if isASCII(text) {
            for byte in text.utf8 {
                switch byte {
                case 0x41...0x5A: out.append(Unicode.Scalar(byte | 0x20))
                case 0x60: out.append("'")
                default: out.append(Unicode.Scalar(byte))
                }
            }
            return out
        }
        if let folded = tableFold(text) { return folded }
        return scalarFold(text)
    }

    /// `fold` of a text whose scalars all fold on their own (`FoldTable`): Latin letters with their diacritics,
    /// general punctuation, curly quotes and dashes, as most names and quotes that are not ASCII write only. Lower
    /// casing and compatibility decomposition of the whole text were most of the cost of such a key.
    ///
    /// - Returns: nil when a scalar is not in the table.
    static func tableFold(_ text: String) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: out.append(Unicode.Scalar(UInt8(value) | 0x20))
            case 0x60: out.append("'")
            case 0..<0x80: out.append(scalar)
            default:
                guard let folded = FoldTable.folded(value) else { return nil }
                out.append(contentsOf: folded)
            }
        }
        return out
    }

    /// `fold` of any text: lower-cased, decomposed for compatibility, diacritics dropped and typographic variants
    /// made ASCII.
    static func scalarFold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining diacritics
            case 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: out.append("\"")
            case 0x2010...0x2015, 0x2212: out.append("-")
            case 0x00A0, 0x2000...0x200A, 0x202F: out.append(" ")
            default: out.append(scalar)
            }
        }
        return out
    }

    /// Honorifics and titles that come before a person's name, as name keys.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "premier", "chancellor", "governor", "gov", "senator", "sen",
        "rep", "representative", "congressman", "congresswoman", "mayor", "judge", "justice", "secretary",
        "gen", "general", "col", "colonel", "lt", "lieutenant", "maj", "major", "capt", "captain", "adm", "admiral",
        "sgt", "sergeant", "cmdr", "commander", "marshal", "chairman", "chairwoman", "leader", "king", "queen",
        "prince", "princess", "pope", "rev", "reverend", "former", "acting", "deputy", "foreign", "defense",
        "defence", "democrat", "democratic", "republican", "nominee", "candidate", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    ]

    /// Words a sentence start glues to a name ("And Warren Ashby", "But I"): never part of a person's name.
    static let leadingNoise: Set<String> = [
        "and", "but", "or", "if", "so", "then", "when", "while", "as", "because", "though", "although", "yet", "also",
        "maybe", "perhaps", "now", "even", "only", "still", "after", "before", "since", "until", "unlike", "like",
    ]

    /// Words left out of initials and allowed in lower case inside proper names.
    static let functionWords: Set<String> = [
        "of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "de", "du", "des", "la", "le", "van", "von", "&",
    ]
}
