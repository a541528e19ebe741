/// Writes news-like articles with quotes, speakers, titles, acronyms and media, for benchmarks and scale tests.
///
/// Every article follows from the seed and its index alone, so a corpus of 100 articles is the first 100 of the
/// corpus of a million with the same seed, and any article can be made on any thread. Speakers and organisations are
/// drawn from fixed populations, skewed so that a few recur across many articles (as real coverage does) and the graph
/// must resolve them; quotes are mostly new sentences, sometimes repeated by several articles. Each article also
/// carries what it holds (`GoldQuote`), so extraction can be scored against it.
public struct CorpusGenerator: Sendable {
    public let seed: UInt64

    /// How many different people and organisations the corpus draws from.
    public static let personCount = 40_000
    public static let organisationCount = 4_000

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// One article's text, metadata and the quotes written into it.
    public struct Article: Sendable, Hashable {
        public var id: String
        public var title: String
        public var outlet: String
        public var published: String
        public var url: String
        public var text: String
        public var quotes: [GoldQuote]

        /// Words as counted for throughput figures: runs of non-whitespace, the same count `wc -w` gives.
        public var wordCount: Int { Self.words(in: text) }

        public static func words(in text: String) -> Int {
            var count = 0
            var inWord = false
            for byte in text.utf8 {
                let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if !space && !inWord { count += 1 }
                inWord = !space
            }
            return count
        }
    }

    /// A quotation as the generator wrote it: what an ideal extractor finds.
    public struct GoldQuote: Sendable, Hashable, Codable {
        /// The quoted words (or the reported clause, for `indirect`). A quote's closing full stop may stand in the
        /// text as a comma before its attribution: compare normalised words, not punctuation.
        public var text: String
        public var kind: QuoteKind
        /// The speaker's full name, or nil for scare quotes.
        public var speaker: String?
        /// The medium that relayed it, if the text names one.
        public var via: String?
        public var cue: String?
    }

    /// Article `index` (from 0) of this corpus.
    public func article(_ index: Int) -> Article {
        var writer = ArticleWriter(corpus: self, index: index)
        return writer.write()
    }

    // MARK: Populations

    struct Organisation {
        var name: String
        var acronym: String
        var roles: [String]
    }

    enum Affiliation {
        case organisation(Organisation, role: String)
        case minister(country: (name: String, adjective: String), portfolio: String)
        case expert(honorific: String, organisation: Organisation)
    }

    struct Person {
        var first: String
        var last: String
        var female: Bool
        var affiliation: Affiliation
        var full: String { first + " " + last }
    }

    func organisation(_ index: Int) -> Organisation {
        var random = SeededRandom(seed: seed, stream: 2, index: index)
        let body = random.pick(CorpusVocabulary.bodies)
        let sector = random.pick(CorpusVocabulary.sectors)
        let name: String
        switch random.below(3) {
        case 0: name = "\(random.pick(CorpusVocabulary.regions)) \(sector) \(body.name)"
        case 1: name = "\(random.pick(CorpusVocabulary.countries).adjective) \(sector) \(body.name)"
        default: name = "\(body.name) of \(random.pick(CorpusVocabulary.regions)) \(sector)"
        }
        return Organisation(name: name, acronym: Self.acronym(name), roles: body.roles)
    }

    func person(_ index: Int) -> Person {
        var random = SeededRandom(seed: seed, stream: 1, index: index)
        let female = random.chance(0.5)
        let first = random.pick(female ? CorpusVocabulary.femaleFirstNames : CorpusVocabulary.maleFirstNames)
        let last = random.pick(CorpusVocabulary.lastNames)
        let affiliation: Affiliation
        let kind = random.below(20)
        if kind < 12 {
            let organisation = self.organisation(random.skewed(Self.organisationCount))
            var role = random.pick(organisation.roles)
            if role == "spokesman" && female { role = "spokeswoman" } else if role == "spokeswoman" && !female { role = "spokesman" }
            affiliation = .organisation(organisation, role: role)
        } else if kind < 17 {
            affiliation = .minister(country: random.pick(CorpusVocabulary.countries), portfolio: random.pick(CorpusVocabulary.portfolios))
        } else {
            affiliation = .expert(
                honorific: random.pick(CorpusVocabulary.honorifics),
                organisation: self.organisation(random.below(Self.organisationCount)))
        }
        return Person(first: first, last: last, female: female, affiliation: affiliation)
    }

    /// The initials of a name's capitalised words: "Council of Northern Fisheries" is CNF.
    static func acronym(_ name: String) -> String {
        var out = ""
        for word in name.split(separator: " ") {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
            out.unicodeScalars.append(first)
        }
        return out
    }
}

/// Builds one article: picks its cast, then writes paragraph after paragraph, remembering who has been introduced.
private struct ArticleWriter {
    typealias Vocabulary = CorpusVocabulary
    let corpus: CorpusGenerator
    let index: Int
    var random: SeededRandom
    let topic: CorpusVocabulary.Topic
    let country: (name: String, adjective: String)
    let city: String
    let outlet: (name: String, acronym: String?, curly: Bool)
    var cast: [CorpusGenerator.Person] = []
    var organisations: [CorpusGenerator.Organisation] = []
    var introduced: Set<Int> = []
    var introducedOrganisations: Set<String> = []
    var gold: [CorpusGenerator.GoldQuote] = []
    /// The cast member quoted in the previous paragraph, for "he added" and unattributed follow-on quotes.
    var lastSpeaker: Int?

    init(corpus: CorpusGenerator, index: Int) {
        self.corpus = corpus
        self.index = index
        random = SeededRandom(seed: corpus.seed, stream: 0, index: index)
        topic = random.pick(Vocabulary.topics)
        country = random.pick(Vocabulary.countries)
        city = random.pick(Vocabulary.cities)
        outlet = random.pick(Vocabulary.media)
        var chosen: Set<Int> = []
        let size = 2 + random.below(4)
        while cast.count < size {
            let id = random.skewed(CorpusGenerator.personCount)
            guard chosen.insert(id).inserted else { continue }
            let person = corpus.person(id)
            cast.append(person)
            switch person.affiliation {
            case let .organisation(organisation, _), let .expert(_, organisation):
                if !organisations.contains(where: { $0.name == organisation.name }) { organisations.append(organisation) }
            case .minister: break
            }
        }
        if organisations.isEmpty || random.chance(0.4) {
            organisations.append(corpus.organisation(random.skewed(CorpusGenerator.organisationCount)))
        }
    }

    var open: String { outlet.curly ? "\u{201C}" : "\"" }
    var close: String { outlet.curly ? "\u{201D}" : "\"" }

    mutating func write() -> CorpusGenerator.Article {
        var paragraphs: [String] = []
        if random.chance(0.6) {
            paragraphs.append(random.chance(0.5)
                ? "By \(outlet.name) \(random.pick(Vocabulary.reporterRoles))"
                : "By \(reporterName())")
        }
        paragraphs.append(lead())
        let count = 17 + random.below(14)
        for _ in 0..<count {
            let roll = random.below(100)
            if roll < 18 {
                paragraphs.append(background())
                lastSpeaker = nil
            } else if roll < 26, let speaker = lastSpeaker {
                paragraphs.append(continuation(speaker))
            } else {
                paragraphs.append(quoteParagraph(random.below(cast.count)))
            }
        }
        if random.chance(0.5) { paragraphs.append(fill(random.pick(Vocabulary.closings))) }
        let month = 1 + random.below(12)
        let day = 1 + random.below(28)
        let id = "gen-\(corpus.seed)-\(index)"
        let slug = outlet.name.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: "-")
        return CorpusGenerator.Article(
            id: id, title: headline(), outlet: outlet.name,
            published: "2031-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)",
            url: "https://news.example/\(slug)/\(id)", text: paragraphs.joined(separator: "\n\n"), quotes: gold)
    }

    // MARK: Paragraphs

    mutating func lead() -> String {
        let first = organisations[0]
        introducedOrganisations.insert(first.name)
        var text = ""
        if random.chance(0.5) {
            text += "\(city.uppercased()), \(random.pick(Vocabulary.months)) \(1 + random.below(28))"
            if let acronym = outlet.acronym { text += " (\(acronym))" }
            text += " \u{2014} "
        }
        let consequence = random.chance(0.5)
            ? "leaving \(topic.thing) in doubt"
            : "a setback for \(random.pick(topic.people)) in \(random.pick(topic.places))"
        if organisations.count > 1 {
            let second = organisations[1]
            introducedOrganisations.insert(second.name)
            text += "Talks between the \(first.name) (\(first.acronym)) and the \(second.name) over \(topic.noun) "
                + "\(random.pick(Vocabulary.talksOutcomes)) on \(random.pick(Vocabulary.weekdays)) in \(city), \(consequence)."
        } else {
            text += "The \(first.name) (\(first.acronym)) said on \(random.pick(Vocabulary.weekdays)) that "
                + "\(topic.thing) \(random.pick(topic.events)) in \(city), \(consequence)."
        }
        return text
    }

    mutating func background() -> String {
        var sentences: [String] = []
        for _ in 0..<(2 + random.below(3)) { sentences.append(fill(random.pick(Vocabulary.backgroundSentences))) }
        if random.chance(0.3), let organisation = organisations.last {
            // A later mention by acronym alone, as news does once the full name has been given.
            let name = introducedOrganisations.contains(organisation.name) ? "The \(organisation.acronym)" : "The \(organisation.name)"
            introducedOrganisations.insert(organisation.name)
            sentences.append("\(name) did not respond to a request for comment.")
        }
        return sentences.joined(separator: " ")
    }

    /// A follow-on: another quote from the previous paragraph's speaker, by pronoun or with no attribution at all.
    mutating func continuation(_ speaker: Int) -> String {
        let person = cast[speaker]
        let quote = sentences(1 + random.below(2))
        if random.chance(0.5) {
            record(quote, .direct, speaker: person.full, cue: "added")
            return "\(open)\(comma(quote)),\(close) \(pronoun(person)) added."
        }
        record(quote, .direct, speaker: person.full, cue: nil)
        return "\(open)\(quote)\(close)"
    }

    mutating func quoteParagraph(_ speaker: Int) -> String {
        let person = cast[speaker]
        let first = !introduced.contains(speaker)
        introduced.insert(speaker)
        lastSpeaker = speaker
        let name = first ? subject(person) : later(person)
        let verb = random.pick(Vocabulary.speechVerbs)
        switch random.below(13) {
        case 0, 1, 2:
            // "...," X said.
            let quote = sentences(1 + random.below(2))
            record(quote, .direct, speaker: person.full, cue: verb)
            if first && random.chance(0.4) {
                return "\(open)\(comma(quote)),\(close) \(verb) \(appositive(person))."
            }
            return "\(open)\(comma(quote)),\(close) \(name) \(verb)."
        case 3, 4:
            // X said: "..."
            let quote = sentences(1 + random.below(2))
            record(quote, .direct, speaker: person.full, cue: verb)
            return "\(capitalised(name)) \(verb): \(open)\(quote)\(close)"
        case 5:
            // A quote split around its attribution.
            let one = sentence(), two = sentences(1 + random.below(2))
            record(one, .direct, speaker: person.full, cue: "said")
            record(two, .direct, speaker: person.full, cue: "said")
            return "\(open)\(comma(one)),\(close) \(name) said. \(open)\(two)\(close)"
        case 6:
            // Relayed by a medium.
            let medium = otherMedium()
            let quote = sentences(1)
            record(quote, .direct, speaker: person.full, via: medium, cue: "told")
            return "\(open)\(comma(quote)),\(close) \(name) told \(mediumName(medium))."
        case 7:
            let medium = otherMedium()
            let quote = sentences(1)
            record(quote, .direct, speaker: person.full, via: medium, cue: "according to")
            return "\(open)\(comma(quote)),\(close) \(name) said, according to \(mediumName(medium))."
        case 8:
            let medium = otherMedium()
            let quote = sentences(1)
            record(quote, .direct, speaker: person.full, via: medium, cue: "quoted as saying")
            return "\(capitalised(mediumName(medium))) quoted \(first ? subject(person) : person.full) as saying "
                + "\(open)\(quote)\(close)"
        case 9:
            // Partial quote woven into the reporter's sentence.
            let (phrase, cue) = random.pick(Vocabulary.partialCues)
            let fragment = random.pick(topic.fragments)
            record(fragment, .partial, speaker: person.full, cue: cue)
            let cueText = phrase.replacingOccurrences(of: "{pro}", with: person.female ? "she" : "he")
            return "\(capitalised(name)) \(cueText) \(open)\(fragment)\(close) in \(random.pick(topic.places))."
        case 10:
            // Reported speech, no marks.
            let clause = fill(random.pick(Vocabulary.reportedClauses), capitalise: false)
            if random.chance(0.5) {
                let medium = otherMedium()
                record(clause, .indirect, speaker: person.full, via: medium, cue: "said")
                return "According to \(mediumName(medium)), \(name) said that \(clause)."
            }
            record(clause, .indirect, speaker: person.full, cue: "said")
            return "\(capitalised(name)) said that \(clause)."
        case 11:
            // An organisation speaks, and a scare quote nobody says.
            let organisation = random.pick(organisations)
            let quote = sentence()
            record(quote, .direct, speaker: organisation.name, cue: "said in a statement")
            let fragment = random.pick(topic.fragments)
            record(fragment, .scare, speaker: nil, cue: nil)
            lastSpeaker = nil
            if first { introduced.remove(speaker) }
            let orgName = introducedOrganisations.contains(organisation.name)
                ? "the \(organisation.acronym)" : "the \(organisation.name) (\(organisation.acronym))"
            introducedOrganisations.insert(organisation.name)
            return "In a statement, \(orgName) said: \(open)\(quote)\(close) Critics have called the plan a so-called "
                + "\(open)\(fragment)\(close) measure."
        default:
            // A quote with a question, then the pronoun.
            let quote = "Who will pay for \(random.pick(topic.people)) in \(random.pick(topic.places))?"
            let rest = sentence()
            record(quote, .direct, speaker: person.full, cue: verb == "said" ? "asked" : verb)
            record(rest, .direct, speaker: person.full, cue: "said")
            return "\(open)\(quote)\(close) \(name) asked. \(capitalised(pronoun(person))) said: \(open)\(rest)\(close)"
        }
    }

    // MARK: Names

    /// The first mention of a person as a sentence subject: title and full name.
    mutating func subject(_ person: CorpusGenerator.Person) -> String {
        switch person.affiliation {
        case let .organisation(organisation, role):
            introducedOrganisations.insert(organisation.name)
            return random.chance(0.5)
                ? "\(organisation.acronym) \(role) \(person.full)"
                : "\(person.full), \(role) of the \(organisation.name),"
        case let .minister(country, portfolio):
            return random.chance(0.5)
                ? "\(capitalised(portfolio)) Minister \(person.full)"
                : "\(country.name)'s \(portfolio) minister, \(person.full),"
        case let .expert(honorific, organisation):
            introducedOrganisations.insert(organisation.name)
            return "\(honorific) \(person.full) of the \(organisation.name)"
        }
    }

    /// The first mention after "said": `said Jane Roe, chair of the ...`.
    func appositive(_ person: CorpusGenerator.Person) -> String {
        switch person.affiliation {
        case let .organisation(organisation, role): "\(person.full), \(role) of the \(organisation.name)"
        case let .minister(country, portfolio): "\(person.full), \(country.adjective) \(portfolio) minister"
        case let .expert(honorific, organisation): "\(honorific) \(person.full), of the \(organisation.name)"
        }
    }

    /// A later mention: the surname, with the honorific or role for some.
    mutating func later(_ person: CorpusGenerator.Person) -> String {
        if case let .expert(honorific, _) = person.affiliation, random.chance(0.5) { return "\(honorific) \(person.last)" }
        return person.last
    }

    func pronoun(_ person: CorpusGenerator.Person) -> String { person.female ? "she" : "he" }

    mutating func reporterName() -> String {
        let female = random.chance(0.5)
        return "\(random.pick(female ? Vocabulary.femaleFirstNames : Vocabulary.maleFirstNames)) \(random.pick(Vocabulary.lastNames))"
    }

    mutating func otherMedium() -> String {
        var medium = random.pick(Vocabulary.media)
        if medium.name == outlet.name { medium = random.pick(Vocabulary.media) }
        return medium.name
    }

    func mediumName(_ name: String) -> String {
        name.hasPrefix("The ") ? "the" + name.dropFirst(3) : name
    }

    // MARK: Sentences

    /// One quoted sentence: a stock phrase a third of the time (speakers repeat their lines, and media repeat
    /// them), otherwise one composed from the clause grammar, so that most quotes are new, as in real news.
    mutating func sentence() -> String {
        if random.below(3) == 0 { return fill(random.pick(Vocabulary.quoteSentences)) }
        var out = random.pick(Vocabulary.openers)
        out += random.pick(Vocabulary.subjects) + " " + random.pick(Vocabulary.modals) + " "
        out += random.chance(0.4) ? random.pick(topic.actions) : random.pick(Vocabulary.verbPhrases)
        let modifier = random.pick(Vocabulary.modifiers)
        if !modifier.isEmpty { out += " " + modifier }
        return fill(out + random.pick(Vocabulary.endings))
    }

    mutating func sentences(_ count: Int) -> String {
        var out = sentence()
        for _ in 1..<max(count, 1) { out += " " + sentence() }
        return out
    }

    mutating func headline() -> String { fill(random.pick(Vocabulary.headlines)) }

    /// Replaces the `{slot}`s of a template with words from this article's topic and cast.
    mutating func fill(_ template: String, capitalise: Bool = true) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        out.reserveCapacity(template.utf8.count + 40)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            out += slot(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return capitalise ? capitalised(out) : out
    }

    mutating func slot(_ name: Substring) -> String {
        switch name {
        case "people": random.pick(topic.people)
        case "places": random.pick(topic.places)
        case "action": random.pick(topic.actions)
        case "thing": topic.thing
        case "noun": topic.noun
        case "event": random.pick(topic.events)
        case "fragment": random.pick(topic.fragments)
        case "number": String(2 + random.below(88))
        case "weekday": random.pick(Vocabulary.weekdays)
        case "month": random.pick(Vocabulary.months)
        case "city": city
        case "country": country.name
        case "org": organisations[0].name
        case "org2": organisations.count > 1 ? organisations[1].name : country.name
        case "last": cast[0].last
        case "outlet": outlet.name
        case "year": "2031"
        case "reporter", "reporter2": reporterName()
        default: String(name)
        }
    }

    /// A quote ending in a full stop, made to end in a comma before its attribution (`"We will," she said`).
    func comma(_ quote: String) -> String {
        quote.hasSuffix(".") ? String(quote.dropLast()) : quote
    }

    func capitalised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.properties.isLowercase else { return text }
        return first.properties.uppercaseMapping + String(text.unicodeScalars.dropFirst())
    }

    mutating func record(
        _ text: String, _ kind: QuoteKind, speaker: String?, via: String? = nil, cue: String?
    ) {
        gold.append(CorpusGenerator.GoldQuote(text: text, kind: kind, speaker: speaker, via: via, cue: cue))
    }
}
