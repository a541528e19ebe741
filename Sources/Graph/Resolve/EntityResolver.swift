/// Maps a document's local entities to the graph's entity nodes, in tiers, strongest first.
///
/// Within the article: entities with the same name key, an acronym and the name whose initials it spells, and a
/// person's short form ("Park", "Volkhin") and the one full name of the article it is a part of become one. A short
/// form that fits two full names of the article ("Park" beside "Park Min Ho" and "Park Ji Woo") stays apart.
///
/// Across articles, for each of the article's entities: the analyst's rules first (`CurationRule`), then the same
/// name key, then a strong alias the article gives (an acronym, a multi-word proper name), then a standard variant
/// (`KnownAliases`: "U.S." = "United States"), then, when `guessesInitials` is on, an acronym matched to the
/// initials of a name another article gave, then a person's name in another word order, then a person's name with
/// or without middle initials, then an event renamed in its last word that articles give the same days
/// (`EntityResolver+EventDates.swift`); a lone word of unknown type (OTHER) joins the one organisation or place
/// that has its name, and such words stored before are taken in when that node comes. Every tier but the exact
/// name is recorded in the merge log with its reason and confidence. A PERSON never joins an ORG or a place; a lone surname never joins across
/// articles (two people share surnames too often), only within its own article or by the analyst's rule.
public struct EntityResolver: Sendable {
    /// Whether an acronym no article defined may join the one node whose initials it spells (three letters at
    /// least, same type). Off by default: across a news corpus, "ACA" is as often one body as another.
    public var guessesInitials: Bool
    /// Whether a lone surname that no full name of its own article took may join the one person of the graph whose
    /// full name ends with it (confidence 0.6). Once a second person of that surname is stored, lone surnames join
    /// neither; joins made before stay, recorded, until the analyst undoes them.
    public var guessesSurnames: Bool

    public init(guessesInitials: Bool = false, guessesSurnames: Bool = true) {
        self.guessesInitials = guessesInitials
        self.guessesSurnames = guessesSurnames
    }

    /// The node of each of `entities`, in order; nodes are created for names no stored entity matches.
    ///
    /// - Parameters:
    ///   - entities: a document's local entities, as the extractor found them.
    ///   - document: the document they come from, recorded with each merge; nil outside ingestion.
    /// - Complexity: a few index lookups per name; independent of the number of stored entities.
    public func resolve(_ entities: [Extraction.Entity], document: DocumentID?, in store: GraphStore) throws -> [EntityID] {
        try resolve(prepare(entities), document: document, in: store)
    }

    /// A document's local entities made ready for resolution: their name keys, and the groups the article shows
    /// are one (`fold`), each with the name it goes by.
    ///
    /// Pure and per document: ingestion makes it on the extraction cores, so that the one writer thread only looks
    /// names up and stores them.
    public struct Prepared: Sendable {
        let locals: [Local]
        /// Each group of locals: the members' indexes (the lead among them) and the group they make.
        let groups: [(members: [Int], group: Group)]
        /// Whether an event of the article has a span of days, for the same-dates tier.
        let hasEventDays: Bool
        /// Same-dates keys that two events of the article share, which join neither (`sharedDatePrefixes`).
        let sharedDays: Set<String>
    }

    /// The work of `resolve(_:document:in:)` that needs no store.
    ///
    /// - Complexity: O(n) expected in the number of local entities and their names.
    public func prepare(_ entities: [Extraction.Entity]) -> Prepared {
        let locals = entities.map(Local.init)
        let parent = fold(locals)
        var members: [Int: [Int]] = [:]
        for index in locals.indices { members[parent[index], default: []].append(index) }
        let groups = locals.indices.filter { parent[$0] == $0 }.map { root in
            let group = members[root]!
            // The group goes by the name the article uses most: a headline's "Hillary Clinton Was Headed" folds into
            // the body's "Hillary Clinton", not the other way round.
            let lead = group.max { Self.leadOrder(locals[$0]) < Self.leadOrder(locals[$1]) } ?? root
            return (members: [lead] + group.filter { $0 != lead }, group: Group(root: locals[lead], members: group.filter { $0 != lead }.map { locals[$0] }))
        }
        let hasEventDays = locals.contains { $0.type == .event && !$0.dateSpans.isEmpty }
        return Prepared(
            locals: locals, groups: groups, hasEventDays: hasEventDays,
            sharedDays: hasEventDays ? Self.sharedDatePrefixes(locals, parent: parent) : [])
    }

    /// The node of each of the prepared entities, in order; nodes are created for names no stored entity matches.
    ///
    /// - Parameters:
    ///   - prepared: `prepare(_:)` of a document's local entities.
    ///   - document: the document they come from, recorded with each merge; nil outside ingestion.
    /// - Complexity: a few index lookups per name; independent of the number of stored entities.
    public func resolve(_ prepared: Prepared, document: DocumentID?, in store: GraphStore) throws -> [EntityID] {
        if let document { try store.deleteMerges(of: document) }
        let locals = prepared.locals
        let sharedDays = prepared.sharedDays
        // The article's date, read only when an event of it has a span of days for the same-dates tier.
        var published: String?
        if let document, prepared.hasEventDays, let date = try store.published(document), EventDateKey.dayNumber(date) != nil {
            published = String(date.prefix(10))
        }
        var ids = [EntityID?](repeating: nil, count: locals.count)
        for (members, made) in prepared.groups {
            let lead = members[0]
            var group = made
            // A name the analyst split from this node resolves on its own, even where the article joins them.
            var apart: [Int] = []
            if members.count > 1 && !store.noCurationRules {
                let nodeKey = try splitCheckKey(for: locals[lead], in: store)
                for member in members.dropFirst() {
                    let rules = try store.rules(forKey: locals[member].key)
                    if rules.contains(where: { $0.action == .split && $0.targetKey == nodeKey }) { apart.append(member) }
                }
                if !apart.isEmpty {
                    group = Group(root: locals[lead], members: members.dropFirst().filter { !apart.contains($0) }.map { locals[$0] })
                }
            }
            let id = try resolve(group, document: document, published: published, sharedDays: sharedDays, in: store)
            for member in members where !apart.contains(member) { ids[member] = id }
            for member in apart {
                ids[member] = try resolve(
                    Group(root: locals[member], members: []), document: document, published: published,
                    sharedDays: sharedDays, in: store)
            }
            for member in members.dropFirst() where !apart.contains(member) && locals[member].key != locals[lead].key {
                try store.insertMerge(
                    entity: id, name: locals[member].name, type: locals[member].type, reason: "short-form",
                    detail: "\(locals[member].name) is \(locals[lead].name) in this article", confidence: 0.9,
                    document: document, analyst: false)
            }
        }
        return ids.map { $0! }
    }

    /// The name key of the node a root's name points at (its own key when none does yet), for checking the
    /// analyst's split rules against the names folded into it.
    private func splitCheckKey(for root: Local, in store: GraphStore) throws -> String {
        let found = try store.entities(withKey: root.key)
        return found.first(where: { $0.key == root.key })?.key ?? found.first?.key ?? root.key
    }

    /// How well a name leads its group: a full name over a short form or an acronym, then the most mentions, then
    /// the most words.
    static func leadOrder(_ local: Local) -> (Int, Int, Int) {
        let full = !local.isShortForm && !local.nameIsAcronym && local.words.count >= (local.type == .person ? 2 : 1)
        return (full ? 1 : 0, local.mentionCount, local.words.count)
    }

    /// The node for one entity, as the single-entity form of `resolve(_:document:in:)`.
    public func resolve(_ entity: Extraction.Entity, in store: GraphStore) throws -> EntityID {
        try resolve([entity], document: nil, in: store)[0]
    }

    // MARK: Within the article

    struct Local {
        var name: String
        var type: EntityType
        var aliases: [String]
        var key: String
        /// `NameKey.name(alias, type: type)` of each alias, in order: made once, read by `allKeys` and `Group`.
        var aliasKeys: [String]
        var words: [Substring]
        var mentionCount: Int
        /// Whether the name is written as an acronym.
        var nameIsAcronym: Bool
        var dateSpans: [DateSpan]

        init(_ entity: Extraction.Entity) {
            mentionCount = entity.mentions.count
            dateSpans = entity.dateSpans
            name = entity.name
            type = entity.type
            aliases = entity.aliases
            key = NameKey.name(entity.name, type: entity.type)
            aliasKeys = entity.aliases.map { NameKey.name($0, type: entity.type) }
            words = NameKey.words(key)
            nameIsAcronym = NameKey.isAcronym(entity.name)
        }

        /// A single word naming a person: a surname or a given name, never enough to join articles.
        var isShortForm: Bool { (type == .person || type == .other) && words.count == 1 && !nameIsAcronym }
        var isAcronym: Bool { type != .person && nameIsAcronym }

        /// Keys of every name the article gives it.
        var allKeys: Set<String> {
            Set(([key] + aliasKeys).filter { !$0.isEmpty })
        }
    }

    /// For each local entity, the local entity it is one with (itself for a root).
    ///
    /// - Complexity: O(n) expected in the number of local entities, through hash indexes by key, initials and
    ///   leading or trailing words: an article of 40 000 names (a scraped list, a fuzzer's line) must not take n².
    func fold(_ locals: [Local]) -> [Int] {
        var parent = Array(locals.indices)
        func isRoot(_ i: Int) -> Bool { parent[i] == i }

        // The same name key, or a name another entity of the article lists among its aliases: the earliest such root.
        var rootsByKey: [String: [Int]] = [:]
        var rootsByAnyKey: [String: [Int]] = [:]
        for i in locals.indices {
            let key = locals[i].key
            if !key.isEmpty {
                var candidates = rootsByKey[key] ?? []
                if !locals[i].isShortForm { candidates += rootsByAnyKey[key] ?? [] }
                if let j = candidates.filter({ Self.compatible(locals[i].type, locals[$0].type, strict: false) }).min() {
                    parent[i] = j
                    continue
                }
            }
            rootsByKey[key, default: []].append(i)
            for other in locals[i].allKeys { rootsByAnyKey[other, default: []].append(i) }
        }

        // An acronym and the one name of the article whose initials it spells.
        var namesByInitials: [String: [Int]] = [:]
        for j in locals.indices where isRoot(j) && !locals[j].isAcronym {
            if let initials = NameKey.initials(locals[j].name) { namesByInitials[initials, default: []].append(j) }
        }
        for i in locals.indices where isRoot(i) && locals[i].isAcronym {
            let spelled = (namesByInitials[locals[i].key] ?? []).filter { j in
                j != i && Self.compatible(locals[i].type, locals[j].type, strict: true)
            }
            if spelled.count == 1 { parent[i] = spelled[0] }
        }

        // A person's short form and the one full name of the article it begins or ends.
        var peopleByEnds: [[Substring]: [Int]] = [:]
        for j in locals.indices where isRoot(j) && locals[j].type == .person {
            let words = locals[j].words
            var ends: Set<[Substring]> = []
            for count in stride(from: 1, to: words.count, by: 1) {
                ends.insert(Array(words.prefix(count)))
                ends.insert(Array(words.suffix(count)))
            }
            for end in ends { peopleByEnds[end, default: []].append(j) }
        }
        for i in locals.indices where isRoot(i) && (locals[i].type == .person || locals[i].type == .other) {
            let short = locals[i].words
            guard !short.isEmpty else { continue }
            let fuller = (peopleByEnds[short] ?? []).filter { j in j != i && isRoot(j) }
            if fuller.count == 1 { parent[i] = fuller[0] }
        }

        // Point every member at its root.
        for i in locals.indices {
            var root = parent[i]
            while parent[root] != root { root = parent[root] }
            parent[i] = root
        }
        return parent
    }

    // MARK: Across articles

    /// A root local entity with the local entities folded into it.
    ///
    /// Its names' keys and kinds are worked out once, when it is made: the tiers, the index and the merges below all
    /// ask for them, and normalising names again for each was a good part of the writer's time.
    struct Group {
        var root: Local
        var members: [Local]
        /// Every name the article gives it, once each, the root's own name first.
        let names: [Name]
        /// Keys of the names distinctive enough to join articles: acronyms and multi-word proper names.
        let strongKeys: [String]

        /// The root's key with its words sorted and without middle initials, for a person: tiers 5 to 7.
        let sortedKey: String?
        let plainKey: String?

        /// A name of the group, with its key as a name of the root's type.
        struct Name {
            var text: String
            var key: String
            var isAcronym: Bool
            var isProper: Bool
            /// The keys `index` files a proper name under: for a person the key's sorted words, plain name and
            /// surname; for anything else the name's initials.
            var sortedKey: String? = nil
            var plainKey: String? = nil
            var surname: String? = nil
            var initials: String? = nil
        }

        init(root: Local, members: [Local]) {
            self.root = root
            self.members = members
            // Every name, once, in the order root, its aliases, then each member and its aliases. A key the local
            // made for its own type is the key for the root's type when both are people or neither is: only a
            // person's key differs (`NameKey.name(_:type:)`).
            var seen: Set<String> = []
            var names: [Name] = []
            for local in [root] + members {
                let sameKeys = (local.type == .person) == (root.type == .person)
                if seen.insert(local.name).inserted {
                    names.append(Name(
                        text: local.name, key: sameKeys ? local.key : NameKey.name(local.name, type: root.type),
                        isAcronym: local.nameIsAcronym, isProper: NameKey.isProperName(local.name)))
                }
                for (alias, aliasKey) in zip(local.aliases, local.aliasKeys) where seen.insert(alias).inserted {
                    names.append(Name(
                        text: alias, key: sameKeys ? aliasKey : NameKey.name(alias, type: root.type),
                        isAcronym: NameKey.isAcronym(alias), isProper: NameKey.isProperName(alias)))
                }
            }
            for index in names.indices where names[index].isProper {
                if root.type == .person {
                    let key = names[index].key
                    names[index].sortedKey = NameKey.sortedWords(key)
                    names[index].plainKey = NameKey.plainName(key)
                    names[index].surname = NameKey.surname(key)
                } else if !names[index].isAcronym {
                    names[index].initials = NameKey.initials(names[index].text)
                }
            }
            self.names = names
            let person = root.type == .person
            sortedKey = person ? NameKey.sortedWords(root.key) : nil
            plainKey = person ? NameKey.plainName(root.key) : nil
            var strong: Set<String> = [root.key]
            strongKeys = names.filter { $0.isAcronym || $0.isProper }.map(\.key)
                .filter { !$0.isEmpty && strong.insert($0).inserted }
        }
    }

    /// What a lookup found, and why.
    struct Match {
        var id: EntityID
        var reason: String
        var detail: String
        var confidence: Double
    }

    /// - Parameters:
    ///   - published: the article's publication day, for the same-dates tier.
    ///   - sharedDays: `dates` key prefixes that two events of the article share: the article tells them apart, so
    ///     those days join neither.
    private func resolve(
        _ group: Group, document: DocumentID?, published: String?, sharedDays: Set<String>, in store: GraphStore
    ) throws -> EntityID {
        let root = group.root
        let strongKeys = group.strongKeys
        let shortForm = root.isShortForm
        let dateKeys = Self.eventDateKeys(group, published: published).filter { !sharedDays.contains($0.prefix) }
        var excluded: Set<String> = []  // name keys of nodes the analyst split these names from
        for key in [root.key] + strongKeys {
            for rule in try store.rules(forKey: key) where rule.action == .split { excluded.insert(rule.targetKey) }
        }
        func usable(_ candidates: [EntityCandidate], strict: Bool) -> [EntityCandidate] {
            candidates.filter { Self.compatible(root.type, $0.type, strict: strict) && !excluded.contains($0.key) }
        }

        var match: Match?
        // Tier 0: the analyst's rules.
        for key in [root.key] + strongKeys where match == nil && !key.isEmpty {
            if let id = try curatedNode(for: key, root: root, in: store) {
                match = Match(id: id, reason: "curated", detail: "rule for \(key)", confidence: 1)
            }
        }
        if !shortForm {
            // Tier 1: the same name.
            if match == nil, !root.key.isEmpty {
                // A node of this very name may differ in type as extractors do (a state, a place); a node that only
                // carries the name as an alias must be of the same type ("NW" beside a "NORVALE (NW)" dateline).
                let found = try store.entities(withKey: root.key)
                let sameName = usable(found.filter { $0.key == root.key }, strict: false)
                if let best = sameName.first ?? usable(found.filter { $0.key != root.key }, strict: true).first {
                    // The merge log records no join by the exact name: its detail is made only for an alias.
                    match = Match(
                        id: best.id, reason: best.key == root.key ? "name" : "alias",
                        detail: best.key == root.key ? "" : "\(root.name) is a name of \(best.name)",
                        confidence: best.key == root.key ? 1 : 0.95)
                    // An event's other name that the node took by its days, met again (a re-extraction, another
                    // article with the days): the join still rests on the days, and the log says so.
                    if best.key != root.key, let renamed = try sameDatesJoin(of: root, to: best, keys: dateKeys, in: store) {
                        match = renamed
                    }
                }
            }
            // Tier 2: an alias the article gives.
            for key in strongKeys where match == nil {
                if let best = usable(try store.entities(withKey: key), strict: true).first {
                    match = Match(id: best.id, reason: "alias", detail: "\(key) names \(best.name)", confidence: 0.9)
                }
            }
            // Tier 3: a standard variant.
            if match == nil, root.type != .person {
                for key in [root.key] + strongKeys {
                    guard match == nil, let canonical = KnownAliases.canonical(key) else { continue }
                    if let best = usable(try store.entities(withKey: canonical, kinds: [.name, .alias, .known, .curated]), strict: false).first {
                        match = Match(id: best.id, reason: "known-alias", detail: "\(key) = \(canonical)", confidence: 0.95)
                    }
                }
            }
            // Tier 4: an acronym and a name another article gave, whose initials it spells; only when one node fits.
            if match == nil, guessesInitials, root.isAcronym, root.key.count >= 3 {
                let found = usable(try store.entities(withKey: root.key, kinds: [.initials]), strict: true)
                if found.count == 1 {
                    match = Match(id: found[0].id, reason: "initials", detail: "\(root.name) spells \(found[0].name)", confidence: 0.75)
                }
            }
            if match == nil, guessesInitials, root.type != .person, let initials = NameKey.initials(root.name), initials.count >= 3 {
                let found = usable(try store.entities(withCanonicalKey: initials), strict: true)
                    .filter { NameKey.isAcronym($0.name) }
                if found.count == 1 {
                    match = Match(id: found[0].id, reason: "initials", detail: "\(found[0].name) spells \(root.name)", confidence: 0.75)
                }
            }
            // Tier 5: a person's name in another order.
            if match == nil, root.type == .person, let sorted = group.sortedKey {
                let found = usable(try store.entities(withKey: sorted, kinds: [.words]), strict: true)
                if found.count == 1 {
                    match = Match(id: found[0].id, reason: "name-order", detail: "\(root.name) = \(found[0].name)", confidence: 0.8)
                }
            }
            // Tier 6: a person's name with or without middle initials ("Warren J. Ashby"), when one node fits and no
            // name of it has other initials ("George H. W. Bush" never joins "George W. Bush", nor a "George Bush"
            // that another article called "George W. Bush").
            if match == nil, root.type == .person, let plain = group.plainKey {
                let found = try initialsAgree(usable(try store.entities(withKey: plain, kinds: [.plain]), strict: true), with: root.key, plain: plain, in: store)
                if found.count == 1 {
                    match = Match(id: found[0].id, reason: "middle-initial", detail: "\(root.name) = \(found[0].name)", confidence: 0.8)
                }
            }
            // Tier 7: a person's name with a nickname for the given name ("Bill" for William), the surname and
            // middle initials agreeing, when one node fits.
            if match == nil, root.type == .person, let plain = group.plainKey {
                let words = NameKey.words(plain)
                var found: [EntityID: EntityCandidate] = [:]
                for given in Nicknames.alternatives(String(words[0])) {
                    let variant = ([Substring(given)] + words.dropFirst()).joined(separator: " ")
                    let nodes = usable(try store.entities(withKey: variant, kinds: [.plain]), strict: true)
                    for node in try initialsAgree(nodes, with: root.key, plain: variant, in: store) { found[node.id] = node }
                }
                if found.count == 1, let node = found.values.first {
                    match = Match(id: node.id, reason: "nickname", detail: "\(root.name) = \(node.name)", confidence: 0.75)
                }
            }
            // Tier 7b: an event renamed in its last word, which another article gives the same days.
            if match == nil, !dateKeys.isEmpty,
                let found = try sameDatesNodes(dateKeys, names: Set([root.key] + strongKeys), excluded: excluded, in: store).first
            {
                match = Match(
                    id: found.node.id, reason: "same-dates", detail: Self.sameDatesDetail(root.name, found.node.name, found.key),
                    confidence: Self.sameDatesConfidence)
            }
        } else if match == nil, guessesSurnames, root.type == .person, root.words.count == 1 {
            // Tier 8: a lone surname, which no full name of its own article took, and exactly one person of the graph
            // with that surname, whom some article already called by the surname alone (a mistyped "Capitol Hill"
            // never takes "The Hill"). Two are counted before the analyst's splits: a split-off candidate leaves the
            // surname ambiguous, not the other candidate certain.
            let found = try store.people(withSurname: root.key, limit: 2)
            if found.count == 1, usable(found, strict: true).count == 1, try store.entity(found[0].id, hasAlias: root.key) {
                match = Match(id: found[0].id, reason: "surname", detail: "\(root.name) is the surname of \(found[0].name) alone", confidence: 0.6)
            }
        }

        // Tier 9: a lone word of unknown type and the one organisation or place of that very name ("Tarvik" that no
        // article typed, and the town "Tarvik" of a dateline): unknown is no contradiction. Not an abbreviation
        // ("Va." is no "VA"), and not a person's surname ("Castell" beside a mistyped "Castell" organisation): a lone
        // surname joins nothing across articles but by tier 8.
        if match == nil, shortForm, root.type == .other, !root.key.isEmpty, !root.name.contains("."),
            try store.people(withSurname: root.key, limit: 1).isEmpty
        {
            let typed = usable(try store.entities(withKey: root.key, kinds: [.name]), strict: false)
                .filter { $0.key == root.key && Self.takesUnknownWords($0.type) }
            if typed.count == 1 {
                match = Match(
                    id: typed[0].id, reason: "same-name", detail: "\(root.name) of unknown type is \(typed[0].name)",
                    confidence: 0.8)
            }
        }

        let id: EntityID
        if let match {
            id = match.id
            if match.reason != "name" {
                try store.insertMerge(
                    entity: id, name: root.name, type: root.type, reason: match.reason, detail: match.detail,
                    confidence: match.confidence, document: document, analyst: false)
            }
        } else {
            id = try store.insertEntity(name: root.name, type: root.type, key: root.key)
        }
        if match != nil { try spellOut(id, by: group, in: store) }
        try index(group, as: id, shortForm: shortForm, in: store)
        if !shortForm { try absorbNamedNodes(group, into: id, excluded: excluded, document: document, in: store) }
        if !dateKeys.isEmpty { try absorbSameDates(group, keys: dateKeys, into: id, excluded: excluded, document: document, in: store) }
        if !shortForm, root.words.count == 1, Self.takesUnknownWords(root.type) {
            try absorbUntypedNodes(named: root, into: id, excluded: excluded, document: document, in: store)
        }
        return id
    }

    /// The node an analyst's rule sends `key` to, created from the rule when it does not exist (any more).
    private func curatedNode(for key: String, root: Local, in store: GraphStore) throws -> EntityID? {
        for rule in try store.rules(forKey: key) {
            let name: String
            switch rule.action {
            case .merge, .alias: name = rule.target
            case .rename: name = rule.target
            case .retype: name = root.name
            case .split: continue
            }
            let nodes = try store.entities(withCanonicalKey: rule.targetKey)
            if let node = nodes.first { return node.id }
            if let node = try store.entities(withKey: rule.targetKey, kinds: [.curated, .name]).first { return node.id }
            let type = try curatedType(for: rule.targetKey, in: store) ?? root.type
            let id = try store.insertEntity(name: name, type: type, key: rule.targetKey)
            try store.addResolutionKey(rule.targetKey, kind: .name, to: id)
            try store.addAlias(name, key: rule.targetKey, to: id)
            return id
        }
        return nil
    }

    private func curatedType(for key: String, in store: GraphStore) throws -> EntityType? {
        try store.rules(forKey: key).first(where: { $0.action == .retype }).flatMap { EntityType(rawValue: $0.target) }
    }

    /// Names a node known only by an acronym by the full name an article spells it out as, unless the analyst
    /// named it.
    private func spellOut(_ id: EntityID, by group: Group, in store: GraphStore) throws {
        guard !group.names[0].isAcronym, group.names[0].isProper, let node = try store.entity(id),
            NameKey.isAcronym(node.name), group.strongKeys.contains(node.key) || NameKey.initials(group.root.name) == node.key,
            try store.rules(forKey: node.key).isEmpty, try store.rulesTargeting(node.key) == 0
        else { return }
        try store.renameEntity(id, name: group.root.name, key: group.root.key)
    }

    /// Makes the group's names find `id` from now on, and shows them as its aliases.
    private func index(_ group: Group, as id: EntityID, shortForm: Bool, in store: GraphStore) throws {
        let root = group.root
        // Names the analyst split from this node stay off it, whatever an article says.
        var splitOff: Set<String> = []
        if !store.noCurationRules, let node = try store.entity(id) {
            for name in group.names {
                if try store.rules(forKey: name.key).contains(where: { $0.action == .split && $0.targetKey == node.key }) {
                    splitOff.insert(name.key)
                }
            }
        }
        for name in group.names where !name.key.isEmpty && !splitOff.contains(name.key) {
            try store.addAlias(name.text, key: name.key, to: id)
        }
        guard !shortForm else { return }  // a lone surname is shown, never searched
        if !splitOff.contains(root.key) { try store.addResolutionKey(root.key, kind: .name, to: id) }
        for key in group.strongKeys where !splitOff.contains(key) { try store.addResolutionKey(key, kind: .alias, to: id) }
        if root.type != .person {
            for key in [root.key] + group.strongKeys {
                if let canonical = KnownAliases.canonical(key) { try store.addResolutionKey(canonical, kind: .known, to: id) }
            }
            for name in group.names where !name.isAcronym && name.isProper {
                if let initials = name.initials { try store.addResolutionKey(initials, kind: .initials, to: id) }
            }
        } else {
            // The root is a person: the names' keys are a person's keys, and `Group` made their variants.
            for name in group.names where name.isProper {
                if let sorted = name.sortedKey { try store.addResolutionKey(sorted, kind: .words, to: id) }
                if let plain = name.plainKey { try store.addResolutionKey(plain, kind: .plain, to: id) }
                if guessesSurnames, let surname = name.surname, try store.addSurname(surname, to: id) {
                    // A second person of the surname: lone surnames join neither from now on, and the joins made
                    // before stay, flagged for the analyst.
                    for other in try store.people(withSurname: surname, limit: 2) where other.id != id {
                        try store.flagSurnameMerges(into: other.id, surname: surname, because: "\(name.text) has that surname too")
                    }
                }
            }
        }
    }

    /// Merges into `id` the nodes named by one of the group's strong aliases: the article shows they are one
    /// ("NSPA" stored alone before an article spelt out "Northern State Press Agency (NSPA)").
    private func absorbNamedNodes(
        _ group: Group, into id: EntityID, excluded: Set<String>, document: DocumentID?, in store: GraphStore
    ) throws {
        for key in group.strongKeys {
            for other in try store.entities(withCanonicalKey: key) where other.id != id {
                guard Self.compatible(group.root.type, other.type, strict: true), !excluded.contains(other.key) else { continue }
                if try store.rules(forKey: other.key).contains(where: { $0.action == .split }) { continue }
                try absorb(
                    other, into: id, reason: "alias", detail: "\(group.root.name) is also called \(other.name)",
                    confidence: 0.9, document: document, in: store)
            }
        }
    }

    /// The same-dates reason for an event name found as another name of `node`, when the two names differ in
    /// their last word only and the node holds the article's stem and days; nil otherwise.
    private func sameDatesJoin(of root: Local, to node: EntityCandidate, keys: [EventDateKey], in store: GraphStore) throws -> Match? {
        guard !keys.isEmpty, node.type == .event, let stem = Self.eventStem(root.key), Self.eventStem(node.key) == stem,
            let key = keys.first(where: { $0.stem == stem })
        else { return nil }
        guard let found = try sameDatesNodes([key], names: [root.key], excluded: [], in: store).first(where: { $0.node.id == node.id })
        else { return nil }
        return Match(
            id: node.id, reason: "same-dates", detail: Self.sameDatesDetail(root.name, node.name, found.key),
            confidence: Self.sameDatesConfidence)
    }

    /// Makes the group's `dates` keys find `id`, and merges into `id` the other event nodes those keys find: an
    /// article named the event by a name that resolved elsewhere, and the nodes of its renamings came before.
    ///
    /// - Complexity: one index range per key.
    private func absorbSameDates(
        _ group: Group, keys: [EventDateKey], into id: EntityID, excluded: Set<String>, document: DocumentID?,
        in store: GraphStore
    ) throws {
        guard let node = try store.entity(id), node.type == .event else { return }
        var excluded = excluded
        for rule in try store.rules(forKey: node.key) where rule.action == .split { excluded.insert(rule.targetKey) }
        let names = Set([group.root.key, node.key] + group.strongKeys)
        for (other, key) in try sameDatesNodes(keys, names: names, excluded: excluded, in: store) where other.id != id {
            try absorb(
                other, into: id, reason: "same-dates", detail: Self.sameDatesDetail(other.name, group.root.name, key),
                confidence: Self.sameDatesConfidence, document: document, in: store)
        }
        for key in keys { try store.addResolutionKey(key.key, kind: .dates, to: id) }
    }

    /// Merges into `id` the lone-word nodes of unknown type stored under its name before any article typed it, as
    /// tier 9 would have joined them had they come later; only while `id` is the one typed node of that name and no
    /// person has it as a surname.
    ///
    /// - Complexity: two index lookups on the name key.
    private func absorbUntypedNodes(
        named root: Local, into id: EntityID, excluded: Set<String>, document: DocumentID?, in store: GraphStore
    ) throws {
        let nodes = try store.entities(withCanonicalKey: root.key)
        let untyped = nodes.filter {
            $0.id != id && $0.type == .other && NameKey.words($0.key).count == 1 && !$0.name.contains(".")
        }
        guard !untyped.isEmpty, !excluded.contains(root.key), try store.people(withSurname: root.key, limit: 1).isEmpty
        else { return }
        let typed = try store.entities(withKey: root.key, kinds: [.name]).filter { Self.takesUnknownWords($0.type) }
        guard typed.count == 1, typed[0].id == id else { return }
        for other in untyped {
            if try store.rules(forKey: other.key).contains(where: { $0.action == .split }) { continue }
            try absorb(
                other, into: id, reason: "same-name", detail: "\(other.name) of unknown type is \(root.name)",
                confidence: 0.8, document: document, in: store)
        }
    }

    /// Merges stored node `other` into `id`, and records in the merge log that it did and why.
    private func absorb(
        _ other: EntityCandidate, into id: EntityID, reason: String, detail: String, confidence: Double,
        document: DocumentID?, in store: GraphStore
    ) throws {
        try store.mergeEntity(other.id, into: id)
        try store.insertMerge(
            entity: id, name: other.name, type: other.type, reason: reason, detail: detail, confidence: confidence,
            document: document, analyst: false)
    }

    /// The nodes whose names with the plain name `plain` carry no middle initials or generation ("Jr.", "Sr.")
    /// other than those of `key`, and no two different sets of them.
    ///
    /// - Complexity: one index lookup per node for its names.
    private func initialsAgree(
        _ nodes: [EntityCandidate], with key: String, plain: String, in store: GraphStore
    ) throws -> [EntityCandidate] {
        let initials = NameKey.middleInitials(key)
        let generation = NameKey.generation(key)
        return try nodes.filter { node in
            var theirs: Set<[Substring]> = []
            var generations: Set<String> = []
            for name in [node.key] + (try store.aliases(of: node.id).map(\.key)) where NameKey.plainName(name) == plain {
                let given = NameKey.middleInitials(name)
                if !given.isEmpty { theirs.insert(given) }
                if let suffix = NameKey.generation(name) { generations.insert(suffix) }
            }
            // Initials, and generations ("Jr." and "Sr."), are like a middle name: different ones are different people.
            if theirs.count > 1 || generations.count > 1 { return false }
            if let generation, let other = generations.first, other != generation { return false }
            return initials.isEmpty || theirs.isEmpty || theirs.first == initials
        }
    }

    // MARK: Rules of thumb

    /// Whether two types may name one thing. A person only ever matches a person; organisations and places match
    /// each other unless `strict` (extractors often disagree on "France", the state, and France, the place).
    static func compatible(_ a: EntityType, _ b: EntityType, strict: Bool) -> Bool {
        if a == b || a == .other || b == .other { return true }
        if strict || a == .person || b == .person || a == .event || b == .event { return false }
        return true
    }

    /// Whether a node of this type takes in a lone word of unknown type with its name: organisations and places. Not a
    /// person (a lone surname never joins across articles), and not an event, whose one-word names are mostly a
    /// person's or a place's name mistyped.
    static func takesUnknownWords(_ type: EntityType) -> Bool {
        type == .organization || type == .geopolitical || type == .location
    }
}
