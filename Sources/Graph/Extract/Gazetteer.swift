/// Place names: the world's sovereign states with their common short forms, US states, and capitals and other large
/// cities, plus the demonyms that are adjectives rather than entities.
///
/// Source: written for this project from general knowledge; country names follow the common English short names of
/// ISO 3166-1 (facts, not copyrightable). Each entry maps a surface form to the canonical name stored for it.
enum Gazetteer {
    /// Canonical country names.
    static let countries: [String] = [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
        "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Central African Republic", "Chad",
        "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus",
        "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "East Timor", "Ecuador", "Egypt",
        "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France",
        "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau",
        "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
        "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo",
        "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
        "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
        "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia",
        "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand",
        "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau",
        "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
        "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Samoa", "San Marino",
        "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
        "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan",
        "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga",
        "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
        "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu",
        "Vatican City", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Hong Kong", "Macau", "Greenland",
        "Puerto Rico", "Gaza", "West Bank", "Crimea", "Tibet", "Xinjiang", "Kashmir", "Chechnya", "Donbas",
        "Scotland", "England", "Wales", "Northern Ireland", "Catalonia", "Kurdistan", "Europe", "Asia", "Africa",
    ]

    /// Other names for countries and bodies, mapped to the canonical name.
    static let variants: [String: String] = [
        "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
        "United States of America": "United States", "America": "United States", "UK": "United Kingdom",
        "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
        "DPRK": "North Korea", "Democratic People's Republic of Korea": "North Korea", "ROK": "South Korea",
        "Republic of Korea": "South Korea", "Korea": "Korea", "PRC": "China", "People's Republic of China": "China",
        "Russian Federation": "Russia", "UAE": "United Arab Emirates", "Burma": "Myanmar", "Holland": "Netherlands",
        "the Netherlands": "Netherlands", "Czechia": "Czech Republic", "Côte d'Ivoire": "Ivory Coast",
        "Timor-Leste": "East Timor", "Viet Nam": "Vietnam", "Türkiye": "Turkey", "Swaziland": "Eswatini",
        "Republic of the Congo": "Congo", "Democratic Republic of the Congo": "Democratic Republic of the Congo",
        "DRC": "Democratic Republic of the Congo", "UN": "United Nations", "U.N.": "United Nations",
        "United Nations": "United Nations", "EU": "European Union", "E.U.": "European Union",
        "European Union": "European Union", "NATO": "NATO", "Nato": "NATO", "Islamic Republic of Iran": "Iran",
    ]

    /// Variants that name organisations rather than places.
    static let organizations: WordSet = ["United Nations", "European Union", "NATO"]

    /// US states.
    static let states: [String] = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
        "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
        "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming",
    ]

    /// Capitals and other large or often-reported cities.
    static let cities: [String] = [
        "Kabul", "Tirana", "Algiers", "Luanda", "Buenos Aires", "Yerevan", "Canberra", "Sydney", "Melbourne",
        "Vienna", "Baku", "Manama", "Dhaka", "Minsk", "Brussels", "Thimphu", "La Paz", "Sarajevo", "Brasilia",
        "Rio de Janeiro", "Sao Paulo", "Sofia", "Phnom Penh", "Ottawa", "Toronto", "Montreal", "Vancouver",
        "Santiago", "Beijing", "Shanghai", "Hong Kong", "Shenzhen", "Guangzhou", "Wuhan", "Bogota", "Havana",
        "Nicosia", "Prague", "Copenhagen", "Cairo", "Addis Ababa", "Helsinki", "Paris", "Marseille", "Lyon",
        "Tbilisi", "Berlin", "Munich", "Frankfurt", "Hamburg", "Accra", "Athens", "Budapest", "Reykjavik",
        "New Delhi", "Delhi", "Mumbai", "Kolkata", "Bangalore", "Chennai", "Jakarta", "Tehran", "Baghdad", "Dublin",
        "Jerusalem", "Tel Aviv", "Rome", "Milan", "Naples", "Tokyo", "Osaka", "Kyoto", "Hiroshima", "Okinawa",
        "Amman", "Astana", "Almaty", "Nairobi", "Kuwait City", "Bishkek", "Vientiane", "Riga", "Beirut", "Tripoli",
        "Vilnius", "Kuala Lumpur", "Valletta", "Mexico City", "Chisinau", "Ulaanbaatar", "Rabat", "Casablanca",
        "Maputo", "Naypyidaw", "Yangon", "Kathmandu", "Amsterdam", "The Hague", "Rotterdam", "Wellington",
        "Auckland", "Managua", "Niamey", "Abuja", "Lagos", "Pyongyang", "Skopje", "Oslo", "Muscat", "Islamabad",
        "Karachi", "Lahore", "Panama City", "Asuncion", "Lima", "Manila", "Warsaw", "Lisbon", "Doha", "Bucharest",
        "Moscow", "St. Petersburg", "Saint Petersburg", "Kigali", "Riyadh", "Jeddah", "Mecca", "Dakar", "Belgrade",
        "Singapore", "Bratislava", "Ljubljana", "Mogadishu", "Pretoria", "Johannesburg", "Cape Town", "Seoul",
        "Busan", "Incheon", "Juba", "Madrid", "Barcelona", "Colombo", "Khartoum", "Stockholm", "Bern", "Geneva",
        "Zurich", "Damascus", "Aleppo", "Taipei", "Dushanbe", "Dodoma", "Dar es Salaam", "Bangkok", "Tunis",
        "Ankara", "Istanbul", "Ashgabat", "Kampala", "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Mariupol",
        "Abu Dhabi", "Dubai", "London", "Manchester", "Edinburgh", "Glasgow", "Belfast", "Washington",
        "Washington, D.C.", "New York City", "Los Angeles", "Chicago", "Houston", "Philadelphia", "Phoenix",
        "San Francisco", "Boston", "Seattle", "Miami", "Atlanta", "Dallas", "Denver", "Detroit", "Las Vegas",
        "New Orleans", "Baltimore", "Pittsburgh", "Cleveland", "Montevideo", "Tashkent", "Caracas", "Hanoi",
        "Ho Chi Minh City", "Sanaa", "Aden", "Lusaka", "Harare", "Gaza City", "Ramallah", "Kandahar", "Mosul",
        "Basra", "Kirkuk", "Erbil", "Benghazi", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Sevastopol",
        "Vladivostok", "Novosibirsk", "Macau",
        "Shenyang", "Harbin", "Chongqing", "Chengdu", "Nanjing", "Tianjin", "Xi'an", "Lhasa",
        "Urumqi", "Okinawa", "Guam", "Honolulu", "Anchorage", "Quebec", "Havana", "Kingston", "Port-au-Prince",
        "San Juan", "Quito", "Guayaquil", "Medellin", "Brasília", "São Paulo", "Bogotá", "Asunción",
    ]

    /// Adjectives of nationality, which name no entity on their own.
    static let demonyms: WordSet = [
        "american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian", "spanish",
        "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish", "finnish",
        "icelandic", "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "turkish",
        "russian", "ukrainian", "belarusian", "georgian", "armenian", "azerbaijani", "kazakh", "uzbek", "chinese",
        "japanese", "korean", "mongolian", "taiwanese", "vietnamese", "thai", "cambodian", "laotian", "burmese",
        "malaysian", "indonesian", "filipino", "singaporean", "indian", "pakistani", "afghan", "bangladeshi",
        "nepalese", "sri", "lankan", "iranian", "iraqi", "syrian", "lebanese", "israeli", "palestinian", "jordanian",
        "saudi", "yemeni", "omani", "emirati", "qatari", "kuwaiti", "bahraini", "egyptian", "libyan", "tunisian",
        "algerian", "moroccan", "sudanese", "ethiopian", "eritrean", "somali", "kenyan", "ugandan", "tanzanian",
        "rwandan", "congolese", "nigerian", "ghanaian", "senegalese", "malian", "south", "african", "zimbabwean",
        "canadian", "mexican", "cuban", "haitian", "brazilian", "argentine", "argentinian", "chilean", "peruvian",
        "colombian", "venezuelan", "bolivian", "ecuadorian", "uruguayan", "paraguayan", "australian", "kiwi",
        "zealander", "soviet", "european", "asian", "arab", "persian", "kurdish", "latin",
        "democratic", "republican", "communist", "socialist", "conservative", "liberal", "muslim", "christian",
        "jewish", "catholic", "protestant", "islamic", "buddhist", "hindu", "sunni", "shiite", "shia", "north",
        "allied", "nuclear", "olympic", "atlantic", "pacific", "nordic", "baltic",
        "balkan", "caribbean", "slavic", "hispanic", "latino", "black", "white",
    ]

    /// Every surface form, keyed by its lower-cased tokens joined with spaces, with its canonical name and type.
    static let index: [String: (name: String, type: EntityType, acronym: Bool)] = {
        var index: [String: (name: String, type: EntityType, acronym: Bool)] = [:]
        func add(_ surface: String, _ name: String, _ type: EntityType) {
            let letters = surface.unicodeScalars.filter { $0.properties.isAlphabetic }
            let acronym = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            index[key(surface)] = (name, type, acronym)
        }
        for c in countries { add(c, c, .geopolitical) }
        for s in states { add(s, s, .geopolitical) }
        for c in cities { add(c, c, .geopolitical) }
        for (v, c) in variants { add(v, c, organizations.contains(c) ? .organization : .geopolitical) }
        for c in ["Europe", "Asia", "Africa"] { add(c, c, .location) }
        return index
    }()

    /// The first word of every key in `index`, cut at its first space, hyphen or apostrophe.
    static let openingWords = WordSet(index.keys.map { opening(of: $0) })

    /// Whether a key of `index` may start with the word whose token key is `wordKey`: false means no run of tokens
    /// starting with that word is in the index, so none need be looked up.
    ///
    /// A run's key starts with its first token's key, then a space or an apostrophe ("france's"), and hyphens
    /// become spaces: cut at the first of those, it and its first token's key give the same word.
    static func mayOpenEntry(_ wordKey: String) -> Bool {
        openingWords.contains(opening(of: wordKey))
    }

    /// `mayOpenEntry(wordKey)` for a token's key, whose packed form the tokenizer made (`Doc.packedKeys`): a key
    /// with no space, hyphen or apostrophe is its own opening word.
    static func mayOpenEntry(_ wordKey: String, packed: PackedWord) -> Bool {
        guard !wordKey.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D || $0 == 0x27 }) else { return mayOpenEntry(wordKey) }
        return openingWords.contains(wordKey, packed: packed)
    }

    private static func opening(of key: String) -> String {
        guard let cut = key.utf8.firstIndex(where: { $0 == 0x20 || $0 == 0x2D || $0 == 0x27 }) else { return key }
        return String(key[..<cut])
    }

    /// The longest number of tokens in any entry.
    static let maxTokens = 6

    /// The lookup key of a surface form: lower case, straight apostrophes, tokens joined by single spaces.
    static func key(_ s: String) -> String {
        NameKey.isASCII(s) ? asciiKey(s) : scalarKey(s)
    }

    /// `key` of an ASCII surface form, byte by byte: lower-casing is of A-Z alone, and no curly apostrophe occurs.
    private static func asciiKey(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        for byte in s.utf8 {
            if byte == 0x20 || byte == 0x2D || byte == 0x2C {  // space - ,
                if !lastSpace { out.append(0x20) }
                lastSpace = true
                continue
            }
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            lastSpace = false
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// `key` of any surface form, scalar by scalar.
    static func scalarKey(_ s: String) -> String {
        var out = ""
        var lastSpace = true
        for ch in s.lowercased().unicodeScalars {
            if ch == " " || ch == "-" || ch == "," {
                if !lastSpace { out.append(" ") }
                lastSpace = true
                continue
            }
            if ch == "\u{2019}" || ch == "\u{2018}" {
                out.append("'")
            } else {
                out.unicodeScalars.append(ch)
            }
            lastSpace = false
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
