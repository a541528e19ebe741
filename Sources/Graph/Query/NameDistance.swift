/// How far apart two name keys are, for suggesting the closest names when a name is unknown.
enum NameDistance {
    /// Levenshtein distance over Unicode scalars, with a cut-off: returns `limit + 1` as soon as it must exceed it.
    ///
    /// - Complexity: O(n·m) for keys of lengths n and m; names are short.
    static func edits(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var best = current[0]
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                best = min(best, current[j])
            }
            if best > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The fewest edits between a word of the query and a word of the candidate, counting only words of four
    /// letters or more and at most one edit per three letters: a misspelt surname ("volkhyn") finds the name it is
    /// part of ("arkady volkhin"). Nil when no word is that close.
    static func closestWord(query: String, candidate: String) -> Int? {
        var best: Int?
        for word in query.split(separator: " ") where word.count >= 4 {
            let limit = word.count / 3
            for other in candidate.split(separator: " ") {
                let distance = edits(String(word), String(other), limit: limit)
                if distance <= limit, distance < best ?? .max { best = distance }
            }
        }
        return best
    }

    /// A score for ranking suggestions, lower is closer: edits, minus a bonus for each whole word shared, so that
    /// "Olav Sunde" suggests "Jan Olav Sunde" before the equally short "Olaf Sund".
    static func score(query: String, candidate: String) -> Int {
        let queryWords = Set(query.split(separator: " ")), candidateWords = Set(candidate.split(separator: " "))
        let shared = queryWords.intersection(candidateWords).count
        return edits(query, candidate) - 3 * shared
    }
}
