/// English given names and their usual short forms ("Bill" for William, "Joe" for Joseph), for joining a person's
/// name across articles when the surname and the rest of the name agree.
///
/// Facts of English usage, as the common hypocorism tables of genealogy and census name files list them; only
/// short forms that stand for few formal names are here. A short form that stands for several ("Chris", "Alex")
/// looks all of them up, and resolution joins only when exactly one stored person fits.
enum Nicknames {
    /// The other given names that `given` (a name key's first word) may stand for or be stood for by.
    static func alternatives(_ given: String) -> [String] { table[given] ?? [] }

    /// Formal name, then its short forms.
    private static let groups: [[String]] = [
        ["william", "bill", "billy", "will", "willie"],
        ["robert", "bob", "bobby", "rob", "robbie"],
        ["richard", "dick", "rick", "ricky", "rich"],
        ["joseph", "joe", "joey"],
        ["james", "jim", "jimmy", "jamie"],
        ["john", "jack", "johnny"],
        ["thomas", "tom", "tommy"],
        ["michael", "mike", "mikey", "mick"],
        ["charles", "charlie", "chuck"],
        ["edward", "ed", "eddie", "ted", "ned"],
        ["theodore", "ted", "teddy", "theo"],
        ["daniel", "dan", "danny"],
        ["david", "dave", "davey"],
        ["steven", "steve"],
        ["stephen", "steve"],
        ["anthony", "tony"],
        ["christopher", "chris"],
        ["christine", "chris", "chrissy"],
        ["nicholas", "nick", "nicky"],
        ["matthew", "matt"],
        ["andrew", "andy"],
        ["benjamin", "ben", "benny"],
        ["samuel", "sam", "sammy"],
        ["timothy", "tim", "timmy"],
        ["kenneth", "ken", "kenny"],
        ["ronald", "ron", "ronnie"],
        ["donald", "don", "donny"],
        ["gerald", "jerry", "gerry"],
        ["lawrence", "larry"],
        ["patrick", "pat"],
        ["patricia", "pat", "patty", "trish"],
        ["peter", "pete"],
        ["gregory", "greg"],
        ["jeffrey", "jeff"],
        ["frederick", "fred", "freddie"],
        ["alexander", "alex"],
        ["alexandra", "alex"],
        ["elizabeth", "liz", "beth", "betty", "libby"],
        ["margaret", "maggie", "peggy", "meg"],
        ["katherine", "kate", "kathy", "katie"],
        ["catherine", "cathy", "kate", "katie"],
        ["deborah", "debbie", "deb"],
        ["susan", "sue", "susie"],
        ["jennifer", "jen", "jenny"],
        ["rebecca", "becky", "becca"],
        ["victoria", "vicky", "tori"],
        ["abigail", "abby"],
        ["barbara", "barb"],
    ]

    private static let table: [String: [String]] = {
        var table: [String: Set<String>] = [:]
        for group in groups {
            let formal = group[0]
            for short in group.dropFirst() {
                table[formal, default: []].insert(short)
                table[short, default: []].insert(formal)
            }
        }
        return table.mapValues { $0.sorted() }
    }()
}
