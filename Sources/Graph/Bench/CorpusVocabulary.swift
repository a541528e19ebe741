/// The words the corpus generator writes with: every name, title, organisation, medium and sentence here was made up
/// for this project, so that benchmark corpora can be shared without anyone's article text.
///
/// Names mix plain ASCII with diacritics and hyphens, organisations carry acronyms, titles carry abbreviations with
/// dots ("Dr.", "Col."): the things that trip sentence splitters and name matchers in real news.
enum CorpusVocabulary {
    static let femaleFirstNames = [
        "Marit", "Ilse", "Noor", "Aiko", "Brigid", "Carmela", "Dagny", "Elif", "Farah", "Greta", "Halina", "Ines",
        "Jovana", "Kaija", "Leonie", "Maren", "Nadia", "Oona", "Priya", "Rosalind", "Saoirse", "Tamsin", "Ulla",
        "Vesna", "Wren", "Yara", "Zofia", "Amara", "Beatriz", "Chiara", "Delphine", "Esme", "Fenna", "Gülsen",
        "Hedda", "Irmgard", "Joaquina", "Katell", "Liesel", "Mireille", "Nell", "Odalys", "Paulina", "Rut",
        "Sunniva", "Thandi", "Valka", "Yolanda", "Zoë", "Aurélie", "Birte", "Céline", "Dorota", "Emeline", "Fiora",
        "Gwenllian", "Hana", "Isolde", "Jutta", "Kalinda", "Lorna", "Minh", "Nerys", "Orla", "Petra", "Quilla",
        "Renske", "Signe", "Tova", "Uma", "Verity", "Wilma", "Xiadani", "Ysolde",
    ]

    static let maleFirstNames = [
        "Pim", "Einar", "Tomasz", "Anders", "Bruno", "Caius", "Dmitar", "Emre", "Falk", "Gideon", "Hakon", "Idris",
        "Jarle", "Kasimir", "Lukas", "Matteo", "Niall", "Osvaldo", "Pavel", "Quentin", "Rasmus", "Stellan", "Teodor",
        "Ulrich", "Viggo", "Wendel", "Yusuf", "Zoran", "Alaric", "Bastian", "Cormac", "Dario", "Eamon", "Florin",
        "Gunnar", "Henrik", "Ivo", "Joachim", "Kenji", "Lorcan", "Mikkel", "Nuno", "Olek", "Piers", "Radomir",
        "Sören", "Tibor", "Uriel", "Vidar", "Wojtek", "Xavier", "Yannick", "Zeno", "Ansel", "Benedek", "Cyprian",
        "Dónal", "Evander", "Fintan", "Göran", "Hamid", "Ignac", "Jerzy", "Kolya", "Leander", "Marek", "Nikos",
        "Odran", "Prosper", "Ruairí", "Severin", "Thorvald", "Ugo", "Valentin",
    ]

    static let lastNames = [
        "Lindgaard", "van Ommeren", "Haukeland", "Okonjo", "Marwick", "Castellane", "Driscoll", "Ebbesen", "Fairhurst",
        "Granholm", "Halloran", "Ivanescu", "Jurgensen", "Kettleby", "Lachance", "Morrow", "Nakamura-Bell", "Oyelaran",
        "Petrakis", "Quarrie", "Rautio", "Sandoval", "Tarkanen", "Underhill", "Valcourt", "Wexford", "Yilmazer",
        "Zielinski", "Ashcombe", "Brannigan", "Corvino", "Dunmore", "Esterhazy", "Falconer", "Gaspari", "Holmquist",
        "Ingleby", "Jaramillo", "Kovar", "Lisowski", "Mbeki-Strand", "Nordahl", "Ostrander", "Pellegrini", "Quillon",
        "Rosenthal", "Sauveterre", "Thornbury", "Uhlmann", "Varga", "Whitlock", "Yardley", "Zamora", "Abernathy",
        "Bergström", "Calloway", "Delacroix", "Eriksdóttir", "Fennimore", "Grünewald", "Hartigan", "Ilunga",
        "Jovanović", "Kastner", "Lefebvre", "Montague", "Novak", "O'Donovan", "Pradhan", "Rasmussen", "Szabó",
        "Trevelyan", "Umarov", "Vasquez", "Wainwright", "Yoshida", "Zeller", "Achterberg", "Bellweather", "Cseh",
        "Dragomir", "Ekwueme", "Fitzgerald", "Gallardo", "Horvath", "Iwasaki", "Jelinek", "Kilbride", "Lundgren",
        "Maclean", "Nieminen", "Ortega", "Prendergast", "Radcliffe", "Strand", "Tamura", "Ulvaeus", "Veltman",
        "Whitcombe", "Ashdown", "Bracewell", "Czerny", "Dunleavy", "Engström", "Fonseca", "Gorecki", "Hallström",
        "Iordache", "Järvinen", "Kowalczyk", "Lindahl", "Moreau", "Nakashima", "Oakhurst", "Pemberton", "Rydell",
        "Sørensen", "Tennant", "Urquhart", "Vanterpool", "Wilberforce", "Yeats-Moreno", "Zubiri", "Al-Rashidi",
        "Bonneville", "Coldwater", "De Vries", "Elmqvist", "Farrow", "Gilchrist", "Hennessy", "Ibsenholt",
        "Kaczmarek", "Leclerc", "Mortimer", "Nightingale", "Oberholzer", "Piccard", "Redgrave", "Sheringham",
        "Tollemache", "Vaughan", "Westergaard", "Arkwright", "Blackwood", "Carvalho", "Dimitriou", "Esposito",
        "Forsberg", "Garrido", "Haverford", "Ishikawa", "Kirkegaard", "Lombardi", "Magnusson", "Nevison",
    ]

    /// Invented countries and their adjectives.
    static let countries: [(name: String, adjective: String)] = [
        ("Valdoria", "Valdorian"), ("Kestrel Islands", "Kestrel"), ("Norvenia", "Norvenian"), ("Ostramark", "Ostramarkian"),
        ("Belcastro", "Belcastran"), ("Tarquinia", "Tarquinian"), ("Eskerland", "Eskerlandic"), ("Marovia", "Marovian"),
        ("Solendra", "Solendran"), ("Vintmoor", "Vintmoorish"), ("Karsava", "Karsavan"), ("Lunegard", "Lunegardian"),
        ("Corvania", "Corvanian"), ("Drosselia", "Drosselian"), ("Halvoria", "Halvorian"), ("Zenthia", "Zenthian"),
        ("Pellmark", "Pellmarkian"), ("Arvonne", "Arvonnais"), ("Querland", "Querlandic"), ("Sarnovia", "Sarnovian"),
        ("Tessaly Coast", "Tessalian"), ("Ubrenia", "Ubrenian"), ("Westmarch", "Westmarcher"), ("Ystrad", "Ystradi"),
    ]

    static let cities = [
        "Port Aldane", "Kessring", "Marrow Bay", "Velmont", "Dunharrow", "Ostervik", "Caldera Point", "Brennholm",
        "Saint-Ivel", "Lakemoor", "Greyhaven", "Tolvaar", "Norhaven", "Ambleside Cross", "Virelles", "Hadley Fen",
        "Rosskirk", "Quellport", "Sandmere", "Thornwick", "Ulverby", "Westerhal", "Yarrowfield", "Zellingen",
        "Ashford Quay", "Brightwater", "Coldharbour", "Dravnik", "Elmsworth", "Fjellby", "Gallowmere", "Halvik",
        "Isenfurt", "Jarrowgate", "Korvenstad", "Lindenau", "Mirefield", "Nethercombe", "Orrinshaw", "Pellucid Bay",
        "São Tavira", "Tromsvall", "Rijnhaven", "Kalvåg", "Bracken Ridge", "Storhamn", "Veldmark", "Wickerley",
    ]

    static let regions = [
        "Northern", "Southern", "Eastern", "Western", "Coastal", "Central", "Upland", "Lowland", "Atlantic", "Baltic",
        "Continental", "National", "United", "Federal", "Regional", "Independent", "Allied", "Maritime", "Highland",
        "Metropolitan",
    ]

    /// Organisation bodies: the head noun of a name, and the role titles it gives its people.
    static let bodies: [(name: String, roles: [String])] = [
        ("Council", ["chair", "spokesperson", "secretary", "vice chair"]),
        ("Authority", ["director", "spokesperson", "chief executive", "deputy director"]),
        ("Association", ["president", "spokesperson", "general secretary"]),
        ("Federation", ["president", "spokesman", "spokeswoman", "treasurer"]),
        ("Union", ["general secretary", "spokesperson", "president", "chief negotiator"]),
        ("Agency", ["director", "spokesperson", "deputy director", "chief scientist"]),
        ("Institute", ["director", "senior fellow", "chief economist", "researcher"]),
        ("Commission", ["commissioner", "spokesperson", "president", "chief negotiator"]),
        ("Alliance", ["coordinator", "spokesperson", "founder"]),
        ("Board", ["chair", "spokesperson", "member"]),
        ("Corporation", ["chief executive", "spokesperson", "chief financial officer"]),
        ("League", ["president", "spokesperson", "organiser"]),
        ("Foundation", ["director", "spokesperson", "founder"]),
        ("Party", ["leader", "spokesperson", "deputy leader", "chief whip"]),
        ("Network", ["coordinator", "spokesperson", "director"]),
    ]

    static let sectors = [
        "Fisheries", "Energy", "Grain", "Rail", "Water", "Health", "Housing", "Port", "Steel", "Dairy", "Transport",
        "Forestry", "Teachers", "Nurses", "Pilots", "Mining", "Textile", "Wind Power", "Shipping", "Aviation",
        "Broadband", "Pharmacy", "Tourism", "Farmers", "Dockworkers", "Space", "Weather", "Veterans", "Consumer",
        "Tenants",
    ]

    /// Ministerial portfolios, used as "the Valdorian energy minister" and "Energy Minister".
    static let portfolios = [
        "energy", "foreign", "finance", "health", "transport", "fisheries", "defence", "interior", "trade",
        "environment", "education", "agriculture", "labour", "justice",
    ]

    static let honorifics = ["Dr.", "Prof.", "Col.", "Gen.", "Capt.", "Sen.", "Rep.", "Gov.", "Amb.", "Lt. Col."]

    /// News media: the name, its acronym if it goes by one, and whether it prints curly quotation marks.
    static let media: [(name: String, acronym: String?, curly: Bool)] = [
        ("Harbour Line", nil, false), ("Meridian Press Agency", "MPA", false), ("The Lakemoor Courier", nil, true),
        ("Northern Broadcasting Service", "NBS", false), ("Valdoria Today", nil, false), ("The Daily Lantern", nil, true),
        ("Kestrel Radio", nil, false), ("Continental News Network", "CNN-C", false), ("The Brightwater Ledger", nil, true),
        ("Ostramark Press Service", "OPS", false), ("Marovian State Television", "MST", false),
        ("The Evening Sentinel", nil, true), ("Pellmark Post", nil, false), ("Global Dispatch", nil, false),
        ("The Quellport Observer", nil, true), ("Solendra News Agency", "SNA", false), ("Radio Free Eskerland", "RFE", false),
        ("The Morning Compass", nil, true), ("Corvania Broadcasting Corporation", "CBC-V", false),
        ("Tarquinian Information Bureau", "TIB", false), ("The Velmont Gazette", nil, true), ("Signal Point", nil, false),
        ("Zenthian Central News Agency", "ZCNA", false), ("The Westmarch Chronicle", nil, true),
        ("Baltic Business Review", "BBR", false), ("Coastline Daily", nil, false), ("The Weekly Prism", nil, true),
        ("Karsava Public Radio", "KPR", false), ("Halvoria Herald", nil, false), ("Open Ledger", nil, false),
    ]

    /// What talks do, in a lead paragraph.
    static let talksOutcomes = [
        "broke down", "stalled", "ended without agreement", "resumed", "were suspended", "dragged into a third day",
        "made unexpected progress", "were adjourned",
    ]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Speech verbs after a name ("Kovar said") with how often each is picked, most common first.
    static let speechVerbs = [
        "said", "said", "said", "said", "said", "told reporters", "added", "warned", "insisted", "stated", "noted",
        "explained", "argued", "acknowledged", "claimed", "declared", "stressed", "wrote", "recalled", "cautioned",
    ]

    /// Verbs that introduce a partial quote: `Kovar warned of "..."`.
    static let partialCues = [
        ("warned of", "warned"), ("spoke of", "spoke"), ("described the plan as", "described"),
        ("called the proposal", "called"), ("dismissed the offer as", "dismissed"), ("promised", "promised"),
        ("denounced what {pro} called", "denounced"), ("praised the", "praised"),
    ]

    /// A story's subject: what its headlines, events and quotes talk about.
    struct Topic {
        let noun: String            // "fishing quotas"
        let thing: String           // "the quota deal"
        let people: [String]        // "fishermen"
        let places: [String]        // "coastal towns"
        let actions: [String]       // "cut the quotas"
        let events: [String]        // "broke down"
        let fragments: [String]     // partial-quote phrases: "harbours without boats"
    }

    static let topics: [Topic] = [
        Topic(noun: "fishing quotas", thing: "the quota deal", people: ["fishermen", "boat owners", "harbour workers"],
              places: ["coastal towns", "the northern ports", "island communities"],
              actions: ["cut the quotas", "close the fishing grounds", "ban trawling near the coast", "raise the catch limits"],
              events: ["broke down", "stalled", "ended without agreement", "resumed after a week"],
              fragments: ["harbours without boats", "a slow death for the harbours", "cautious but fair", "a betrayal of the coast"]),
        Topic(noun: "energy prices", thing: "the price cap", people: ["households", "small businesses", "pensioners"],
              places: ["the industrial north", "rural districts", "the capital"],
              actions: ["lift the price cap", "subsidise heating bills", "tax windfall profits", "build two new grid links"],
              events: ["was extended", "was scrapped", "drew fierce criticism", "passed its first vote"],
              fragments: ["a winter of impossible choices", "reckless and unfunded", "the cheapest power in a decade", "a gift to the suppliers"]),
        Topic(noun: "rail strikes", thing: "the pay offer", people: ["train drivers", "commuters", "signal workers"],
              places: ["the main lines", "the suburbs", "the border crossings"],
              actions: ["call off the strike", "raise wages by six percent", "close ticket offices", "run a reduced timetable"],
              events: ["was rejected", "collapsed late on Friday", "was put to a ballot", "went to arbitration"],
              fragments: ["insulting and late", "a fair deal for everyone", "chaos on the platforms", "the last offer we will make"]),
        Topic(noun: "water shortages", thing: "the rationing plan", people: ["farmers", "residents", "hospitals"],
              places: ["the southern valleys", "the river delta", "drought-hit provinces"],
              actions: ["ration tap water", "build a desalination plant", "fine heavy users", "divert the river"],
              events: ["came into force", "was delayed again", "was approved by parliament", "met with protests"],
              fragments: ["a crisis years in the making", "dry taps by August", "no more excuses", "the worst drought on record"]),
        Topic(noun: "hospital waiting lists", thing: "the health budget", people: ["patients", "nurses", "junior doctors"],
              places: ["rural clinics", "the capital's hospitals", "emergency wards"],
              actions: ["hire four thousand nurses", "close two hospitals", "cut waiting times by half", "outsource surgery"],
              events: ["was announced", "was cut", "fell short of promises", "was doubled"],
              fragments: ["a system at breaking point", "safe and sustainable", "patients left in corridors", "a historic investment"]),
        Topic(noun: "the border dispute", thing: "the ceasefire", people: ["villagers", "soldiers", "refugees"],
              places: ["the frontier districts", "the demilitarised zone", "the mountain passes"],
              actions: ["withdraw the troops", "reopen the crossings", "hold direct talks", "exchange prisoners"],
              events: ["was violated overnight", "held for a third day", "was extended by a month", "was signed in Virelles"],
              fragments: ["a provocation we will not ignore", "reckless and dangerous", "the first step toward peace", "an act of aggression"]),
        Topic(noun: "housing costs", thing: "the rent freeze", people: ["tenants", "landlords", "young families"],
              places: ["the inner city", "university towns", "the commuter belt"],
              actions: ["freeze rents for two years", "build eighty thousand homes", "tax empty flats", "ease planning rules"],
              events: ["was struck down by a court", "took effect on Monday", "was watered down", "won broad support"],
              fragments: ["a generation locked out", "unworkable in practice", "homes people can afford", "a landlord's charter"]),
        Topic(noun: "the space programme", thing: "the launch schedule", people: ["engineers", "contractors", "scientists"],
              places: ["the launch site", "the tracking stations", "the test range"],
              actions: ["delay the launch", "double the budget", "partner with private firms", "retire the old rockets"],
              events: ["slipped by six months", "was cleared for takeoff", "suffered a setback", "was put under review"],
              fragments: ["a giant leap for the region", "money burned on the pad", "on time and on budget", "years behind schedule"]),
        Topic(noun: "grain exports", thing: "the export ban", people: ["grain traders", "farmers", "millers"],
              places: ["the river ports", "the plains", "the export terminals"],
              actions: ["lift the export ban", "release the reserves", "cap bread prices", "open a new corridor"],
              events: ["was lifted", "was tightened", "caused shortages abroad", "was challenged at the trade court"],
              fragments: ["food as a weapon", "a temporary and necessary measure", "bread on every table", "a disaster for the harvest"]),
        Topic(noun: "school reform", thing: "the new curriculum", people: ["teachers", "parents", "pupils"],
              places: ["village schools", "the secondary schools", "the eastern districts"],
              actions: ["scrap the final exams", "lengthen the school day", "hire more teachers", "close small schools"],
              events: ["was postponed", "was piloted in forty schools", "drew a walkout", "was welcomed by parents"],
              fragments: ["an experiment on our children", "modern and fair", "too much, too fast", "the biggest change in a generation"]),
        Topic(noun: "airport expansion", thing: "the third runway", people: ["residents", "airlines", "travellers"],
              places: ["the flight path", "the villages near the airport", "the harbour district"],
              actions: ["approve the runway", "limit night flights", "compensate nearby homes", "build a rail link"],
              events: ["was approved", "was blocked by judges", "faced a fresh inquiry", "was quietly shelved"],
              fragments: ["noise day and night", "vital for jobs", "a climate disaster", "the gateway to the world"]),
        Topic(noun: "the steel plant closure", thing: "the rescue package", people: ["steelworkers", "suppliers", "local families"],
              places: ["the mill towns", "the valley", "the port district"],
              actions: ["nationalise the plant", "keep the furnaces lit", "retrain the workers", "find a buyer"],
              events: ["was unveiled", "fell through", "won a last-minute reprieve", "was signed overnight"],
              fragments: ["the heart of this town", "a lifeline, not a solution", "gone for good", "too little, too late"]),
    ]

    /// Direct-quote sentences; slots: {people} {places} {action} {thing} {noun} {fragment} {number} {weekday} {city}.
    static let quoteSentences = [
        "We will not accept a deal that leaves {people} behind.",
        "Nobody in {places} asked for this.",
        "The plan to {action} is the only responsible choice.",
        "If nothing changes, {people} will pay the price.",
        "We came to talk about {noun} and were handed a press release.",
        "This is {fragment}.",
        "I have spoken to {people} in {places}, and they are angry.",
        "We need to {action}, and we need to do it now.",
        "There is no money to {action}.",
        "Every week of delay costs {people} more.",
        "{thing} is a start, but it is not enough.",
        "We are ready to talk, but not to surrender.",
        "The figures speak for themselves: {number} percent is not a rounding error.",
        "Let me be clear: we will {action} before the end of the year.",
        "Nobody should pretend that {noun} will fix itself.",
        "I was in {city} on {weekday}, and I saw it with my own eyes.",
        "Our members will decide, not the government.",
        "It is time to {action}.",
        "We have waited {number} months for an answer.",
        "{thing} has failed, and everyone knows it.",
        "This is about trust, and trust has been broken.",
        "We expect {thing} to be approved within weeks.",
        "The science is clear, and so is our duty to {people}.",
        "I will not stand by while {people} in {places} suffer.",
        "No one wins if we {action} without a plan.",
        "We welcome the decision and will study it carefully.",
        "Frankly, the proposal to {action} is dead on arrival.",
        "Our door remains open.",
        "This government promised to {action}, and it has not.",
        "The question is not whether to {action}, but when.",
    ]

    /// The clause grammar of composed quotes: opener, subject, modal, verb phrase (or the topic's action), modifier,
    /// ending. About two million sentences per topic before the slots are filled.
    static let openers = [
        "", "", "", "Frankly, ", "Let me be clear: ", "Today, ", "In my view, ", "As I said before, ", "Honestly, ",
        "Make no mistake, ", "For now, ", "After months of talks, ", "Whatever happens, ", "At this stage, ",
    ]
    static let subjects = [
        "we", "I", "this government", "our members", "nobody", "the people of {city}", "{people}", "the ministry",
        "our negotiators", "the opposition", "{country}", "the {org}", "every family in {places}", "my colleagues",
        "the regulators", "the unions",
    ]
    static let modals = [
        "will", "will not", "cannot", "must", "should", "would like to", "will refuse to", "had promised to",
        "could be forced to", "will never", "may have to", "would rather", "simply cannot afford to", "might still",
    ]
    static let verbPhrases = [
        "accept {thing}", "sign {thing}", "walk away from {thing}", "support {thing}", "block {thing}",
        "delay {thing}", "defend {people}", "abandon {people} in {places}", "reopen talks on {noun}", "pay for {noun}",
        "explain {thing} to {people}", "take {thing} to the courts", "put {thing} to a vote", "rewrite {thing}",
        "listen to {people}", "stand with {people} in {places}", "fund {thing} properly", "ignore the warnings about {noun}",
    ]
    static let modifiers = [
        "", "", "before the end of the year", "without a fight", "this week", "under any circumstances",
        "for the sake of {people}", "while {people} in {places} wait", "until the figures add up", "in {city}",
        "by {month}", "at any price", "no matter what the {org2} says", "after {number} years of promises",
        "with or without {country}", "on {weekday}", "if the numbers are right", "for the next {number} months",
    ]
    static let endings = [".", ".", ".", ".", "!", ", and everyone knows it.", ", believe me.", ", full stop."]

    /// Reported (indirect) clauses after "said that": slots as in `quoteSentences`.
    static let reportedClauses = [
        "the government would {action} within a month",
        "{people} in {places} had been ignored for too long",
        "{thing} would be reviewed before the summer",
        "talks would resume in {city} next {weekday}",
        "there was no plan to {action}",
        "{number} percent of {people} opposed the plan",
        "the decision to {action} had been taken in haste",
        "{thing} was the best deal available",
    ]

    /// Sentences with no quotation, for background paragraphs.
    static let backgroundSentences = [
        "The dispute over {noun} has simmered for {number} months.",
        "Last year, a similar proposal to {action} was abandoned after protests in {places}.",
        "{people} in {places} have staged several protests since the spring.",
        "Officials estimate that {number} percent of {people} will be affected.",
        "{thing} {event} on {weekday}, according to officials in {city}.",
        "The next round of talks is expected in {city} later this month.",
        "Opposition parties have called for a public inquiry into {noun}.",
        "Analysts said the outcome would shape the debate over {noun} for years.",
        "The measure still needs the approval of the upper house.",
        "Markets barely moved on the news.",
        "Demonstrators gathered outside the parliament in {city} on {weekday} evening.",
        "The government has until the end of {month} to respond.",
    ]

    static let headlines = [
        "{org} warns of \"{fragment}\" as {noun} talks falter",
        "{country} moves to {action}",
        "{thing} {event}, leaving {people} uncertain",
        "{last} vows to {action}",
        "Anger in {places} over {noun}",
        "{org} and {org2} clash over {noun}",
        "What the deal on {noun} means for {people}",
        "{city}: {people} protest as {thing} {event}",
    ]

    static let reporterRoles = ["staff", "correspondent", "reporters", "newsroom"]
    static let closings = [
        "Related Articles", "Read more: {noun} explained", "Copyright {year} {outlet}. All rights reserved.",
        "Reporting by {reporter}; editing by {reporter2}", "This article has been updated with comment from the {org}.",
    ]
}
