import Foundation
import Testing

/// Every query command, run end to end on the fixture graph.
@Suite(.serialized) struct QueryCommandTests {
    let fixture: QueryFixture

    init() throws { fixture = try QueryFixture.make() }

    func graphctl(_ arguments: String...) throws -> GraphCtl.Result {
        let result = try GraphCtl.run(Array(arguments) + ["--db", fixture.path])
        return result
    }

    @Test func whoSaidFindsTheChairViaTheAgencyInTwoArticles() throws {
        defer { fixture.remove() }
        let result = try graphctl("who-said", "fleet repairs", "--format", "jsonl")
        #expect(result.status == 0, "\(result.stderr)")
        let hits = result.objects
        #expect(hits.count == 1)
        let hit = try #require(hits.first)
        #expect((hit["speaker"] as? [String: Any])?["name"] as? String == "Marta Lindqvist Berg")
        let occurrences = hit["occurrences"] as? [[String: Any]] ?? []
        #expect(occurrences.compactMap { $0["via"] as? String } == ["Fjord News Agency", "Fjord News Agency"])
        #expect((hit["documents"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["a.txt", "b.txt"])
        #expect((hit["snippet"] as? String)?.contains("**fleet**") == true)
        let table = try graphctl("who-said", "“fleet repairs”")
        #expect(table.stdout.contains("Marta Lindqvist Berg via Fjord News Agency"))
        #expect(table.stdout.contains("a.txt") && table.stdout.contains("b.txt"))
        let csv = try graphctl("who-said", "repair*", "--format", "csv")
        #expect(csv.stdout.split(separator: "\r\n").count == 3)
    }

    @Test func whoSaidHighlightsMatchesOnATerminalOnly() throws {
        defer { fixture.remove() }
        // script(1) runs the command on a pseudo-terminal, as a person at a terminal would.
        let command = [GraphCtl.executable.path, "who-said", "fleet", "--db", fixture.path].joined(separator: " ")
        let terminal = try GraphCtl.run(executable: URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"])
        #expect(terminal.status == 0, "\(terminal.stderr)")
        #expect(terminal.stdout.contains("\u{1B}[1;33mfleet\u{1B}[0m"), "\(terminal.stdout)")
        let piped = try graphctl("who-said", "fleet")
        #expect(piped.stdout.contains("**fleet**"))
        #expect(!piped.stdout.contains("\u{1B}"))
    }

    @Test func whoSaidWithFTSSyntaxIsNotAnError() throws {
        defer { fixture.remove() }
        let result = try graphctl("who-said", "NEAR(fleet", "--format", "jsonl")
        #expect(result.status == 0, "\(result.stderr)")
        let empty = try graphctl("who-said", "***")
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("no words"))
    }

    @Test func quotesBySpeakerFindsOneQuoteCarriedByTwoOutletsOneViaTheWire() throws {
        defer { fixture.remove() }
        let result = try graphctl("quotes", "--speaker", "jan olav sunde", "--format", "jsonl")
        #expect(result.status == 0, "\(result.stderr)")
        let quotes = result.objects
        #expect(quotes.count == 1)
        #expect(quotes.first?["outlets"] as? Int == 2)
        let occurrences = quotes.first?["occurrences"] as? [[String: Any]] ?? []
        #expect(occurrences.count == 2)
        #expect(occurrences.compactMap { $0["via"] as? String } == ["Harbor Wire"])
        let table = try graphctl("quotes", "--speaker", "Jan-Olav Sunde")
        #expect(table.stdout.contains("2 outlets"))
    }

    @Test func quotesFiltersAndSorting() throws {
        defer { fixture.remove() }
        #expect(try graphctl("quotes", "--via", "FNA", "--format", "jsonl").objects.count == 1)
        #expect(try graphctl("quotes", "--kind", "scare", "--format", "jsonl").objects.first?["text"] as? String == "reckless")
        #expect(try graphctl("quotes", "--since", "2024-03-02", "--until", "2024-03", "--format", "jsonl").objects.count == 3)
        #expect(try graphctl("quotes", "--document", "c.txt", "--format", "jsonl").objects.count == 1)
        #expect(try graphctl("quotes", "--min-confidence", "0.9", "--format", "jsonl").objects.count == 2)
        let byOutlets = try graphctl("quotes", "--sort", "outlets", "--limit", "2", "--format", "jsonl").objects
        #expect(byOutlets.map { $0["outlets"] as? Int } == [2, 2])
        let bad = try graphctl("quotes", "--since", "March")
        #expect(bad.status == 64)
        // Without filters the listing is the evaluation kit's interface, unchanged.
        let all = try graphctl("quotes", "--format", "jsonl").objects
        #expect(all.count == 5)
        #expect(all.allSatisfy { $0["outlets"] == nil })
    }

    @Test func quotesAndWhoSaidShowAWidelyCarriedQuoteInPart() throws {
        defer { fixture.remove() }
        // The spokesman's words are in two documents: shown with one occurrence, and counted whole.
        let part = try graphctl("quotes", "--speaker", "Jan-Olav Sunde", "--occurrences", "1", "--format", "jsonl").objects
        let quote = try #require(part.first)
        #expect((quote["occurrences"] as? [[String: Any]])?.count == 1 && (quote["documents"] as? [Any])?.count == 1)
        #expect(quote["occurrences_total"] as? Int == 2 && quote["documents_total"] as? Int == 2 && quote["outlets"] as? Int == 2)
        let table = try graphctl("quotes", "--speaker", "Jan-Olav Sunde", "--occurrences", "1")
        #expect(table.stdout.contains("2 outlets"))
        #expect(table.stdout.contains("and 1 more occurrence: 2 occurrences in 2 documents"), "\(table.stdout)")
        let search = try graphctl("who-said", "entirely necessary", "--occurrences", "1")
        #expect(search.stdout.contains("[2 documents]") && search.stdout.contains("and 1 more occurrence"), "\(search.stdout)")
        // 0 shows every one; by default up to 10.
        let all = try graphctl("quotes", "--speaker", "Jan-Olav Sunde", "--occurrences", "0", "--format", "jsonl").objects
        #expect((all.first?["occurrences"] as? [Any])?.count == 2 && all.first?["count_limit"] is NSNull)
        #expect(try graphctl("quotes", "--occurrences", "-1").status == 64)
        #expect(try graphctl("quotes", "--speaker", "Jan-Olav Sunde", "--occurrences", String(Int.max)).status == 0)
        // A limit as large as can be typed is no overflow in the plans' estimates.
        for command in [["quotes", "--speaker", "Jan-Olav Sunde"], ["entity", "FNA"], ["who-said", "fleet"]] {
            let result = try GraphCtl.run(command + ["--limit", String(Int.max), "--db", fixture.path])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(try graphctl("who-said", "fleet", "--occurrences", "-2").status == 64)
    }

    @Test func entityCardAndNameErrors() throws {
        defer { fixture.remove() }
        let card = try graphctl("entity", "marta lindqvist-berg", "--format", "jsonl")
        #expect(card.status == 0, "\(card.stderr)")
        let object = try #require(card.objects.first)
        #expect(object["type"] as? String == "PERSON")
        #expect(object["said_total"] as? Int == 1)
        #expect((object["relations"] as? [[String: Any]])?.first?["predicate"] as? String == "sibling_of")
        let table = try graphctl("entity", "Marta Lindqvist Berg")
        #expect(table.stdout.contains("most often beside"))
        let ambiguous = try graphctl("entity", "Lindqvist")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("Marta Lindqvist Berg") && ambiguous.stderr.contains("Sara Lindqvist"))
        let unknown = try graphctl("entity", "Marta Lindkvist Berg")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean “Marta Lindqvist Berg”"))
    }

    @Test func neighborsAndPath() throws {
        defer { fixture.remove() }
        let neighbors = try graphctl("neighbors", "Marta Lindqvist Berg", "--kind", "via", "--format", "jsonl").objects
        #expect(neighbors.compactMap { ($0["entity"] as? [String: Any])?["name"] as? String } == ["Fjord News Agency"])
        let deep = try graphctl("neighbors", "Haugland", "--depth", "2", "--kind", "mentions")
        #expect(deep.status == 0 && deep.stdout.contains("Jan-Olav Sunde"))
        let path = try graphctl("path", "Jan-Olav Sunde", "Erik Haugland", "--format", "jsonl").objects
        #expect(path.count == 2)
        #expect((path.last?["document"] as? [String: Any])?["name"] as? String == "c.txt")
        let table = try graphctl("path", "CGC spokesman", "Jan-Olav Sunde")
        #expect(table.status == 1)  // no such name
        let role = try graphctl("path", "Coast Guard Command", "Jan-Olav Sunde")
        #expect(role.stdout.contains("relation: ~spokesperson_of"))
        let none = try graphctl("path", "Jane Roe", "Marta Lindqvist Berg")
        #expect(none.status == 1)
        #expect(none.stderr.contains("no chain"))
    }

    @Test func sourcesShowRelayChains() throws {
        defer { fixture.remove() }
        let chains = try graphctl("sources", "Marta Lindqvist Berg", "--format", "jsonl").objects
        let outlets = Set(chains.compactMap { $0["outlet"] as? String })
        #expect(outlets == ["Harbor Wire", "Coastal Daily"])
        #expect(chains.allSatisfy { ($0["via"] as? [String: Any])?["name"] as? String == "Fjord News Agency" })
        let table = try graphctl("sources", "Marta Lindqvist Berg")
        #expect(table.stdout.contains("Marta Lindqvist Berg") && table.stdout.contains("->"))
        #expect(table.stdout.contains("relayed through: Fjord News Agency (2)"))
    }

    @Test func timelineByPublicationDate() throws {
        defer { fixture.remove() }
        let events = try graphctl("timeline", "Marta Lindqvist Berg", "--format", "jsonl").objects
        #expect(events.compactMap { $0["role"] as? String } == ["said", "said", "relation"])
        let csv = try graphctl("timeline", "Norland", "--format", "csv")
        #expect(csv.stdout.contains("quoted-about"))
    }

    @Test func sqlIsReadOnly() throws {
        defer { fixture.remove() }
        let count = try graphctl("sql", "SELECT count(*) AS n FROM quote", "--format", "jsonl")
        #expect(count.stdout == "{\"n\": 5}\n", "\(count.stderr)")
        for statement in ["DELETE FROM quote", "SELECT 1; DROP TABLE quote", "ATTACH '/tmp/x' AS x", "PRAGMA user_version = 3"] {
            let refused = try graphctl("sql", statement)
            #expect(refused.status == 1, "\(statement)")
            #expect(refused.stderr.contains("refused") || refused.stderr.contains("read-only"), "\(statement): \(refused.stderr)")
        }
        let after = try graphctl("sql", "SELECT count(*) FROM quote", "--format", "csv")
        #expect(after.stdout.hasSuffix("5\r\n"))
    }

    @Test func statsNameTheExtractorsAndSpeakerlessQuotes() throws {
        defer { fixture.remove() }
        let stats = try #require(try graphctl("stats", "--format", "jsonl").objects.first)
        #expect(stats["quotes_without_speaker"] as? Int == 0)
        #expect((stats["extractors"] as? [[String: Any]])?.first?["extractor"] as? String == "query-fixture")
        #expect(try graphctl("stats").stdout.contains("extractor     query-fixture@1  (7 occurrences)"))
        let csv = try graphctl("stats", "--format", "csv").stdout.split(separator: "\r\n")
        #expect(csv.first == "part,name,count")
        #expect(csv.contains("documents,,4") && csv.contains("extractor,query-fixture@1,7") && csv.contains("kind,scare,1"))
    }

    @Test func everyCommandHasAnExampleInHelpWithAFormat() throws {
        defer { fixture.remove() }
        for command in ["who-said", "quotes", "entity", "neighbors", "path", "sources", "timeline", "stats", "sql"] {
            let help = try GraphCtl.run([command, "--help"])
            let examples = help.stdout.split(separator: "\n").filter { $0.contains("graphctl \(command)") }
            #expect(!examples.isEmpty, "\(command)")
            #expect(examples.contains { $0.contains("--format jsonl") || $0.contains("--format csv") }, "\(command)")
        }
    }

    @Test(arguments: [
        ["who-said", "fleet"], ["quotes", "--speaker", "Jan-Olav Sunde"], ["entity", "FNA"], ["neighbors", "FNA"],
        ["path", "Jan-Olav Sunde", "Erik Haugland"], ["sources", "FNA"], ["timeline", "FNA"], ["stats"],
        ["sql", "SELECT name, type FROM entity"],
    ])
    func everyCommandPrintsTableJSONLinesAndCSV(arguments: [String]) throws {
        defer { fixture.remove() }
        let table = try GraphCtl.run(arguments + ["--db", fixture.path])
        #expect(table.status == 0 && !table.stdout.isEmpty, "\(arguments): \(table.stderr)")
        let jsonl = try GraphCtl.run(arguments + ["--db", fixture.path, "--format", "jsonl"])
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.count == jsonl.objects.count, "\(arguments): \(jsonl.stdout)")
        let csv = try GraphCtl.run(arguments + ["--db", fixture.path, "--format", "csv"])
        let records = csv.stdout.split(separator: "\r\n")
        #expect(records.count >= 2 && records[0].contains(",") && !csv.stdout.hasPrefix("{"), "\(arguments): \(csv.stdout)")
    }
}
