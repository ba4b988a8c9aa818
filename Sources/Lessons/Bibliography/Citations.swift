/// The `{cite}` role: `` {cite}`gers2000` `` and `` {cite}`gers2000, cho2014` ``
/// put "(Gers et al. 2000)" in the text; `{cite:t}` reads as part of the
/// sentence, "Gers et al. (2000)". `{cite:p}` is `{cite}`, as in Jupyter Book.
public enum Citations {
    public enum Form: Sendable, Hashable {
        /// In parentheses (or brackets, numeric): "(Gers et al. 2000)".
        case parenthetical
        /// In the sentence: "Gers et al. (2000)".
        case textual
    }

    public static let roleNames = ["cite", "cite:p", "cite:t"]

    /// The form of a role name, nil when it is not a citation.
    public static func form(ofRole name: String) -> Form? {
        switch name {
        case "cite", "cite:p": .parenthetical
        case "cite:t": .textual
        default: nil
        }
    }

    /// The keys of a role's content, each with where it is written.
    public static func keys(_ content: String, at location: SourceLocation) -> [(key: String, range: SourceRange)] {
        var result: [(String, SourceRange)] = []
        var offset = 0
        for piece in content.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = String(piece).trimmingSpaces()
            result.append((trimmed.text, SourceRange(location.advanced(by: offset + trimmed.offset), length: max(1, trimmed.text.unicodeScalars.count))))
            offset += piece.unicodeScalars.count + 1
        }
        return result
    }

    /// Checks a citation role: every key must name a work of the bibliography.
    /// - Returns: the keys, or nil and the errors.
    public static func check(content: String, at location: SourceLocation, in bibliography: Bibliography?) -> (keys: [String]?, diagnostics: [Diagnostic]) {
        guard let bibliography else {
            return (nil, [.error(in: SourceRange(location, length: max(1, content.unicodeScalars.count)), "a citation needs a bibliography",
                                 hint: "name a BibTeX file in course.yml: 'bibliography: references.bib'")])
        }
        let keys = Self.keys(content, at: location)
        var diagnostics: [Diagnostic] = []
        let known = bibliography.entries.map(\.key)
        for (key, range) in keys {
            if key.isEmpty {
                diagnostics.append(.error(in: range, "empty citation key", hint: "write {cite}`gers2000` or several keys separated by commas"))
            } else if bibliography.entry(key) == nil {
                diagnostics.append(.error(in: range, "unknown citation key '\(key)'" + DidYouMean.clause(for: key, among: known),
                                          hint: known.isEmpty ? "the bibliography has no entries yet" : "add an entry @article{\(key), …} to the bibliography, or use one of its keys"))
            }
        }
        return diagnostics.isEmpty ? (keys.map(\.key), []) : (nil, diagnostics)
    }
}
