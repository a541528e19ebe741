extension DateSpan {
    /// The spans of days a text states with an explicit first and last day, in text order.
    ///
    /// Accepted, with any of the connectors "to", "through", "thru", "until", "till", a hyphen or a dash ("and"
    /// after "between"), abbreviated months with or without their period, ordinal days ("12th"), a weekday before
    /// a date ("Monday, Oct. 12") and a year after either date:
    ///
    ///     October 12 through October 26       Oct. 12-26            from October 12 to 26
    ///     October 28 to November 3          12 October to 26 October   from 12 to 26 October   12-26 October 2026
    ///     between Oct. 12 and 26            from Monday, October 12, to Thursday, October 26
    ///
    /// Conservative: a month is a capitalised month name; a day is 1 to the month's last day; the last day comes after
    /// the first (a span that wraps into the next year runs from December into January only); a bare end day ("to 26")
    /// must not be followed by a word that makes it a count ("26 percent", "26 people"); "12-26 October" needs the dash
    /// or a "from"/"between" before it. A single date, a span without a month, or a time of day gives nothing.
    ///
    /// - Parameter text: a sentence, typically; any text works.
    /// - Returns: the spans found, possibly none.
    /// - Complexity: O(n) in the length of the text.
    public static func spans(in text: String) -> [DateSpan] {
        let tokens = SpanToken.tokenize(text)
        var found: [DateSpan] = []
        var i = 0
        while i < tokens.count {
            if let (span, next) = parse(tokens, at: i) {
                found.append(span)
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    /// The one span `text` states, or nil when it states none or several different ones.
    public static func onlySpan(in text: String) -> DateSpan? {
        let found = Set(spans(in: text))
        return found.count == 1 ? found.first : nil
    }

    // MARK: Grammar

    /// A span starting at token `i`, and the index after it.
    private static func parse(_ t: [SpanToken], at i: Int) -> (DateSpan, Int)? {
        let lead = i > 0 ? t[i - 1].word : nil
        let between = lead == "between"
        let openedByFrom = lead == "from" || between
        var k = i
        skipWeekday(t, &k)
        // Month first: "October 12 ...".
        if let month = month(t, &k), let day = day(t, &k) {
            let startYear = year(t, &k)
            guard connector(t, &k, between: between) != nil else { return nil }
            skipWeekday(t, &k)
            var endMonth = month
            let hasEndMonth: Bool
            if let m = self.month(t, &k) {
                endMonth = m
                hasEndMonth = true
            } else {
                hasEndMonth = false
            }
            guard let endDay = self.day(t, &k) else { return nil }
            let endYear = year(t, &k)
            // "October 12 to 26 percent": the end was a count, not a day.
            if !hasEndMonth, endYear == nil, !endsSpan(t, k) { return nil }
            if hasEndMonth, endYear == nil, !endsSpan(t, k), k < t.count, t[k].number != nil { return nil }
            return make(month, day, endMonth, endDay, startYear: startYear, endYear: endYear).map { ($0, k) }
        }
        // Day first: "12 October to 26 October", "12-26 October", "from 12 to 26 October".
        k = i
        skipWeekday(t, &k)
        guard let day = day(t, &k) else { return nil }
        if let month = month(t, &k) {
            let startYear = year(t, &k)
            guard connector(t, &k, between: between) != nil else { return nil }
            skipWeekday(t, &k)
            guard let endDay = self.day(t, &k), let endMonth = self.month(t, &k) else { return nil }
            let endYear = year(t, &k)
            return make(month, day, endMonth, endDay, startYear: startYear, endYear: endYear).map { ($0, k) }
        }
        guard let connector = connector(t, &k, between: between), connector == .dash || openedByFrom,
            let endDay = self.day(t, &k), let month = month(t, &k)
        else { return nil }
        let endYear = year(t, &k)
        return make(month, day, month, endDay, startYear: nil, endYear: endYear).map { ($0, k) }
    }

    private static func make(_ m1: Int, _ d1: Int, _ m2: Int, _ d2: Int, startYear: Int?, endYear: Int?) -> DateSpan? {
        guard d1 <= lastDay(m1), d2 <= lastDay(m2) else { return nil }
        let wraps = m2 < m1
        if wraps {
            guard m1 == 12, m2 == 1 else { return nil }
        } else if m1 == m2, d2 <= d1 {
            return nil
        }
        var year = startYear
        if let endYear {
            let implied = wraps ? endYear - 1 : endYear
            if let startYear, startYear != implied { return nil }
            year = implied
        }
        return DateSpan(startMonth: m1, startDay: d1, endMonth: m2, endDay: d2, year: year)
    }

    private static func lastDay(_ month: Int) -> Int {
        switch month {
        case 2: 29
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // MARK: Pieces

    private enum Connector { case dash, word }

    /// The word or dash between the two dates; a comma may stand before a word ("Monday, Oct. 12, to ...").
    private static func connector(_ t: [SpanToken], _ k: inout Int, between: Bool) -> Connector? {
        guard k < t.count else { return nil }
        if t[k].isDash {
            k += 1
            return .dash
        }
        let j = t[k].isComma ? k + 1 : k
        guard j < t.count, let word = t[j].word else { return nil }
        guard between ? word == "and" : rangeWords.contains(word) else { return nil }
        k = j + 1
        return .word
    }

    private static func skipWeekday(_ t: [SpanToken], _ k: inout Int) {
        guard k < t.count, t[k].isCapitalized, let word = t[k].word, weekdays.contains(word) else { return }
        var j = k + 1
        if j < t.count, t[j].isPeriod { j += 1 }
        if j < t.count, t[j].isComma { j += 1 }
        k = j
    }

    private static func month(_ t: [SpanToken], _ k: inout Int) -> Int? {
        guard k < t.count, t[k].isCapitalized, let word = t[k].word, let month = months[word] else { return nil }
        var j = k + 1
        // "Oct." keeps its period; "October." would end the sentence, and then no day follows anyway.
        if j < t.count, t[j].isPeriod, word.count <= 4 { j += 1 }
        k = j
        return month
    }

    private static func day(_ t: [SpanToken], _ k: inout Int) -> Int? {
        guard k < t.count, let n = t[k].number, t[k].digits <= 2, (1...31).contains(n) else { return nil }
        k += 1
        return n
    }

    /// ", 2026" or " 2026" after a date.
    private static func year(_ t: [SpanToken], _ k: inout Int) -> Int? {
        var j = k
        if j < t.count, t[j].isComma { j += 1 }
        guard j < t.count, let n = t[j].number, t[j].digits == 4, t[j].ordinal == false, (1800...2200).contains(n)
        else { return nil }
        k = j + 1
        return n
    }

    /// Whether what follows a bare end day leaves it a day: the end of the text, punctuation other than a percent
    /// sign or a hyphen, or a function word.
    private static func endsSpan(_ t: [SpanToken], _ k: Int) -> Bool {
        guard k < t.count else { return true }
        let next = t[k]
        if let word = next.word { return !next.isCapitalized && followers.contains(word) }
        if next.number != nil { return false }
        return !next.isDash && !next.isPercent
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    static let rangeWords: Set<String> = ["to", "through", "thru", "until", "till", "til"]

    /// Words that may follow the last day of a span: they begin another clause or phrase, never a noun a number counts.
    static let followers: Set<String> = [
        "to", "and", "or", "but", "in", "on", "at", "as", "for", "with", "near", "off", "across", "around", "along",
        "amid", "during", "after", "before", "under", "over", "inside", "outside", "this", "next", "last", "that",
        "which", "when", "while", "where", "who", "the", "a", "an", "of", "from", "involving", "including",
        "aimed", "is", "are", "was", "were", "will", "would", "said", "says", "according", "between", "among", "by",
        "so", "despite", "if", "because", "since", "until", "although", "though",
    ]
}

/// A token of the span grammar: a word (lower-cased), a number, or one punctuation mark.
private struct SpanToken {
    var word: String?
    var number: Int?
    var digits = 0
    var ordinal = false
    var isCapitalized = false
    var mark: UInt32 = 0

    var isDash: Bool { mark == 0x2D || mark == 0x2013 || mark == 0x2014 || mark == 0x2012 || mark == 0x2212 }
    var isComma: Bool { mark == 0x2C }
    var isPeriod: Bool { mark == 0x2E }
    var isPercent: Bool { mark == 0x25 }

    /// Letters make words, digits numbers ("12th" is the number 12, an ordinal); every other scalar but space is a
    /// mark of its own. A word glued to digits ("12km") is no day.
    static func tokenize(_ text: String) -> [SpanToken] {
        var out: [SpanToken] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace {
                i += 1
            } else if s.properties.isAlphabetic {
                var j = i
                while j < scalars.count, scalars[j].properties.isAlphabetic { j += 1 }
                var word = String(String.UnicodeScalarView(scalars[i..<j]))
                let capitalized = s.properties.isUppercase
                word = word.lowercased()
                out.append(SpanToken(word: word, isCapitalized: capitalized))
                i = j
            } else if ("0"..."9").contains(s) {
                var j = i
                var value = 0
                while j < scalars.count, ("0"..."9").contains(scalars[j]), j - i < 6 {
                    value = value * 10 + Int(scalars[j].value - 0x30)
                    j += 1
                }
                var token = SpanToken(number: value, digits: j - i)
                var k = j
                while k < scalars.count, scalars[k].properties.isAlphabetic { k += 1 }
                if k > j {
                    let suffix = String(String.UnicodeScalarView(scalars[j..<k])).lowercased()
                    if ["st", "nd", "rd", "th"].contains(suffix), token.digits <= 2 {
                        token.ordinal = true
                    } else {
                        token.number = nil  // "21km", "3D"
                        token.word = suffix
                    }
                } else if k < scalars.count, ("0"..."9").contains(scalars[k]) || scalars[k] == ":" || scalars[k] == "." && k + 1 < scalars.count && ("0"..."9").contains(scalars[k + 1]) {
                    token.number = nil  // a longer number, a time (21:30) or a decimal (21.5)
                }
                out.append(token)
                i = k
                // Skip the rest of a number that was cut off, so its digits start no day of their own.
                if token.number == nil, token.word == nil {
                    while i < scalars.count, ("0"..."9").contains(scalars[i]) || scalars[i] == ":" || scalars[i] == "." {
                        i += 1
                    }
                }
            } else {
                out.append(SpanToken(mark: s.value))
                i += 1
            }
        }
        return out
    }
}
