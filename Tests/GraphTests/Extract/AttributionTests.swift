import Testing

@testable import Graph

/// Who said it and through whom: one small text per attribution pattern of the issue.
@Suite struct AttributionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        /// The quote to check (a prefix of its text is enough).
        let quote: String
        let speaker: String?
        var via: String? = nil
        var kind: QuoteKind? = nil
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "quote, X said", text: #""The river is rising fast," Tomas Berg said."#, quote: "The river",
            speaker: "Tomas Berg", kind: .direct),
        Case(
            label: "X said: quote", text: #"Tomas Berg said: "The river is rising fast.""#, quote: "The river",
            speaker: "Tomas Berg", kind: .direct),
        Case(
            label: "quote, said X", text: #""The river is rising fast," said Tomas Berg, a hydrologist."#,
            quote: "The river", speaker: "Tomas Berg"),
        Case(
            label: "quote, X added, more", text: "Berg spoke first.\n\"We need sandbags now\", Tomas Berg added, pointing at the dam.",
            quote: "We need", speaker: "Tomas Berg"),
        Case(
            label: "other speech verbs", text: "Officials gathered.\n\"Evacuate the valley,\" Tomas Berg warned.",
            quote: "Evacuate", speaker: "Tomas Berg"),
        Case(
            label: "told", text: "\"Evacuate the valley,\" Tomas Berg told the Valley Herald newspaper.",
            quote: "Evacuate", speaker: "Tomas Berg"),
        Case(
            label: "described as", text: "The Northern Water Board on Friday described the flood as \"the worst in a century.\"",
            quote: "the worst", speaker: "Northern Water Board"),
        Case(
            label: "called for", text: "Tomas Berg called for \"immediate and total evacuation\" of the valley.",
            quote: "immediate", speaker: "Tomas Berg", kind: .partial),
        Case(
            label: "according to a medium",
            text: "\"The river is rising fast,\" Tomas Berg said, according to the state-run Valley News Agency (VNA).",
            quote: "The river", speaker: "Tomas Berg", via: "Valley News Agency"),
        Case(
            label: "according to the report named earlier",
            text: "The Valley News Agency published a report on Monday.\n\"The river is rising fast,\" Tomas Berg said, according to the report.",
            quote: "The river", speaker: "Tomas Berg", via: "Valley News Agency"),
        Case(
            label: "medium reported", text: "Tomas Berg ordered crews to \"work through the night\", the Valley News Agency reported.",
            quote: "work through", speaker: "Tomas Berg", via: "Valley News Agency"),
        Case(
            label: "medium alone is the speaker", text: "\"The dam holds,\" the Valley News Agency said.",
            quote: "The dam", speaker: "Valley News Agency"),
        Case(
            label: "X quoted Y as saying",
            text: "The Valley News Agency quoted Tomas Berg as saying the town must \"prepare for the worst\".",
            quote: "prepare", speaker: "Tomas Berg", via: "Valley News Agency"),
        Case(
            label: "speaker named in the previous sentence",
            text: "Tomas Berg addressed the crowd on Sunday. He was blunt:\n\"Nobody sleeps tonight.\"",
            quote: "Nobody sleeps", speaker: "Tomas Berg"),
        Case(
            label: "pronoun", text: "Tomas Berg visited the dam. He further stated that the town needs \"more pumps and more people.\"",
            quote: "more pumps", speaker: "Tomas Berg"),
        Case(
            label: "surname of the main person, not a namesake",
            text: "Tomas Berg led the response. Tomas Berg met Lina Berg, his sister. Later Berg said: \"We hold the line.\"",
            quote: "We hold", speaker: "Tomas Berg"),
        Case(
            label: "title and description stripped",
            text: "\"We are ready,\" Water Board spokesman Col. Erik Nyland said in a briefing.",
            quote: "We are ready", speaker: "Erik Nyland"),
        Case(
            label: "apposition with two names",
            text: "\"Stay home,\" Water Board spokeswoman and Berg's deputy, Lina Sorensen had said then.",
            quote: "Stay home", speaker: "Lina Sorensen"),
        Case(
            label: "description names the main person",
            text: "Valley leader Tomas Berg inspected the dam. The flood angered the valley leader, who vowed a \"complete rebuilding.\"",
            quote: "complete", speaker: "Tomas Berg"),
        Case(
            label: "several speakers in one passage",
            text: "\"The dam holds,\" Tomas Berg said, while Lina Sorensen said \"the levee will not.\"",
            quote: "the levee", speaker: "Lina Sorensen"),
        Case(
            label: "interrupted quotation is one quote",
            text: "\"The dam holds,\" said Tomas Berg. \"The levee is another matter.\"",
            quote: "The dam holds,\" said Tomas Berg. \"The levee", speaker: "Tomas Berg", kind: .direct),
        Case(
            label: "a body named by its description",
            text: "The Ministry of Health issued new rules.\nIn a statement, the ministry said they were \"long overdue.\"",
            quote: "long overdue", speaker: "Ministry of Health"),
        Case(
            label: "according to a statement from a body",
            text: "\"We expect delays,\" according to a statement from the Northern Water Board.", quote: "We expect",
            speaker: "Northern Water Board"),
        Case(
            label: "unnamed spokesperson speaks for the body",
            text: "The Northern Water Board met on Monday. A Water Board spokeswoman said the dam was \"safe for now.\"",
            quote: "safe for now", speaker: "Northern Water Board"),
        Case(
            label: "passive: was quoted as saying by a medium",
            text: "\"We will not yield,\" Tomas Berg was quoted as saying by the Valley News Agency.", quote: "We will not",
            speaker: "Tomas Berg", via: "Valley News Agency"),
        Case(
            label: "speech verb joined by and, inside a medium's report",
            text: "The Valley News Agency said Tomas Berg inspected the dam and called the repairs \"a triumph.\"",
            quote: "a triumph", speaker: "Tomas Berg", via: "Valley News Agency"),
        Case(
            label: "an owner is not the subject",
            text: "Tomas Berg spoke first. Berg's sister, Lina Berg, issued a statement warning of \"dark days.\"",
            quote: "dark days", speaker: "Lina Berg"),
        Case(
            label: "scare quote", text: "Tomas Berg dismissed the so-called \"miracle\" pumps.", quote: "miracle",
            speaker: "Tomas Berg", kind: .scare),
        Case(
            label: "passive: written by the author, not the person shot",
            text: "Lina Sorensen sang it first.\n\"River Song (Nine Nights)\" was written by Tomas Berg after the death of Ivo Lund, who was shot in 1999.",
            quote: "River Song", speaker: "Tomas Berg"),
        Case(
            label: "an owner before a role does not speak",
            text: "Tomas Berg lost the vote.\n\"It was a disgrace,\" Berg's former campaign adviser said on Monday.",
            quote: "It was a disgrace", speaker: nil),
        Case(
            label: "a role noun seen after a verb is no title",
            text: "My father would have loved Tomas Berg. \"The flood is God's test,\" my father often said.",
            quote: "The flood", speaker: nil),
        Case(
            label: "a compound role is not the main person",
            text: "Tomas Berg held a cookout on Sunday. The band leader called guests to the stage, singing \"Our Turn Now.\"",
            quote: "Our Turn", speaker: nil),
        Case(
            label: "a signed line with stray marks inside",
            text: "\"The dam is fine.\" \u{2015} Ola Nilsen\n\"Nobody asked us (I live 'down there.\" And that is all \"the plan'.\" \u{2015} Lina Sorensen.",
            quote: "Nobody asked", speaker: "Lina Sorensen"),
        Case(
            label: "a medium quoted by another medium",
            text: "The Valley News Agency (VNA) covered the flood.\nVNA said \"He inspected the dam,\" the Harbor Wire reported.",
            quote: "He inspected", speaker: "Valley News Agency", via: "Harbor Wire"),
        Case(
            label: "an abbreviated title names the description later",
            text: "Sen. Lina Sorensen met Tomas Berg on Monday. Berg left early.\nThe senator said she would \"fight for every farm.\"",
            quote: "fight for", speaker: "Lina Sorensen"),
        Case(
            label: "a subject pronoun is the previous subject, not the last name",
            text: "President Tomas Berg held a town hall.\nLina Sorensen had a question for the president.\n\"Why did the dam fail twice?\" she said.",
            quote: "Why did", speaker: "Lina Sorensen"),
        Case(
            label: "whoever uses a phrase says it",
            text: "Tomas Berg spoke first. Lina Sorensen has used the phrase \"water war\" often in her campaign.",
            quote: "water war", speaker: "Lina Sorensen"),
        Case(
            label: "a medium speaking alone relays nothing",
            text: "The Valley News Agency (VNA) covered the flood.\nVNA said \"He inspected the dam.\"", quote: "He inspected",
            speaker: "Valley News Agency", via: nil),
    ]

    @Test(arguments: cases)
    func attributes(_ c: Case) throws {
        let x = Pipeline.standard.extract(c.text)
        let quote = try #require(x.quotes.first { $0.text.hasPrefix(c.quote) }, "no quote starting \(c.quote)")
        #expect(quote.speaker.map { x.entities[$0].name } == c.speaker)
        #expect(quote.via.map { x.entities[$0].name } == c.via)
        if let kind = c.kind { #expect(quote.kind == kind) }
        if c.speaker != nil {
            #expect(quote.confidence > 0)
            #expect(quote.cue != nil)
        }
    }

    @Test func indirectSpeechKeepsTheReportedClause() throws {
        let x = Pipeline.standard.extract("Tomas Berg inspected the dam. He stated that the town must build a second levee.")
        let quote = try #require(x.quotes.first { $0.kind == .indirect })
        #expect(quote.text == "the town must build a second levee")
        #expect(quote.speaker.map { x.entities[$0].name } == "Tomas Berg")
    }

    @Test func aSentenceCaseHeadlineQuotesNobody() {
        let text = "Water board warns of \"dark days\" as river rises\nBy Valley Times staff\nTomas Berg spoke on Monday."
        #expect(Pipeline.standard.extract(text).quotes.isEmpty)
    }

    @Test func aTitleLineEndingWithAQuotationQuotesNobody() {
        let text = "Tomas Berg: Valley Farmers Say \u{2018}We Are Tired.\u{2019}\nTomas Berg spoke on Monday."
        #expect(Pipeline.standard.extract(text).quotes.isEmpty)
    }

    @Test func headlinesAndBoilerplateQuoteNobody() {
        let text = "Berg Says \"No Surrender\" To The River\n© Copyright Valley Times 2031. All rights reserved."
        let x = Pipeline.standard.extract(text)
        #expect(x.quotes.isEmpty)
    }
}
