import Testing
@testable import Graph

@Suite struct DateSpanTests {
    static let october12to26 = DateSpan(startMonth: 10, startDay: 12, endMonth: 10, endDay: 26)

    @Test(arguments: [
        "the yearly Coastal Shield manoeuvres, planned for October 12 through October 26.",
        "are to stage the Coastal Shield autumn drills from October 12 to 26 to test their readiness",
        "The drills run Oct. 12-26.",
        "The drills run Oct 12 - 26, officials said.",
        "The drills run Oct. 12 – Oct. 26 near the coast.",
        "The drills run Oct. 12—26",
        "The drills run from October 12th to 26th.",
        "The drills run between October 12 and October 26.",
        "The drills run between Oct. 12 and 26 in the south.",
        "The drills run from Monday, October 12, to Thursday, October 26.",
        "The drills run October 12 until October 26",
        "The drills run Oct. 12 thru Oct. 26",
        "The drills run 12 October to 26 October.",
        "The drills run 12-26 October.",
        "The drills run from 12 to 26 October",
        "The drills run 12th-26th October",
        "The drills run OCTOBER 12 TO 26.",
    ])
    func parsesTheSameSpanInManySurfaceForms(_ text: String) {
        let found = DateSpan.spans(in: text)
        #expect(found.map(\.dayKey) == [Self.october12to26.dayKey], "\(text)")
        #expect(found.first?.year == nil)
    }

    @Test func readsAYearAfterEitherDate() {
        #expect(DateSpan.spans(in: "The drills run October 12-26, 2031.") == [
            DateSpan(startMonth: 10, startDay: 12, endMonth: 10, endDay: 26, year: 2031),
        ])
        #expect(DateSpan.spans(in: "from 12 to 26 October 2031") == [
            DateSpan(startMonth: 10, startDay: 12, endMonth: 10, endDay: 26, year: 2031),
        ])
        #expect(DateSpan.spans(in: "from Oct. 12, 2031 to Oct. 26, 2031") == [
            DateSpan(startMonth: 10, startDay: 12, endMonth: 10, endDay: 26, year: 2031),
        ])
        // Across a new year: the year is the first day's.
        #expect(DateSpan.spans(in: "from December 28, 2030 to January 3, 2031") == [
            DateSpan(startMonth: 12, startDay: 28, endMonth: 1, endDay: 3, year: 2030),
        ])
        #expect(DateSpan.spans(in: "from December 28 to January 3, 2031").first?.year == 2030)
        // Two years that contradict each other give nothing.
        #expect(DateSpan.spans(in: "from Oct. 12, 2030 to Oct. 26, 2031").isEmpty)
    }

    @Test func readsSpansOverAMonthEnd() {
        #expect(DateSpan.spans(in: "The talks run Sept. 28 to Oct. 2.") == [
            DateSpan(startMonth: 9, startDay: 28, endMonth: 10, endDay: 2),
        ])
        #expect(DateSpan.spans(in: "The talks run 28 September - 2 October.") == [
            DateSpan(startMonth: 9, startDay: 28, endMonth: 10, endDay: 2),
        ])
    }

    @Test(arguments: [
        "The drills begin October 12.",  // one date
        "The drills begin next Monday and last until Oct. 26.",  // no first day
        "Support rose from 12 to 26 percent in October.",  // no month beside the days
        "In October 12 to 26 percent of voters said so.",  // a count, not a day
        "By October 12 to 26 people had signed.",
        "The drills run October 12-26%.",
        "The drills run October 26 to 12.",  // ends before it starts
        "The drills run October 12 to 12.",
        "The drills run February 27 to 30.",  // no such day
        "The drills run October 32 to 35.",
        "The drills run June 40-45.",
        "The meeting ran 21:00-23:30 on Tuesday.",  // times of day
        "They may 12 to 26 of them.",  // a verb, not a month
        "The vote was 12-26 against.",
        "Scores were 12 to 26 October's tally",  // "to" needs "from" or "between" before bare days
        "The drills run October 12 and 26.",  // "and" only after "between"
        "The drills run July 28 to March 3.",  // backwards across months, not over a new year
        "The project ran 2021-2023.",
        "The drills run October 12 to 26.5 hours",
    ])
    func parsesNothingWhereNoSpanIsStated(_ text: String) {
        let found = DateSpan.spans(in: text)
        #expect(found.isEmpty, "\(text): \(found)")
    }

    @Test func onlySpanIsNilWhenASentenceGivesTwoDifferentSpans() {
        let text = "The first phase runs October 1 to 10 and the second October 12 to 26."
        #expect(DateSpan.spans(in: text).count == 2)
        #expect(DateSpan.onlySpan(in: text) == nil)
        #expect(DateSpan.onlySpan(in: "October 12 to 26, or, as officials put it, Oct. 12-26.") == Self.october12to26)
    }

    @Test func describesTheSpanInOneForm() {
        #expect(Self.october12to26.description == "October 12 to 26")
        #expect(DateSpan(startMonth: 9, startDay: 28, endMonth: 10, endDay: 2, year: 2031).description
            == "September 28 to October 2, 2031")
        #expect(Self.october12to26.dayKey == "10-12|10-26")
    }
}
