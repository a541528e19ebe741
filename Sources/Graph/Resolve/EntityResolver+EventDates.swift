/// The same-dates tier: an event renamed in its last word is one event when articles give it the same days.
///
/// "Harbour Freedom Guardian" in one article and "Harbour Freedom Shield" in another share every word but the last,
/// the shape of a renamed annual exercise, but also of two operations of one war. What tells them apart is when they
/// happen: two articles that give the same explicit span of days for them ("October 12 through October 26", "from
/// October 12 to 26"), in the sentence that names them, and were published within a few months of each other, speak
/// of one event. Two operations of one war are held on different days, so they stay apart.
///
/// The names must keep two words or more once a generic head ("Operation", "Exercise") is set aside, besides the
/// last, and the last word must be no number, year or roman numeral ("Games 2020" and "Games 2024" are two games).
extension EntityResolver {
    /// How far apart two articles' publication dates may be for their spans to be the same event's.
    static let sameDatesWindowDays = 122
    static let sameDatesConfidence = 0.7

    /// An event's name stem with one span of days and what dates the article: the key of kind `dates`.
    struct EventDateKey: Hashable {
        var stem: String
        var span: DateSpan
        /// The article's publication day (`YYYY-MM-DD`), when known.
        var published: String?

        /// What every key of the same stem and days starts with. The publication day follows it, so that the keys of
        /// articles published near one day are one range of the index.
        var prefix: String { "\(stem)|\(span.dayKey)|" }
        var key: String { prefix + "\(published ?? "")|\(span.year.map(String.init) ?? "")" }

        /// The ranges of stored keys (lower bound inclusive, upper exclusive) that may agree with this one: those
        /// published within the window and those of unknown date; every key of the stem and days when this
        /// article's date is unknown.
        var candidateRanges: [(String, String)] {
            // "|" is followed by "}" in ASCII: every key that goes on from `text + "|"` sorts below `text + "}"`.
            guard let published, let day = Self.dayNumber(published) else { return [(prefix, stem + "|" + span.dayKey + "}")] }
            let window = EntityResolver.sameDatesWindowDays
            return [
                (prefix + "|", prefix + "}"),
                (prefix + Self.isoDay(day - window), prefix + Self.isoDay(day + window) + "}"),
            ]
        }

        init(stem: String, span: DateSpan, published: String?) {
            self.stem = stem
            self.span = span
            self.published = published
        }

        /// Reads a stored key back; nil for a key of another shape.
        init?(parsing key: String) {
            let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 5 else { return nil }
            let start = parts[1].split(separator: "-").compactMap { Int($0) }
            let end = parts[2].split(separator: "-").compactMap { Int($0) }
            guard start.count == 2, end.count == 2 else { return nil }
            stem = parts[0]
            span = DateSpan(startMonth: start[0], startDay: start[1], endMonth: end[0], endDay: end[1], year: Int(parts[4]))
            published = parts[3].isEmpty ? nil : parts[3]
        }

        /// Whether two articles' identical spans can be the same occurrence: the years they state agree, and their
        /// publication days, when both are known, are within `sameDatesWindowDays`; a stated year and the other
        /// article's publication day within a year.
        func agrees(with other: EventDateKey) -> Bool {
            if let a = span.year, let b = other.span.year, a != b { return false }
            if let a = published.flatMap(Self.dayNumber), let b = other.published.flatMap(Self.dayNumber) {
                if abs(a - b) > EntityResolver.sameDatesWindowDays { return false }
            }
            for (year, published) in [(span.year, other.published), (other.span.year, published)] {
                guard let year, let day = published.flatMap(Self.dayNumber) else { continue }
                let start = Self.dayNumber(year: year, month: span.startMonth, day: span.startDay)
                if abs(start - day) > 366 { return false }
            }
            return true
        }

        /// The day of a `YYYY-MM-DD` text (what follows it, a time, is ignored), counted from 1970-01-01.
        static func dayNumber(_ text: String) -> Int? {
            let parts = text.prefix(10).split(separator: "-")
            guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                (1...12).contains(m), (1...31).contains(d)
            else { return nil }
            return dayNumber(year: y, month: m, day: d)
        }

        /// The `YYYY-MM-DD` text of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
        static func isoDay(_ days: Int) -> String {
            let z = days + 719468
            let era = (z >= 0 ? z : z - 146096) / 146097
            let doe = z - era * 146097
            let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
            let mp = (5 * doy + 2) / 153
            let d = doy - (153 * mp + 2) / 5 + 1
            let m = mp < 10 ? mp + 3 : mp - 9
            let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
            func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
            return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        }

        /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
        static func dayNumber(year: Int, month: Int, day: Int) -> Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146097 + doe - 719468
        }
    }

    /// Generic heads set aside before an event name's words are compared: "Operation Granite Shield" has one word
    /// of its own besides the last, too few to say anything.
    static let genericEventWords: Set<Substring> = ["the", "operation", "exercise", "exercises", "drill", "drills"]

    /// The words an event name shares with its renamings: all but the last, once generic heads are set aside; nil
    /// when fewer than two remain or the last word is a number, a year or a roman numeral.
    ///
    /// - Parameter key: the name key of an event name (`NameKey.name(_:type:)`).
    static func eventStem(_ key: String) -> String? {
        var words = NameKey.words(key)[...]
        while let first = words.first, genericEventWords.contains(first) { words = words.dropFirst() }
        while let last = words.last, genericEventWords.contains(last) { words = words.dropLast() }
        guard words.count >= 3, let last = words.last, !last.contains(where: \.isNumber), !isRomanNumeral(last),
            !words.contains(where: { $0.contains("|") })
        else { return nil }
        return words.dropLast().joined(separator: " ")
    }

    /// Whether a lower-case word is a well-formed roman numeral ("ii", "xiv", and also "mix").
    static func isRomanNumeral(_ word: Substring) -> Bool {
        guard !word.isEmpty, word.allSatisfy({ "ivxlcdm".contains($0) }) else { return false }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        var total = 0
        let digits = word.map { values[$0]! }
        for (i, value) in digits.enumerated() {
            total += i + 1 < digits.count && digits[i + 1] > value ? -value : value
        }
        return total > 0 && total < 4000 && romanNumeral(total) == String(word)
    }

    private static func romanNumeral(_ n: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
            (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var n = n
        var out = ""
        for (value, numeral) in table {
            while n >= value {
                out += numeral
                n -= value
            }
        }
        return out
    }

    /// The `dates` keys of an event group: each eligible name's stem with the span its article gives.
    static func eventDateKeys(_ group: Group, published: String?) -> [EventDateKey] {
        guard group.root.type == .event else { return [] }
        let spans = Set(([group.root] + group.members).flatMap(\.dateSpans))
        guard spans.count == 1, let span = spans.first else { return [] }
        var seen: Set<String> = []
        let stems = ([group.root.key] + group.strongKeys).compactMap(eventStem).filter { seen.insert($0).inserted }
        return stems.map { EventDateKey(stem: $0, span: span, published: published) }
    }

    /// The `dates` key prefixes (stem and days) that two events of one article share: "the Harbour Freedom Shield and
    /// Harbour Freedom Guardian drills run October 12-26" names two events that the days cannot tell apart.
    ///
    /// - Parameter parent: for each local entity, the root of its group (`fold(_:)`).
    static func sharedDatePrefixes(_ locals: [Local], parent: [Int]) -> Set<String> {
        var members: [Int: [Local]] = [:]
        for i in locals.indices where locals[i].type == .event { members[parent[i], default: []].append(locals[i]) }
        var seen: Set<String> = []
        var shared: Set<String> = []
        for (root, group) in members where locals[root].type == .event {
            let others = group.filter { $0.key != locals[root].key || $0.name != locals[root].name }
            for key in eventDateKeys(Group(root: locals[root], members: others), published: nil) {
                if !seen.insert(key.prefix).inserted { shared.insert(key.prefix) }
            }
        }
        return shared
    }

    /// The event nodes other articles gave the same stem and days, in an agreeing time, that no analyst's split rule
    /// keeps apart from `names` (in either direction), with the key that found each.
    ///
    /// - Parameters:
    ///   - keys: the group's `dates` keys.
    ///   - names: the name keys of the group and of the node it resolved to, if any.
    ///   - excluded: name keys of nodes the analyst split the group's names from.
    /// - Complexity: two index ranges per key (articles published near this one, and those of unknown date), at
    ///   most 16 rows each, and a rule lookup per candidate.
    func sameDatesNodes(
        _ keys: [EventDateKey], names: Set<String>, excluded: Set<String>, in store: GraphStore
    ) throws -> [(node: EntityCandidate, key: EventDateKey)] {
        var found: [(node: EntityCandidate, key: EventDateKey)] = []
        var seen: Set<EntityID> = []
        for key in keys {
            let stored = try key.candidateRanges.flatMap { try store.entities(withDatesKeysFrom: $0.0, below: $0.1, limit: 16) }
            for (node, storedKey) in stored {
                guard node.type == .event, !excluded.contains(node.key), !seen.contains(node.id),
                    let theirs = EventDateKey(parsing: storedKey), theirs.agrees(with: key)
                else { continue }
                if try store.rules(forKey: node.key).contains(where: { $0.action == .split && names.contains($0.targetKey) }) {
                    continue
                }
                seen.insert(node.id)
                found.append((node, theirs))
            }
        }
        return found
    }

    /// Why two names were joined, for the merge log.
    static func sameDatesDetail(_ name: String, _ other: String, _ key: EventDateKey) -> String {
        "same dates: \(name) and \(other) are both held \(key.span)"
    }
}
