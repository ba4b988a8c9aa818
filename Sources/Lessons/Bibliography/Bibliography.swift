/// The course's works, read from the BibTeX file course.yml names, and how
/// citations of them read.
public struct Bibliography: Sendable, Hashable {
    /// How a `{cite}` reads: "(Gers et al. 2000)" or "[3]".
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case authorYear = "author-year"
        case numeric
    }

    public var style: Style
    /// Every entry in the file's order.
    public var entries: [BibEntry]
    private var byKey: [String: Int] = [:]
    /// "Gers et al." and "2000a" per key, the year suffixed where two works would read alike.
    private var labels: [String: (names: String, year: String)] = [:]

    public init(entries: [BibEntry], style: Style) {
        self.entries = entries
        self.style = style
        for (i, entry) in entries.enumerated() { byKey[entry.key] = i }
        var groups: [String: [BibEntry]] = [:]
        for entry in entries { groups[Self.names(entry) + "\u{0}" + entry.year, default: []].append(entry) }
        for group in groups.values {
            let sorted = group.sorted { ($0[.title] ?? "", $0.key) < ($1[.title] ?? "", $1.key) }
            for (i, entry) in sorted.enumerated() {
                let suffix = sorted.count > 1 && i < 26 ? String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(i)))) : ""
                labels[entry.key] = (Self.names(entry), entry.year + suffix)
            }
        }
    }

    public static func == (a: Bibliography, b: Bibliography) -> Bool { a.style == b.style && a.entries == b.entries }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    public func entry(_ key: String) -> BibEntry? { byKey[key].map { entries[$0] } }

    /// The author part of an author–year citation: "Gers", "Gers and Schmidhuber", "Gers et al.".
    public func citedNames(_ key: String) -> String { labels[key]?.names ?? key }

    /// The year part, with a letter when two works of the same authors and year are cited ("2000a").
    public func citedYear(_ key: String) -> String { labels[key]?.year ?? "" }

    /// Entries sorted as a reference list sorts them: by authors, then year, then title.
    public func sorted(_ keys: [String]) -> [BibEntry] {
        keys.compactMap(entry).sorted {
            (Self.sortKey($0), citedYear($0.key), $0[.title] ?? "") < (Self.sortKey($1), citedYear($1.key), $1[.title] ?? "")
        }
    }

    static func sortKey(_ entry: BibEntry) -> String {
        entry.authors.map { $0.family + " " + $0.given }.joined(separator: "; ").lowercased()
    }

    static func names(_ entry: BibEntry) -> String {
        let families = entry.authors.map(\.family)
        switch families.count {
        case 0: return entry[.title] ?? entry.key
        case 1: return families[0]
        case 2: return "\(families[0]) and \(families[1])"
        default: return "\(families[0]) et al."
        }
    }
}
