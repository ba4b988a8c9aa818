import Foundation

/// Field text of a BibTeX file as plain Unicode: braces dropped, `\'e` and
/// `{\"o}` as é and ö, `--` as an en dash, `~` as a no-break space.
enum BibText {
    static let accents: [Character: String] = [
        "'": "\u{301}", "`": "\u{300}", "\"": "\u{308}", "^": "\u{302}", "~": "\u{303}", "=": "\u{304}", ".": "\u{307}",
        "c": "\u{327}", "v": "\u{30C}", "u": "\u{306}", "H": "\u{30B}",
    ]
    static let letters: [String: String] = [
        "L": "Ł", "l": "ł", "o": "ø", "O": "Ø", "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "i": "ı",
    ]
    static let escapes: Set<Character> = ["&", "%", "$", "#", "_", "{", "}"]

    static func plain(_ text: String) -> String {
        var out = ""
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            switch c {
            case "{", "}": continue
            case "~": out.append("\u{A0}")
            case "-":
                if chars.first == "-" {
                    chars = chars.dropFirst()
                    if chars.first == "-" { chars = chars.dropFirst(); out.append("—") } else { out.append("–") }
                } else {
                    out.append("-")
                }
            case "\\":
                guard let next = chars.popFirst() else { break }
                if escapes.contains(next) {
                    out.append(next)
                } else if let mark = accents[next], !(next.isLetter && chars.first?.isLetter == true) {
                    // \'e, \'{e}, \"{o}; a letter command like \c needs a non-letter after it.
                    while chars.first == "{" || chars.first == " " { chars = chars.dropFirst() }
                    if let base = chars.popFirst() { out += (String(base) + mark).precomposedStringWithCanonicalMapping }
                } else if next.isLetter {
                    // A letter (\L for Ł) or an unknown command such as \LaTeX, kept by name.
                    var name = String(next)
                    while let l = chars.first, l.isLetter { name.append(l); chars = chars.dropFirst() }
                    out += letters[name] ?? name
                } else {
                    out.append(next)
                }
            case "\n", "\t", "\r": if out.last != " " { out.append(" ") }
            case " ": if out.last != " " { out.append(" ") }
            default: out.append(c)
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// Splits an author list on "and" outside braces, then each name into
    /// given and family names; "others" is dropped (it only adds "et al.").
    static func names(_ raw: String) -> [PersonName] {
        split(raw, on: { $0.lowercased() == "and" }).compactMap { words in
            guard !words.isEmpty, !(words.count == 1 && words[0].lowercased() == "others") else { return nil }
            return name(words.joined(separator: " "))
        }
    }

    static func name(_ raw: String) -> PersonName {
        let parts = splitOnCommas(raw)
        if parts.count >= 2 {
            return PersonName(given: plain(parts[parts.count - 1]), family: plain(parts[0]))
        }
        let words = split(raw, on: { _ in false }).first ?? []
        guard words.count > 1 else { return PersonName(given: "", family: plain(raw)) }
        // The family name starts at the first lower-case particle ("von", "de"), else it is the last word.
        let particle = words.dropLast().firstIndex { $0.first?.isLowercase == true && $0 != words[0] }
        let start = particle ?? words.count - 1
        return PersonName(given: plain(words[..<start].joined(separator: " ")), family: plain(words[start...].joined(separator: " ")))
    }

    /// Groups of words between separators (words for which `isSeparator`
    /// holds), splitting on white space outside braces.
    static func split(_ text: String, on isSeparator: (String) -> Bool) -> [[String]] {
        var groups: [[String]] = [[]]
        var word = ""
        var depth = 0
        func flush() {
            guard !word.isEmpty else { return }
            if depth == 0, isSeparator(word) { groups.append([]) } else { groups[groups.count - 1].append(word) }
            word = ""
        }
        for c in text {
            if c == "{" { depth += 1 } else if c == "}" { depth = max(0, depth - 1) }
            if c.isWhitespace, depth == 0 { flush() } else { word.append(c) }
        }
        flush()
        return groups
    }

    static func splitOnCommas(_ text: String) -> [String] {
        var parts = [""]
        var depth = 0
        for c in text {
            if c == "{" { depth += 1 } else if c == "}" { depth = max(0, depth - 1) }
            if c == ",", depth == 0 { parts.append("") } else { parts[parts.count - 1].append(c) }
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
