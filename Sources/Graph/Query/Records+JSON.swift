/// The JSON Lines shapes of `graphctl quotes` and `graphctl entities`: a stable interface, read by the evaluation
/// kit and by users' scripts. Add keys at the end; never rename or remove one.
extension EntityRef {
    public var jsonID: String { "E\(id.rawValue)" }

    public var json: JSONValue {
        .object([("id", .string(jsonID)), ("name", .string(name)), ("type", .string(type.rawValue))])
    }
}

extension QuoteRecord {
    public var jsonID: String { "Q\(id.rawValue)" }

    public var json: JSONValue {
        .object([
            ("id", .string(jsonID)),
            ("text", .string(text)),
            ("speaker", speaker?.json ?? .null),
            ("occurrences", .array(occurrences.map { occurrence in
                .object([
                    ("document", .string(occurrence.document)),
                    ("start", .int(Int64(occurrence.span.start))),
                    ("end", .int(Int64(occurrence.span.end))),
                    ("text", .string(occurrence.text)),
                    ("speaker", JSONValue(occurrence.speakerName)),
                    ("via", JSONValue(occurrence.via?.name)),
                    ("cue", JSONValue(occurrence.cue)),
                    ("confidence", .double((occurrence.confidence * 1000).rounded() / 1000)),
                    ("kind", .string(occurrence.kind.rawValue)),
                    ("speaker_id", JSONValue(occurrence.speaker?.jsonID)),
                    ("via_id", JSONValue(occurrence.via?.jsonID)),
                    ("speaker_description", JSONValue(occurrence.speakerDescription)),
                ])
            })),
            ("speakers", .array(speakers.map { .object([("name", .string($0.speaker.name)), ("id", .string($0.speaker.jsonID)), ("count", .int(Int64($0.count)))]) })),
        ])
    }
}

extension EntityRecord {
    public var json: JSONValue {
        .object([
            ("id", .string(entity.jsonID)),
            ("name", .string(entity.name)),
            ("type", .string(entity.type.rawValue)),
            ("aliases", .array(aliases.map(JSONValue.string))),
            ("documents", .array(documents.map(JSONValue.string))),
            ("mentions", .int(Int64(mentionCount))),
        ])
    }
}
