/// The JSON Lines shapes of the query commands (`who-said`, filtered `quotes`, `entity`, `neighbors`, `path`,
/// `sources`, `timeline`): a stable interface like `Records+JSON.swift`. Add keys at the end; never rename one.
extension DocumentRef {
    public var json: JSONValue {
        .object([
            ("name", .string(name)), ("title", JSONValue(title)), ("outlet", JSONValue(outlet)),
            ("published", JSONValue(published)),
        ])
    }
}

extension QuoteHit {
    /// The quote's `graphctl quotes` object (with the occurrences shown), then `published` (the latest date that
    /// carried it), `outlets`, `documents` (of the occurrences shown), for a search `snippet`, with the matched
    /// words between `**`, then `occurrences_total`, `documents_total` and `count_limit` (see `QuoteReach`).
    public var json: JSONValue {
        guard case var .object(members) = quote.json else { return quote.json }
        members.append(("published", JSONValue(latestPublished)))
        members.append(("outlets", .int(Int64(outletCount))))
        members.append(("documents", .array(documents.map(\.json))))
        if let snippet { members.append(("snippet", .string(SearchHighlight.render(snippet, open: "**", close: "**")))) }
        members.append(("occurrences_total", .int(Int64(reach.occurrences))))
        members.append(("documents_total", .int(Int64(reach.documents))))
        members.append(("count_limit", reach.countLimit.map { .int(Int64($0)) } ?? .null))
        return .object(members)
    }
}

extension QuoteSummary {
    public var json: JSONValue {
        .object([
            ("id", .string(jsonID)), ("text", .string(text)), ("speaker", speaker?.json ?? .null), ("via", via?.json ?? .null),
            ("documents", .int(Int64(documents))), ("published", JSONValue(published)), ("document", .string(document)),
        ])
    }
}

extension RelationFact {
    public var json: JSONValue {
        .object([
            ("subject", subject.json), ("predicate", .string(predicate)), ("object", object.json),
            ("count", .int(Int64(count))), ("document", .string(document)), ("evidence", .string(evidence)),
        ])
    }
}

extension EntityCard {
    public var json: JSONValue {
        .object([
            ("id", .string(entity.jsonID)), ("name", .string(entity.name)), ("type", .string(entity.type.rawValue)),
            ("aliases", .array(aliases.map(JSONValue.string))),
            ("relations", .array(relations.map(\.json))),
            ("documents", .array(documents.map(\.json))), ("documents_total", .int(Int64(documentCount))),
            ("mentions", .int(Int64(mentionCount))),
            ("said", .array(said.map(\.json))), ("said_total", .int(Int64(saidCount))),
            ("relayed", .array(relayed.map(\.json))), ("relayed_total", .int(Int64(relayedCount))),
            ("quoted_about", .array(mentionedIn.map(\.json))), ("quoted_about_total", .int(Int64(mentionedInCount))),
            ("beside", .array(beside.map { item in
                guard case var .object(members) = item.entity.json else { return item.entity.json }
                members.append(("documents", .int(Int64(item.documents))))
                return .object(members)
            })),
            ("relations_total", .int(Int64(relationCount))),
            ("window", window.map { .int(Int64($0)) } ?? .null),
            ("count_limit", .int(Int64(countLimit))),
            ("quote_count_limit", .int(Int64(quoteCountLimit))),
        ])
    }
}

extension Neighbor {
    public var json: JSONValue {
        .object([
            ("entity", entity.json), ("depth", .int(Int64(depth))), ("kind", .string(kind.rawValue)),
            ("weight", .int(Int64(weight))), ("through", through.json),
            ("ties", .object(ties.map { ($0.kind.rawValue, .int(Int64($0.weight))) })),
        ])
    }
}

extension PathHop {
    public var json: JSONValue {
        .object([
            ("from", from.json), ("to", to.json), ("kind", .string(kind.rawValue)), ("predicate", JSONValue(predicate)),
            ("quote", JSONValue(quote.map { "Q\($0.rawValue)" })), ("evidence", JSONValue(evidence)),
            ("document", document.json),
        ])
    }
}

extension Relay {
    public var json: JSONValue {
        .object([
            ("speaker", speaker?.json ?? .null), ("via", via?.json ?? .null), ("outlet", JSONValue(outlet)),
            ("quotes", .int(Int64(quotes))), ("documents", .int(Int64(documents))), ("latest", JSONValue(latest)),
        ])
    }
}

extension TimelineEvent {
    public var json: JSONValue {
        .object([
            ("published", JSONValue(document.published)), ("role", .string(role.rawValue)), ("text", .string(text)),
            ("quote", JSONValue(quote.map { "Q\($0.rawValue)" })), ("other", other?.json ?? .null),
            ("via", via?.json ?? .null), ("predicate", JSONValue(predicate)), ("document", document.json),
            ("start", .int(Int64(start))),
        ])
    }
}

extension SQLValue {
    public var json: JSONValue {
        switch self {
        case .null: .null
        case let .integer(value): .int(value)
        case let .real(value): .double(value)
        case let .text(value): .string(value)
        case .blob: .string(text)
        }
    }

    /// The value as text for tables and CSV: NULL is empty.
    public var text: String {
        switch self {
        case .null: ""
        case let .integer(value): String(value)
        case let .real(value): String(value)
        case let .text(value): value
        case let .blob(bytes): "x'" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "'"
        }
    }
}
