/// A span of days an article gives for something, as written: a first and a last day of the calendar, and the year
/// when the text states it ("October 12 through October 26", "from Oct. 12 to 26", "12-26 October 2026").
///
/// Two surface forms of one span are equal values: the span is what the text says, not how it says it. A span that
/// crosses into the next year ("December 28 to January 3") has an end month before its start month.
public struct DateSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    public var startMonth: Int
    public var startDay: Int
    public var endMonth: Int
    public var endDay: Int
    /// The year of the first day, when the text gives one.
    public var year: Int?

    public init(startMonth: Int, startDay: Int, endMonth: Int, endDay: Int, year: Int? = nil) {
        self.startMonth = startMonth
        self.startDay = startDay
        self.endMonth = endMonth
        self.endDay = endDay
        self.year = year
    }

    /// The days without the year, in a form that sorts and compares as text: `10-12|10-26`.
    public var dayKey: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(startMonth))-\(two(startDay))|\(two(endMonth))-\(two(endDay))"
    }

    /// "October 12 to 26", "October 28 to November 3", "October 12 to 26, 2026".
    public var description: String {
        let start = "\(Self.monthNames[startMonth - 1]) \(startDay)"
        let end = endMonth == startMonth ? "\(endDay)" : "\(Self.monthNames[endMonth - 1]) \(endDay)"
        return "\(start) to \(end)" + (year.map { ", \($0)" } ?? "")
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
}
