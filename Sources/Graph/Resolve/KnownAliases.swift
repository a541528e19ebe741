/// Names that mean the same polity or international body everywhere, whichever article defines them or not.
///
/// Only widely standard short forms are listed: country codes and the abbreviations of international bodies that
/// news writing uses without defining them. Everything else is learnt from the articles (an acronym defined in any
/// article) or from the analyst (`graphctl alias add`).
enum KnownAliases {
    /// The canonical name key for a name key, when the name is a known variant of another.
    static func canonical(_ key: String) -> String? { table[key] }

    private static let groups: [[String]] = [
        ["united states", "us", "usa", "united states of america"],
        ["united kingdom", "uk", "britain", "great britain"],
        ["united nations", "un"],
        ["european union", "eu"],
        ["north atlantic treaty organization", "nato", "north atlantic treaty organisation"],
        ["soviet union", "ussr"],
        ["united arab emirates", "uae"],
        ["north korea", "dprk", "democratic peoples republic of korea"],
        ["south korea", "rok", "republic of korea"],
        ["china", "prc", "peoples republic of china"],
        ["taiwan", "roc", "republic of china"],
        ["russia", "russian federation"],
        ["international monetary fund", "imf"],
        ["world health organization", "who", "world health organisation"],
        ["international atomic energy agency", "iaea"],
        ["federal bureau of investigation", "fbi"],
        ["central intelligence agency", "cia"],
    ]

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        for group in groups { for name in group.dropFirst() { table[name] = group[0] } }
        return table
    }()
}
