/// Closed word lists the rules read: speech verbs, titles, function words, organisation and place heads.
///
/// Written for this project from general English usage; no list is copied from elsewhere. Every entry is
/// lower case with straight apostrophes (the form `Doc.key(token:)` returns).
enum Lexicon {
    /// Words that keep their period: titles, months, US state and company abbreviations.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "sgt", "capt", "maj", "cmdr", "adm", "sen", "rep", "gov",
        "pres", "st", "jr", "sr", "rev", "hon", "fr", "messrs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "vs", "etc", "ala", "ariz", "ark", "calif",
        "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
        "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "mt", "ft", "approx",
        "dept", "univ", "assn", "bros", "est", "fig", "op", "ed", "vol", "pp",
    ]

    /// Capitalised words that usually open a sentence: a dotted acronym before one of them ends the sentence.
    static let sentenceOpeners: WordSet = [
        "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that", "there", "on", "at",
        "his", "her", "their", "its", "as", "if", "when", "while", "after", "before", "for", "so", "yet",
    ]

    /// Function words and other common words that are capitalised only because they open a sentence or a headline.
    static let stopwords: WordSet = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "by", "with",
        "from", "into", "onto", "upon", "about", "above", "across", "after", "against", "along", "amid", "among",
        "around", "as", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite",
        "during", "except", "inside", "near", "off", "out", "outside", "over", "past", "since", "through",
        "throughout", "till", "toward", "towards", "under", "underneath", "unlike", "until", "up", "via", "within",
        "without", "according", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "it", "its", "they", "them", "their", "this", "that", "these", "those", "who", "whom", "whose", "which", "what",
        "where", "when", "why", "how", "whether", "if", "then", "than", "there", "here", "also", "however",
        "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "still", "thus", "therefore", "hence",
        "instead", "otherwise", "indeed", "earlier", "later", "last", "next", "first", "second", "third", "finally",
        "now", "today", "yesterday", "tomorrow", "tonight", "recently", "previously", "currently", "already",
        "again", "once", "all", "any", "both", "each", "every", "few", "many", "more", "most", "much", "neither",
        "no", "none", "not", "only", "other", "others", "several", "some", "such", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "is", "are", "was", "were", "be", "been", "being", "has",
        "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "while", "although", "though", "because", "unless", "whereas", "even", "just", "yes", "well", "like",
        "new", "old", "big", "great", "good", "bad", "high", "low", "top", "back", "home", "live", "watch", "read",
        "see", "more", "related", "articles", "article", "photo", "photos", "image", "images", "video", "videos",
        "copyright", "rights", "reserved", "advertisement", "share", "comment", "comments", "subscribe", "click",
        "update", "updated", "breaking", "exclusive", "analysis", "opinion", "editorial", "news", "report",
        "reports", "sources", "source", "officials", "experts", "critics", "analysts", "leaders", "people",
        "many", "numerous", "independent", "visiting", "speaking", "asked", "asked", "reporting", "additional",
        "writer", "editor", "correspondent", "contributing", "international", "local",
        "world", "politics", "business", "sports", "technology", "science", "health", "entertainment", "travel",
        "latest", "stories", "story", "menu", "search", "page", "section", "min", "mins", "am", "pm",
        "ist", "gmt", "utc", "est", "edt", "pst", "pdt", "cst", "cdt", "bst", "cet", "kst", "jst", "date", "time",
        "mr", "mrs", "ms", "dr", "sir", "madam", "dear", "thank", "thanks", "please", "let", "yes", "oh", "ok",
        "okay", "hey", "hello", "god", "lord", "no", "not", "nothing", "everything", "everyone", "somebody",
        "someone", "anyone", "nobody", "why", "here's", "it's", "that's", "there's", "i'm", "we're", "they're",
        "you're", "he's", "she's", "don't", "can't", "won't", "didn't", "isn't", "aren't", "wasn't", "weren't",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
        "former", "late", "acting", "deputy", "vice", "chief", "senior", "junior", "key", "major", "minor", "annual",
        "total", "full", "special", "private",
    ]

    static let days: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ]

    /// Titles and offices that stand before a name and are not part of it ("Col. Nyland", "President Lind").
    static let titles: WordSet = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "col.", "gen.", "lt.", "sgt.", "capt.", "maj.", "cmdr.", "adm.", "sen.",
        "rep.", "gov.", "pres.", "rev.", "hon.", "del.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady",
        "president", "minister", "secretary", "chancellor", "premier", "king", "queen", "prince", "princess",
        "emperor", "pope", "chairman", "chairwoman", "director", "governor", "senator", "congressman",
        "congresswoman", "mayor", "ambassador", "general", "colonel", "lieutenant", "major", "captain", "admiral",
        "commander", "sergeant", "marshal", "judge", "justice", "spokesman", "spokeswoman", "spokesperson", "chief",
        "leader", "dictator", "ceo", "commissioner", "councillor", "councilman", "councilwoman", "attorney",
        "detective", "professor", "coach", "pastor", "rabbi", "imam", "bishop", "cardinal", "sheikh", "envoy",
        "assemblyman", "assemblywoman", "delegate", "treasurer", "sheriff", "sen", "rep", "gov", "gen", "col", "lt",
        "capt", "officer", "speaker", "representative", "rep.", "superintendent", "prosecutor", "chairperson",
        "executive", "founder", "cofounder", "co-founder", "economist", "strategist", "analyst",
    ]

    /// The nouns an abbreviated title stands for, so that "Sen. Ana Lund" is "the senator" later in the article.
    static let titleExpansions: [String: [String]] = {
        let full: [String: [String]] = [
            "sen": ["senator"], "rep": ["representative", "congressman", "congresswoman"], "gov": ["governor"],
            "gen": ["general"], "col": ["colonel"], "lt": ["lieutenant"], "capt": ["captain"], "maj": ["major"],
            "adm": ["admiral"], "cmdr": ["commander"], "sgt": ["sergeant"], "pres": ["president"],
            "prof": ["professor"], "dr": ["doctor"], "rev": ["reverend"],
        ]
        var out = full
        for (short, words) in full { out[short + "."] = words }
        return out
    }()

    /// Words that qualify an office and go with it ("Defense Minister", "Vice President").
    static let officeModifiers: WordSet = [
        "vice", "prime", "deputy", "acting", "former", "foreign", "defense", "defence", "interior", "finance",
        "trade", "health", "economy", "unification", "state", "first", "supreme", "chief", "general", "attorney",
        "executive", "senior", "lieutenant", "rear", "brigadier", "major", "grand", "crown", "home", "education",
        "energy", "labor", "labour", "agriculture", "transport", "commerce", "culture", "environment", "justice",
        "security", "intelligence", "army", "navy", "air", "police", "fire", "press", "party", "white", "house",
        "majority", "minority", "assistant", "associate", "managing", "chief", "district", "u.s.", "us", "national",
        "treasury",
    ]

    /// Head nouns of descriptions that stand for a person named elsewhere ("the Kenyan leader").
    static let personNouns: WordSet = [
        "leader", "president", "dictator", "minister", "spokesman", "spokeswoman", "spokesperson", "official",
        "chairman", "chairwoman", "secretary", "director", "chief", "governor", "senator", "mayor", "ambassador",
        "general", "commander", "premier", "chancellor", "king", "queen", "prince", "candidate", "nominee",
        "businessman", "businesswoman", "billionaire", "lawmaker", "congressman", "congresswoman", "representative",
        "democrat", "republican", "ceo", "founder", "head", "envoy", "diplomat", "sister", "brother", "wife",
        "husband", "daughter", "son", "mother", "father", "aide", "adviser", "advisor", "strongman", "ruler",
        "monarch", "emperor", "pope", "colonel", "judge", "prosecutor", "attorney", "lawyer", "coach", "star",
        "actor", "actress", "singer", "author", "writer", "professor", "scientist", "economist", "analyst",
        "host", "anchor", "correspondent", "reporter", "editor", "columnist", "commentator", "pollster",
        "strategist", "executive", "spokesman", "consultant", "researcher", "activist", "organizer", "historian",
        "manager", "partner", "owner", "veteran", "widow", "resident", "student", "teacher", "doctor", "nurse",
        "officer", "agent", "negotiator", "counsel", "chief",
    ]

    /// Speech verbs that may come before their speaker: `"...," said Ruiz`.
    static let invertingVerbs: WordSet = [
        "said", "says", "added", "adds", "continued", "continues", "wrote", "writes", "asked", "asks", "explained",
        "explains", "recalled", "recalls", "noted", "notes", "warned", "warns", "stressed", "tweeted", "replied",
        "replies", "insisted", "insists", "argued", "argues", "cautioned", "declared", "observed", "remarked",
        "concluded", "conceded", "countered", "responded", "agreed", "quipped", "joked", "shouted", "yelled",
        "announced", "stated", "states", "reported", "reports", "acknowledged", "admitted", "predicted",
        "suggested", "complained", "lamented", "boasted", "sings", "sang", "emphasized", "emphasised", "claimed",
        "claims", "wondered", "mused", "reasoned", "whispered", "answered", "demanded", "pleaded", "urged",
    ]

    /// Nouns that stand for the news outlet relaying a statement ("the report", "state media").
    static let mediumNouns: WordSet = [
        "report", "media", "agency", "newspaper", "paper", "outlet", "broadcaster", "wire", "daily", "tabloid",
        "station", "channel", "network", "dispatch", "broadcast", "television", "tv", "radio",
    ]

    /// Words in an organisation's name that say it is one.
    static let orgHeads: WordSet = [
        "agency", "army", "navy", "force", "forces", "party", "staff", "command", "ministry", "department", "council",
        "committee", "commission", "university", "college", "institute", "institution", "association", "union",
        "bank", "corporation", "corp.", "corp", "inc.", "inc", "company", "co.", "ltd", "ltd.", "llc", "group",
        "organization", "organisation", "times", "post", "journal", "news", "press", "service", "services",
        "office", "bureau", "court", "senate", "congress", "parliament", "assembly", "government", "administration",
        "foundation", "center", "centre", "guard", "nations", "fund", "federation", "league", "network",
        "broadcasting", "television", "radio", "herald", "tribune", "daily", "gazette", "telegraph", "review",
        "club", "church", "police", "authority", "board", "cabinet", "media", "airlines",
        "airways", "motors", "industries", "holdings", "partners", "capital", "society", "alliance", "coalition",
        "movement", "front", "brigade", "regiment", "division", "battalion", "corps", "academy", "school", "hospital",
        "museum", "library", "trust", "bloc", "caucus", "campaign", "pac", "commission", "secretariat", "tribunal",
        "chamber", "exchange", "reserve", "treasury", "pentagon", "kremlin", "politburo", "presidium", "observatory",
        "watch", "initiative", "project", "program", "programme", "laboratory", "lab", "labs", "systems",
        "technologies", "enterprises", "magazine", "channel", "broadcast", "networks", "studios", "entertainment",
        "team", "council", "agencies", "ministries", "forces", "chiefs", "headquarters", "station", "mission",
        "management", "automotive", "energy", "pharmaceuticals", "insurance", "investments", "securities",
        "logistics", "solutions", "consulting", "research", "analytics", "communications", "telecom", "petroleum",
        "mining", "steel", "chemicals", "foods", "brands", "software", "robotics", "ventures", "plc", "ag", "sa",
        "gmbh", "llp", "lp", "nv", "commission", "exchange", "markets", "advisors", "advisers", "associates",
        "economics", "intelligence", "institute", "instruments", "electronics", "semiconductor", "aerospace",
        "defense", "airline", "railways", "railway", "shipping", "pictures", "records", "studio", "publishing",
        "wire", "chronicle", "observer", "courier", "dispatch", "bulletin", "monitor", "examiner", "inquirer",
        "enforcement", "investigations", "healthcare", "resources", "coal", "music",
    ]

    /// Company-form words after a company's short name ("Tesla Inc").
    static let corporateSuffixes: WordSet = [
        "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa", "gmbh", "nv", "group",
        "holdings", "corporation", "company", "limited",
    ]

    /// Words in an outlet's name that mark it as news media.
    static let mediumHeads: WordSet = [
        "news", "agency", "press", "times", "post", "journal", "herald", "tribune", "media", "broadcasting",
        "television", "tv", "radio", "gazette", "telegraph", "daily", "network", "networks", "wire",
        "chronicle", "observer", "guardian", "independent", "courier", "dispatch", "express", "mirror", "magazine",
        "newsweek", "bulletin", "reporter", "star", "sun", "globe", "examiner", "inquirer", "register",
    ]

    /// Lower-case nouns after a name that say it is an organisation ("the Harbour Star newspaper").
    static let orgFollowers: WordSet = [
        "newspaper", "agency", "group", "company", "party", "organization", "organisation", "firm", "broadcaster",
        "network", "daily", "news", "channel", "magazine", "outlet", "ministry", "militia", "movement", "coalition",
        "network", "bank", "union", "council", "committee", "website", "airline", "carrier", "government",
    ]

    /// Lower-case nouns after a name that say it is an event ("the Northern Shield exercise").
    static let eventFollowers: WordSet = [
        "exercise", "exercises", "drill", "drills", "summit", "games", "olympics", "conference", "festival", "war",
        "operation", "campaign", "election", "elections", "talks", "forum", "storm", "hurricane", "typhoon",
        "cyclone", "tournament", "championship", "cup", "crisis", "scandal", "massacre", "attack", "attacks",
        "protests", "rally", "convention", "debate", "referendum", "accord", "agreement", "treaty", "wargames",
    ]
    /// Name-final words of an event ("Olympic Games", "World Cup").
    static let eventHeads: WordSet = [
        "games", "olympics", "cup", "war", "summit", "conference", "festival", "championship", "championships",
        "exercise", "expo", "marathon", "open", "grand", "prix", "revolution", "uprising", "crisis", "forum",
        "convention", "storm", "hurricane", "typhoon", "day",
    ]
    /// Lower-case words before a name that say it is a storm ("tropical storm Ferra").
    static let eventLeaders: WordSet = ["storm", "typhoon", "hurricane", "cyclone", "operation"]

    /// Name-final words of a place that is not a polity.
    static let locationHeads: WordSet = [
        "peninsula", "sea", "ocean", "river", "mountains", "mountain", "island", "islands", "strait", "straits",
        "gulf", "bay", "valley", "desert", "lake", "coast", "canal", "plateau", "basin", "channel", "range", "hills",
        "forest", "park", "zone", "border", "square", "street", "avenue", "airport", "base", "bridge", "dam",
        "falls", "glacier", "cape", "delta", "region", "heights", "plain", "plains", "reef", "archipelago",
    ]
    /// Name-final words of laws, prizes, plans and documents: names, but of no person ("Affordable Care Act").
    static let thingHeads: WordSet = [
        "act", "bill", "law", "amendment", "treaty", "accord", "accords", "agreement", "prize", "award", "awards",
        "medal", "plan", "doctrine", "rule", "code", "constitution", "declaration", "manifesto", "index", "poll",
        "survey", "report", "review", "protocol", "charter", "initiative", "strategy", "budget", "deal", "order",
        "resolution", "convention", "covenant", "directive", "regulation", "program", "programme", "scheme",
        "coverage", "show", "series", "film", "album", "book", "novel", "song", "app", "platform", "model",
    ]

    /// Name-initial words of a place ("Camp David", "Mount Everest").
    /// Last words that make a town of a name the gazetteer lacks ("Oklahoma City", "Palm Springs").
    static let cityHeads: WordSet = ["city", "springs", "township", "borough", "village", "town"]
    /// First words that make a town of a name ("St. Cloud", "San Marcos").
    static let cityLeaders: WordSet = ["st.", "san", "santa", "são", "sao"]
    /// Function words that never stand inside a person's name, capitalised or not.
    static let functionWords: WordSet = [
        "of", "the", "and", "on", "through", "for", "to", "in", "at", "by", "with", "are", "is", "be", "should",
        "would", "must", "their", "our", "your", "my", "his", "her", "its", "off", "out", "up", "from", "into",
        "over", "about", "after", "against", "a", "an", "not", "or",
    ]
    static let locationLeaders: WordSet = ["camp", "mount", "mt.", "lake", "cape", "fort", "port", "isle", "gulf"]

    /// Words after a demonym that make a place ("the Iberian peninsula").
    static let locationFollowers: WordSet = ["peninsula", "sea", "ocean", "strait", "gulf", "archipelago"]

    /// Speech and reporting verbs, every inflection a reporter uses.
    static let bareSpeechVerbs = WordSet(speechVerbBases)
    static let speechVerbBases = [
            "say", "tell", "add", "state", "warn", "stress", "note", "explain", "ask", "reply", "write", "tweet",
            "declare", "announce", "insist", "argue", "claim", "continue", "recall", "acknowledge", "admit",
            "emphasize", "emphasise", "urge", "vow", "pledge", "promise", "suggest", "describe", "call", "report",
            "quote", "cite", "shout", "testify", "remark", "observe", "conclude", "predict", "complain", "concede",
            "confirm", "deny", "threaten", "demand", "respond", "counter", "lament", "joke", "boast", "underline",
            "underscore", "highlight", "exhort", "criticize", "criticise", "condemn", "accuse", "praise", "reiterate",
            "mention", "thunder", "quip", "agree", "hint", "allege", "assert", "contend", "maintain", "proclaim",
            "caution", "point", "reveal", "disclose", "order", "instruct", "direct", "brag", "scoff",
            "snap", "sneer", "fume", "muse", "wonder", "ponder", "question", "dismiss", "blast", "slam", "denounce",
            "decry", "label", "dub", "brand", "term", "characterize", "characterise", "recount", "recollect",
            "inform", "advise", "assure", "reassure", "comment", "answer", "retort", "interject",
            "summarize", "elaborate", "clarify", "specify", "indicate", "signal", "estimate",
            "calculate", "forecast", "project", "tout", "hail", "welcome", "applaud", "express", "sing", "whisper",
            "plead", "reason", "yell", "chant",
    ]
    static let speechVerbs: WordSet = {
        let bases = speechVerbBases
        var forms: Set<String> = [
            "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "writing", "written",
            "replied", "replies", "replying", "testified", "testifies", "denied", "denies", "denying", "quipped",
            "admitted", "admits", "admitting", "snapped", "fumed", "shot", "spoke", "speaks", "asks", "asked",
            "tweeted", "posted", "argued", "put", "puts", "vowed", "quoted", "quotes", "quoting", "sang", "sung", "reads",
        ]
        for base in bases {
            forms.insert(base)
            if base.hasSuffix("e") {
                forms.insert(base + "s"); forms.insert(base + "d"); forms.insert(String(base.dropLast()) + "ing")
            } else if base.hasSuffix("y") {
                forms.insert(String(base.dropLast()) + "ies"); forms.insert(String(base.dropLast()) + "ied")
                forms.insert(base + "ing")
            } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
                forms.insert(base + "es"); forms.insert(base + "ed"); forms.insert(base + "ing")
            } else {
                forms.insert(base + "s"); forms.insert(base + "ed"); forms.insert(base + "ing")
            }
        }
        return WordSet(forms)
    }()

    /// Bare verb forms that are safe cues after any subject; other bare forms ("report", "call", "order") are
    /// usually nouns unless a pronoun or modal stands before them.
    static let plainVerbs: WordSet = [
        "say", "tell", "add", "state", "warn", "insist", "argue", "explain", "ask", "write", "stress", "note",
        "sing", "admit", "acknowledge", "predict", "suggest", "reply", "deny", "declare", "announce",
    ]
    static let subjectsOfBareVerbs: WordSet = [
        "i", "we", "they", "you", "will", "would", "can", "could", "should", "may", "might", "must", "did", "do",
        "does", "not", "also", "often", "sometimes", "still", "now", "never", "always",
    ]

    /// Speech verbs that introduce reported speech with "that" ("He stated that ...").
    static let reportingVerbs: WordSet = [
        "said", "says", "stated", "states", "told", "tells", "added", "adds", "warned", "warns", "stressed",
        "stresses", "noted", "notes", "explained", "explains", "announced", "announces", "claimed", "claims",
        "insisted", "insists", "argued", "argues", "declared", "declares", "emphasized", "emphasised", "emphasizes",
        "acknowledged", "admitted", "asserted", "contended", "maintained", "reiterated", "confirmed", "predicted",
        "suggested", "reported", "reports", "wrote", "writes", "testified", "alleged", "vowed", "pledged", "promised",
        "underlined", "underscored", "highlighted", "conceded", "recalled", "revealed", "indicated", "cautioned",
    ]

    /// Verbs whose subject is a news outlet relaying someone else's words.
    static let mediumVerbs: WordSet = ["reported", "reports", "quoted", "quotes", "carried", "published", "cited"]

    /// Words that may stand between a speaker and the speech verb ("Ruiz also said", "she had told").
    static let verbModifiers: WordSet = [
        "also", "further", "later", "then", "had", "has", "have", "was", "is", "would", "will", "earlier", "again",
        "recently", "previously", "reportedly", "once", "now", "repeatedly", "publicly", "privately", "openly",
        "explicitly", "bluntly", "angrily", "flatly", "firmly", "quickly", "simply", "only", "even", "just",
        "already", "still", "herself", "himself", "itself", "themselves", "personally", "separately", "last",
        "week", "year", "month", "on", "in", "a", "statement", "interview", "today", "yesterday", "tonight",
        "morning", "evening", "afternoon", "night", "told", "being", "been", "did", "does", "do", "had", "not",
        "never", "often", "frequently", "once", "twice", "first", "finally",
    ]

    /// Nouns that name a speaker by description when no name is given: people ("a friend", "protesters"),
    /// groups ("the crowd") and texts that speak ("the letter reads", "said the ruling"). Such a speaker is kept as
    /// words, never as an entity.
    static let describedSpeakers: WordSet = {
        let people = [
            "friend", "neighbor", "neighbour", "witness", "protester", "protestor", "demonstrator", "marcher",
            "resident", "voter", "supporter", "critic", "opponent", "official", "source", "student", "parent",
            "worker", "employee", "member", "fan", "participant", "attendee", "observer", "expert", "analyst",
            "relative", "victim", "survivor", "caller", "reader", "viewer", "customer", "passenger", "narrator",
            "announcer", "speaker", "insider", "aide", "staffer", "teenager", "teen", "organizer", "organiser",
            "activist", "advocate", "lawmaker", "legislator", "delegate", "spokesman", "spokeswoman", "spokesperson",
            "officer", "investigator", "prosecutor", "lawyer", "attorney", "doctor", "nurse", "teacher", "farmer",
            "shopkeeper", "owner", "driver", "soldier", "veteran", "diplomat", "economist", "scientist", "researcher",
            "historian", "strategist", "consultant", "adviser", "advisor", "executive", "banker", "trader", "man",
            "woman", "person", "mother", "father", "son", "daughter", "wife", "husband", "sister", "brother", "user",
            "commenter", "poster", "writer", "author", "editor", "reporter", "correspondent", "columnist", "host",
            "candidate", "nominee", "leader", "sign", "placard", "banner",
        ]
        var out = Set(people + speakingTexts + collectiveSpeakers).union(personNouns)
        for word in people + speakingTexts {
            out.insert(word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") ? word + "es" : word + "s")
        }
        out.formUnion(["people", "men", "women", "children", "staff", "police", "witnesses", "attorneys"])
        return WordSet(out)
    }()

    /// Texts that speak for whoever wrote them ("the letter reads", "the ruling said").
    static let speakingTexts: WordSet = [
        "letter", "ruling", "decision", "opinion", "order", "report", "statement", "memo", "filing", "complaint",
        "lawsuit", "suit", "indictment", "petition", "ad", "advertisement", "commercial", "spot", "video", "post",
        "tweet", "message", "email", "e-mail", "note", "headline", "article", "piece", "editorial", "column",
        "book", "memoir", "study", "survey", "poll", "document", "release", "bill", "resolution", "platform",
        "transcript", "script", "verdict", "affidavit", "brief", "motion", "notice", "guidance", "manifesto",
        "website", "site", "blog", "caption", "slogan", "card", "flyer", "leaflet", "pamphlet", "mailer",
        ]

    /// Collective nouns whose description goes on with "of" ("groups of protesters", "members of the crowd").
    static let collectiveSpeakers: WordSet = [
        "group", "groups", "crowd", "crowds", "members", "dozens", "hundreds", "thousands", "handful", "band",
        "coalition", "majority", "number", "family", "families", "chorus", "panel",
    ]

    /// Adjectives in the stop-word list that still belong to a description ("local residents", "a senior official").
    static let describedModifiers: WordSet = [
        "former", "local", "senior", "junior", "top", "key", "new", "old", "international", "independent", "chief",
        "deputy", "acting", "special", "private", "visiting", "small", "large", "northern", "southern", "eastern",
        "western", "major", "minor", "other", "many",
    ]

    static let personPronouns: WordSet = ["he", "she"]
    static let thingPronouns: WordSet = ["it"]

    /// Parenthesised party tags after US politicians' names, and other words that never make a name.
    static let notNames: WordSet = [
        "d", "r", "i", "d-", "r-",
    ]
}
