extension GraphStore {
    /// For each kind of tie, the SQL giving (source, neighbor, weight) for every source in the JSON array ?1.
    ///
    /// The sources come in as a JSON array so that a whole frontier is expanded by one statement, each source an
    /// index lookup (`json_each` needs no temporary table, so it works on a read-only database). Each source's
    /// evidence is read from its latest documents, at most `besideDocuments` pieces of each kind: a country named in
    /// every other article, or an agency relaying half the quotes, would otherwise make one level read most of the
    /// graph. Below that bound the counts are exact.
    static func neighborSQL(_ kind: EdgeKind) -> String {
        let bound = besideDocuments
        // By document, newest first: the order of the (entity, document) indexes, so that reading stops at the bound
        // instead of sorting all of a hub's evidence. (Mentions have no row id: they are picked by their key.)
        func latest(_ table: String, _ column: String) -> String {
            "(SELECT id FROM \(table) WHERE \(column) = source.value ORDER BY document DESC LIMIT \(bound))"
        }
        switch kind {
        case .relation:
            let sources = "(SELECT value FROM json_each(?1))"
            return """
                SELECT subject, object, count(*) FROM relation WHERE subject IN \(sources) GROUP BY subject, object
                UNION ALL
                SELECT object, subject, count(*) FROM relation WHERE object IN \(sources) GROUP BY object, subject
                """
        case .via:
            return """
                SELECT source.value, a.via, count(DISTINCT a.quote)
                FROM json_each(?1) source JOIN attribution a ON a.id IN \(latest("attribution", "speaker"))
                WHERE a.via IS NOT NULL GROUP BY 1, 2
                UNION ALL
                SELECT source.value, a.speaker, count(DISTINCT a.quote)
                FROM json_each(?1) source JOIN attribution a ON a.id IN \(latest("attribution", "via"))
                WHERE a.speaker IS NOT NULL GROUP BY 1, 2
                """
        case .said:
            return """
                SELECT source.value, m.entity, count(DISTINCT a.quote)
                FROM json_each(?1) source
                JOIN attribution a ON a.id IN \(latest("attribution", "speaker"))
                JOIN mention m ON m.document = a.document AND a.start <= m.start AND m."end" <= a."end"
                GROUP BY 1, 2
                UNION ALL
                SELECT source.value, a.speaker, count(DISTINCT a.quote)
                FROM json_each(?1) source
                JOIN mention m ON (m.document, m.entity, m.start, m."end") IN (
                    SELECT document, entity, start, "end" FROM mention WHERE entity = source.value
                    ORDER BY document DESC LIMIT \(bound))
                JOIN attribution a INDEXED BY attribution_document_span ON a.document = m.document AND a.start <= m.start AND m."end" <= a."end"
                WHERE a.speaker IS NOT NULL
                GROUP BY 1, 2
                """
        case .mentions:
            return """
                SELECT source.value, m.entity, count(DISTINCT m.document)
                FROM json_each(?1) source
                JOIN mention m ON m.document IN (
                    SELECT DISTINCT document FROM mention WHERE entity = source.value
                    ORDER BY document DESC LIMIT \(bound))
                GROUP BY 1, 2
                """
        }
    }

    /// Calls `body(source, neighbor, kind, weight)` for every tie of the given kinds from the entities in `sources`.
    func forEachTie(
        from sources: some Collection<EntityID>, kinds: [EdgeKind], _ body: (EntityID, EntityID, EdgeKind, Int) -> Void
    ) throws {
        guard !sources.isEmpty else { return }
        let array = "[" + sources.map { String($0.rawValue) }.joined(separator: ",") + "]"
        for kind in kinds {
            try query(Self.neighborSQL(kind)).forEach([array]) { row in
                let source = EntityID(rawValue: row.int(0)), target = EntityID(rawValue: row.int(1))
                if source != target { body(source, target, kind, Int(row.int(2))) }
            }
        }
    }

    /// The entities around `start`, hop by hop, following the given kinds of tie.
    ///
    /// Each level keeps its `limit` best-joined entities (by evidence count), and only those are expanded further,
    /// so that a hub (a country named in every article) does not flood the answer.
    ///
    /// - Complexity: one statement per kind per level; each reads the evidence of the kept entities through indexes.
    public func neighbors(
        of start: EntityRef, depth: Int = 1, kinds: [EdgeKind] = EdgeKind.byStrength, limit: Int = 25
    ) throws -> [Neighbor] {
        try database.read {
            var seen: Set<EntityID> = [start.id]
            var frontier: [EntityID] = [start.id]
            var found: [(entity: EntityID, depth: Int, through: EntityID, kind: EdgeKind, weight: Int, ties: [(kind: EdgeKind, weight: Int)])] = []
            for level in 1...max(1, depth) where !frontier.isEmpty {
                var best: [EntityID: (through: EntityID, kind: EdgeKind, weight: Int)] = [:]
                var total: [EntityID: Int] = [:]
                var byKind: [EntityID: [EdgeKind: Int]] = [:]
                try forEachTie(from: frontier, kinds: kinds) { source, target, kind, weight in
                    guard !seen.contains(target) else { return }
                    total[target, default: 0] += weight
                    byKind[target, default: [:]][kind, default: 0] += weight
                    let rank = EdgeKind.byStrength.firstIndex(of: kind)!
                    if let current = best[target] {
                        let currentRank = EdgeKind.byStrength.firstIndex(of: current.kind)!
                        guard (rank, -weight) < (currentRank, -current.weight) else { return }
                    }
                    best[target] = (source, kind, weight)
                }
                let kept = best.keys.sorted { (total[$0]!, $1.rawValue) > (total[$1]!, $0.rawValue) }.prefix(limit)
                for id in kept {
                    let tie = best[id]!
                    let ties = EdgeKind.byStrength.compactMap { kind in byKind[id]?[kind].map { (kind, $0) } }
                    found.append((id, level, tie.through, tie.kind, total[id]!, ties))
                    seen.insert(id)
                }
                frontier = Array(kept)
            }
            var refs: [EntityID: EntityRef] = [start.id: start]
            for id in Set(found.map(\.entity) + found.map(\.through)) where refs[id] == nil { refs[id] = try entityRef(id) }
            return found.compactMap { item in
                guard let entity = refs[item.entity], let through = refs[item.through] else { return nil }
                return Neighbor(
                    entity: entity, depth: item.depth, through: through, kind: item.kind, weight: item.weight, ties: item.ties)
            }
        }
    }

    /// For each kind of tie, SQL streaming (source, neighbor) pairs for the sources in the JSON array ?1, ungrouped,
    /// so that a path search can stop reading as soon as the two sides meet.
    static func streamingTieSQL(_ kind: EdgeKind) -> String {
        let sources = "(SELECT value FROM json_each(?1))"
        switch kind {
        case .relation:
            return """
                SELECT subject, object FROM relation WHERE subject IN \(sources)
                UNION ALL SELECT object, subject FROM relation WHERE object IN \(sources)
                """
        case .via:
            return """
                SELECT speaker, via FROM attribution WHERE speaker IN \(sources) AND via IS NOT NULL
                UNION ALL SELECT via, speaker FROM attribution WHERE via IN \(sources) AND speaker IS NOT NULL
                """
        case .said:
            return """
                SELECT a.speaker, m.entity
                FROM attribution a JOIN mention m ON m.document = a.document AND a.start <= m.start AND m."end" <= a."end"
                WHERE a.speaker IN \(sources)
                UNION ALL
                SELECT m.entity, a.speaker
                FROM mention m JOIN attribution a INDEXED BY attribution_document_span ON a.document = m.document AND a.start <= m.start AND m."end" <= a."end"
                WHERE m.entity IN \(sources) AND a.speaker IS NOT NULL
                """
        case .mentions:
            return """
                SELECT mine.entity, m.entity FROM mention mine JOIN mention m ON m.document = mine.document
                WHERE mine.entity IN \(sources)
                """
        }
    }

    /// The shortest chain of ties from `a` to `b`, each hop with the evidence that joins its two entities: the
    /// stated relation, the quote, or the article.
    ///
    /// A direct tie is looked up first (one indexed probe per kind). Otherwise the search is breadth-first from both
    /// ends at once, widening the side with less to read, reading the cheap kinds of tie before co-mentions, and
    /// stopping the moment the two sides meet: once every level before has been read whole, any meeting found while
    /// reading the next is a shortest one.
    ///
    /// - Returns: the hops from `a` to `b`, empty when `a` is `b`, nil when no chain of at most `maxHops` exists.
    /// - Complexity: one statement per kind per level, each reading the evidence of the frontier through covering
    ///   indexes; plus one indexed probe per hop for the evidence.
    public func path(
        from a: EntityRef, to b: EntityRef, kinds: [EdgeKind] = EdgeKind.byStrength, maxHops: Int = 6
    ) throws -> [PathHop]? {
        if a.id == b.id { return [] }
        return try database.read {
            if let direct = try evidence(from: a, to: b, kinds: kinds) { return [direct] }
            let order = [EdgeKind.relation, .via, .said, .mentions].filter(kinds.contains)
            // parent[x] is the entity one hop closer to that side's start.
            var parentA: [EntityID: EntityID] = [a.id: a.id], parentB: [EntityID: EntityID] = [b.id: b.id]
            var frontierA: [EntityID] = [a.id], frontierB: [EntityID] = [b.id]
            // The first widening reads a whole side's evidence: start from the one named less.
            var costA = try mentionCount(a.id), costB = try mentionCount(b.id)
            var hops = 1  // the direct tie is ruled out
            var meeting: EntityID?
            while meeting == nil && hops < maxHops && !frontierA.isEmpty && !frontierB.isEmpty {
                let widenA = costA <= costB
                let frontier = widenA ? frontierA : frontierB
                let array = "[" + frontier.map { String($0.rawValue) }.joined(separator: ",") + "]"
                var next: [EntityID] = []
                var found: EntityID?
                for kind in order where found == nil {
                    try forEachRow(try query(Self.streamingTieSQL(kind)), [array]) { row in
                        let source = EntityID(rawValue: row.int(0)), target = EntityID(rawValue: row.int(1))
                        if widenA {
                            guard parentA[target] == nil else { return true }
                            parentA[target] = source
                            if parentB[target] != nil { found = target; return false }
                        } else {
                            guard parentB[target] == nil else { return true }
                            parentB[target] = source
                            if parentA[target] != nil { found = target; return false }
                        }
                        next.append(target)
                        return true
                    }
                }
                meeting = found
                if widenA { frontierA = next; costA = next.count } else { frontierB = next; costB = next.count }
                hops += 1
            }
            guard let meeting else { return nil }
            var chain: [EntityID] = [meeting]
            while let first = chain.first, first != a.id, let parent = parentA[first] { chain.insert(parent, at: 0) }
            while let last = chain.last, last != b.id, let parent = parentB[last] { chain.append(parent) }
            var refs: [EntityID: EntityRef] = [a.id: a, b.id: b]
            for id in chain where refs[id] == nil { refs[id] = try entityRef(id) }
            var result: [PathHop] = []
            for (from, to) in zip(chain, chain.dropFirst()) {
                guard let fromRef = refs[from], let toRef = refs[to],
                      let hop = try evidence(from: fromRef, to: toRef, kinds: kinds) else { return nil }
                result.append(hop)
            }
            return result
        }
    }

    func mentionCount(_ id: EntityID) throws -> Int {
        Int(try query("SELECT count(*) FROM mention WHERE entity = ?").first(id) { $0.int(0) } ?? 0)
    }

    /// Runs `statement` and calls `body` with each row until it returns false.
    func forEachRow(_ statement: Statement, _ values: [any SQLBindable], _ body: (Row) throws -> Bool) throws {
        do {
            try statement.forEach(values) { row in
                if try !body(row) { throw StopReading() }
            }
        } catch is StopReading {}
    }

    /// The strongest piece of evidence that ties `from` to `to`, among the given kinds.
    func evidence(from: EntityRef, to: EntityRef, kinds: [EdgeKind]) throws -> PathHop? {
        for kind in EdgeKind.byStrength where kinds.contains(kind) {
            switch kind {
            case .relation:
                let found = try query("""
                    SELECT * FROM (SELECT predicate, 0, evidence, document FROM relation WHERE subject = ?1 AND object = ?2 LIMIT 1)
                    UNION ALL
                    SELECT * FROM (SELECT predicate, 1, evidence, document FROM relation WHERE subject = ?2 AND object = ?1 LIMIT 1)
                    """).first(from.id, to.id) { ($0.string(0), $0.int(1) == 1, $0.string(2), DocumentID(rawValue: $0.int(3))) }
                if let (predicate, backwards, passage, document) = found, let ref = try documentRef(document) {
                    return PathHop(from: from, to: to, kind: .relation, predicate: (backwards ? "~" : "") + predicate,
                                   evidence: passage, document: ref)
                }
            case .said, .via:
                let sql = kind == .via
                    ? """
                      SELECT * FROM (SELECT quote, document FROM attribution WHERE speaker = ?1 AND via = ?2 LIMIT 1)
                      UNION ALL
                      SELECT * FROM (SELECT quote, document FROM attribution WHERE speaker = ?2 AND via = ?1 LIMIT 1)
                      """
                    : """
                      SELECT * FROM (SELECT a.quote, a.document FROM attribution a
                          JOIN mention m ON m.document = a.document AND a.start <= m.start AND m."end" <= a."end"
                          WHERE a.speaker = ?1 AND m.entity = ?2 LIMIT 1)
                      UNION ALL
                      SELECT * FROM (SELECT a.quote, a.document FROM attribution a
                          JOIN mention m ON m.document = a.document AND a.start <= m.start AND m."end" <= a."end"
                          WHERE a.speaker = ?2 AND m.entity = ?1 LIMIT 1)
                      """
                let found = try query(sql).first(from.id, to.id) { (QuoteID(rawValue: $0.int(0)), DocumentID(rawValue: $0.int(1))) }
                if let (quote, document) = found, let ref = try documentRef(document) {
                    let text = try query("SELECT text FROM quote WHERE id = ?").first(quote) { $0.string(0) }
                    return PathHop(from: from, to: to, kind: kind, quote: quote, evidence: text, document: ref)
                }
            case .mentions:
                let found = try query("""
                    SELECT m1.document FROM mention m1 JOIN mention m2 ON m2.document = m1.document AND m2.entity = ?2
                    WHERE m1.entity = ?1 LIMIT 1
                    """).first(from.id, to.id) { DocumentID(rawValue: $0.int(0)) }
                if let found, let ref = try documentRef(found) {
                    return PathHop(from: from, to: to, kind: .mentions, document: ref)
                }
            }
        }
        return nil
    }
}

/// Thrown to leave a statement's rows early; never escapes `forEachRow`.
private struct StopReading: Error {}
