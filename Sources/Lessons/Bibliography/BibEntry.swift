/// One work of the course's BibTeX file, as read: its type, key, fields and
/// authors, with where it is written.
public struct BibEntry: Hashable, Sendable {
    public enum EntryType: String, Hashable, Sendable, CaseIterable {
        case article, inproceedings, book, misc, online
    }

    /// The fields lessonrun reads; other common fields are accepted and ignored.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case author, title, journal, booktitle, year, volume, number, pages, publisher, url, doi, note, eprint, howpublished
    }

    public var type: EntryType
    public var key: String
    public var keyRange: SourceRange
    /// Field values as plain text (braces removed, TeX accents and dashes resolved).
    public var fields: [Field: String]
    public var authors: [PersonName]

    public subscript(_ field: Field) -> String? { fields[field] }

    /// The year as written (`2000`), or "n.d.".
    public var year: String { fields[.year] ?? "n.d." }
}

/// A person's name split the way BibTeX does: "Last, First" or "First Last",
/// with lower-case particles ("von") kept with the family name.
public struct PersonName: Hashable, Sendable {
    public var given: String
    public var family: String

    /// "F. A." for "Felix A."; hyphenated names keep their hyphen ("M.-T.").
    public var initials: String {
        given.split(separator: " ").map { word in
            word.split(separator: "-").compactMap { $0.first.map { "\($0)." } }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// "Gers, F. A." (or just the family name when there is no given name).
    public var sortForm: String { given.isEmpty ? family : "\(family), \(initials)" }
}
