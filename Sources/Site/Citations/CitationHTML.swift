import Lessons

/// Citations in the text and the works they point at, as HTML: the
/// `{cite}` roles, a lesson's reference list and the bibliography page's entries.
struct CitationHTML {
    var bibliography: Bibliography
    /// The keys the page cites, in the order first cited (numbers in numeric style).
    var cited: [String]

    /// A `{cite}` role: "(Gers et al. 2000; Cho et al. 2014)" or "[1, 2]",
    /// each work linking to its entry in the page's reference list.
    func citation(_ keys: [String], form: Citations.Form) -> String {
        let numeric = bibliography.style == .numeric
        func link(_ key: String, _ text: String) -> String {
            "<a href=\"#ref-\(key.htmlEscaped)\">\(text.htmlEscaped)</a>"
        }
        func number(_ key: String) -> String { String((cited.firstIndex(of: key) ?? 0) + 1) }
        switch (form, numeric) {
        case (.parenthetical, false):
            let parts = keys.map { link($0, "\(bibliography.citedNames($0)) \(bibliography.citedYear($0))") }
            return "<span class=\"citation\">(\(parts.joined(separator: "; ")))</span>"
        case (.parenthetical, true):
            return "<span class=\"citation\">[\(keys.map { link($0, number($0)) }.joined(separator: ", "))]</span>"
        case (.textual, false):
            let parts = keys.map { "\(bibliography.citedNames($0).htmlEscaped) (\(link($0, bibliography.citedYear($0))))" }
            return "<span class=\"citation\">\(Self.series(parts))</span>"
        case (.textual, true):
            let parts = keys.map { "\(bibliography.citedNames($0).htmlEscaped) [\(link($0, number($0)))]" }
            return "<span class=\"citation\">\(Self.series(parts))</span>"
        }
    }

    /// The page's reference list: only the works it cites; in numeric style
    /// in the order first cited, otherwise by authors and year.
    func referenceList() -> String {
        guard !cited.isEmpty else { return "" }
        let numeric = bibliography.style == .numeric
        let entries = numeric ? cited.compactMap(bibliography.entry) : bibliography.sorted(cited)
        let tag = numeric ? "ol" : "ul"
        var html = "<section class=\"references\" aria-labelledby=\"references\">\n<h2 id=\"references\">References <a class=\"anchor\" href=\"#references\" aria-label=\"Link to this section\">#</a></h2>\n<\(tag)>\n"
        for entry in entries {
            html += "<li id=\"ref-\(entry.key.htmlEscaped)\">\(Self.entry(entry, bibliography: bibliography))</li>\n"
        }
        return html + "</\(tag)>\n<p class=\"cited-in\">Every work of the course: <a href=\"bibliography.html\">bibliography</a>.</p>\n</section>\n"
    }

    /// One work: authors (year). Title. Where it appeared. Links.
    static func entry(_ entry: BibEntry, bibliography: Bibliography) -> String {
        var html = authors(entry.authors).htmlEscaped + " (\(bibliography.citedYear(entry.key).htmlEscaped)). "
        let title = entry[.title] ?? entry.key
        switch entry.type {
        case .book:
            html += "<em>\(title.htmlEscaped)</em>." + (entry[.publisher].map { " \($0.htmlEscaped)." } ?? "")
        case .article:
            html += "\(sentence(title).htmlEscaped)"
            if let journal = entry[.journal] {
                html += " <em>\(journal.htmlEscaped)</em>"
                if let volume = entry[.volume] { html += " \(volume.htmlEscaped)" + (entry[.number].map { "(\($0.htmlEscaped))" } ?? "") }
                if let pages = entry[.pages] { html += ", \(pages.htmlEscaped)" }
                html += "."
            }
        case .inproceedings:
            html += "\(sentence(title).htmlEscaped)"
            if let booktitle = entry[.booktitle] {
                html += " In <em>\(booktitle.htmlEscaped)</em>" + (entry[.pages].map { ", \($0.htmlEscaped)" } ?? "") + "."
            }
        case .misc, .online:
            html += "\(sentence(title).htmlEscaped)"
            if let venue = entry[.howpublished] ?? entry[.publisher] ?? entry[.journal] { html += " \(sentence(venue).htmlEscaped)" }
        }
        if let note = entry[.note] { html += " \(sentence(note).htmlEscaped)" }
        var links: [String] = []
        if let doi = entry[.doi] { links.append("<a href=\"https://doi.org/\(doi.htmlEscaped)\">doi:\(doi.htmlEscaped)</a>") }
        if let eprint = entry[.eprint] { links.append("<a href=\"https://arxiv.org/abs/\(eprint.htmlEscaped)\">arXiv:\(eprint.htmlEscaped)</a>") }
        if let url = entry[.url], entry[.doi] == nil, entry[.eprint] == nil { links.append("<a href=\"\(url.htmlEscaped)\">\(url.htmlEscaped)</a>") }
        if !links.isEmpty { html += " " + links.joined(separator: ", ") + "." }
        return html
    }

    /// "Gers, F. A., Schmidhuber, J. and Cummins, F."
    static func authors(_ names: [PersonName]) -> String {
        series(names.map(\.sortForm), comma: ", ")
    }

    /// A title or note ending in a full stop (unless it ends in '?' or '!').
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".?!".contains(last) ? text : text + "."
    }

    /// "a", "a and b", "a, b and c".
    static func series(_ items: [String], comma: String = ", ") -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: comma) + " and " + last
    }
}
