import Foundation
import Testing
@testable import Graph

@Suite struct JSONLinesFlatObjectTests {
    /// What `JSONSerialization` makes of a line whose values are strings and nulls, as `flatObject` gives it.
    private func foundation(_ line: String) throws -> [String: String?] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        let members = try #require(object as? [String: Any])
        return try members.mapValues { value -> String? in
            if value is NSNull { return nil }
            return try #require(value as? String)
        }
    }

    @Test(arguments: [
        #"{"id":"gen-1-0","title":"Tromsvall: landlords protest","outlet":"The Morning Compass","text":"Talks \"went\" on."}"#,
        #"  { "text" : "a\nb\tc\rd\\e\/f\bg\fh" , "url" : null }  "#,
        #"{"text":"caf\u00e9 \u00C9t\u00e9 \u2019quoted\u2019 \u0041"}"#,
        #"{"text":"Zoë said “no” — ünïcödé 雪 😀"}"#,
        #"{"text":"nul \u0000 inside"}"#,
        #"{}"#,
        #"{"text":""}"#,
        #"{"text":"a long run of plain words before an escaped \"quote\" and a backslash \\ at the end"}"#,
        #"{"text":"é ü 雪 a long run with letters outside ASCII before the \n escape, then more text"}"#,
        "{\"text\":\"\u{301}a combining mark first, then a long run of plain words\"}",
    ])
    func aFlatObjectIsReadAsJSONSerializationReadsIt(line: String) throws {
        let members = try #require(JSONLinesReader.flatObject(line))
        #expect(members == (try foundation(line)))
    }

    @Test(arguments: [
        #"{"id": 42, "text": "numbers are left to JSONSerialization"}"#,
        #"{"text": "ok", "url": [1]}"#,
        #"{"text": "ok", "flag": true}"#,
        #"{"text": "ok", "meta": {"a": "b"}}"#,
        #"{"text": "first", "text": "second"}"#,
        #"{"text": "a surrogate pair \ud83d\ude00"}"#,
        #"{"text": "a lone surrogate \ud83d"}"#,
        "{\"text\": \"a raw\ttab\"}",
        "{\"text\": \"a long run of plain words, then a raw control character \u{1} well past the first eight\"}",
        #"{"text": "broken"#,
        #"{"text": "ok"} trailing"#,
        #"{"text": "ok",}"#,
        #"{"text": "bad escape \x"}"#,
        #"[1, 2]"#,
        "",
    ])
    func anythingElseIsLeftToJSONSerialization(line: String) {
        #expect(JSONLinesReader.flatObject(line) == nil)
    }
}
