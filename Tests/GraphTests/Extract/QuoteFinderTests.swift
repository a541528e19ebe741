import Testing

@testable import Graph

/// Quotation spans: every mark style the issue lists, written as small texts for this project.
@Suite struct QuoteFinderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let quotes: [String]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "straight", text: #""We will rebuild the bridge," Mayor Ana Ruiz said."#, quotes: ["We will rebuild the bridge,"]),
        Case(label: "curly", text: "“We will rebuild the bridge,” Ana Ruiz said.", quotes: ["We will rebuild the bridge,"]),
        Case(
            label: "curly opening closed by straight", text: "Ruiz promised to “fully restore\" the service by May.",
            quotes: ["fully restore"]),
        Case(
            label: "mixed styles in one text",
            text: "Ruiz called it “a disgrace.” Later she said \"we are done\" and left.",
            quotes: ["a disgrace.", "we are done"]),
        Case(
            label: "single quotes nested in double",
            text: "\"He told me, 'Do not sign it,' and I did not,\" Ruiz said.",
            quotes: ["He told me, 'Do not sign it,' and I did not,"]),
        Case(
            label: "apostrophes are not marks",
            text: "The Farmers’ Union said Ruiz's plan is \"too little\" and the workers' pay is low.",
            quotes: ["too little"]),
        Case(
            label: "editorial insertions stay inside",
            text: "\"The [Harbour Authority] and the (city) council must act,\" Ruiz said.",
            quotes: ["The [Harbour Authority] and the (city) council must act,"]),
        Case(
            label: "quotation over several paragraphs",
            text: "Ruiz said:\n\"The first thing is money.\n\"The second thing is time.\"\nThen she left.",
            quotes: ["The first thing is money.\n\"The second thing is time."]),
        Case(
            label: "unbalanced mark does not swallow the article",
            text: "Ruiz said \"we will see.\nThe council met on Monday.\nIts chair said \"no comment\" to reporters.",
            quotes: ["no comment"]),
        Case(
            label: "nested marks of the same family",
            text: "“He calls it “hell” but he is wrong,” Ruiz said.", quotes: ["He calls it “hell” but he is wrong,"]),
    ]

    @Test(arguments: cases)
    func findsQuotations(_ c: Case) {
        let doc = Pipeline.standard.annotate(c.text)
        #expect(doc.quotations.map { doc.string($0.inner) } == c.quotes)
    }

    @Test func quotationsNeverCrossAnUnclosedParagraph() {
        let text = String(repeating: "He said \"this never ends\nNext paragraph.\n", count: 50)
        let doc = Pipeline.standard.annotate(text)
        #expect(doc.quotations.isEmpty)
    }
}
