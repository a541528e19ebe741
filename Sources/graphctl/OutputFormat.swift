import ArgumentParser

/// How a listing is printed: a table for people, JSON Lines or CSV for programs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, csv
}
