import Yams

/// `lessons/course.yml`: the course's title, author, license, credits,
/// the course-wide TeX macros file, and where the course lives (its source
/// repository and its published address).
public struct CourseConfig: Sendable, Hashable {
    public var title: String = "Recurrent networks"
    public var author: String?
    public var license: String?
    public var credits: [String] = []
    /// Path of the macros file, relative to the lessons folder.
    public var macros: String?
    /// The source repository's web address (`https://github.com/owner/name`):
    /// pages link to their source and offer "edit this page".
    public var repository: String?
    /// The repository's branch those links point into (default `main`).
    public var branch: String?
    /// Where the site is published, ending in `/`: pages get canonical links
    /// and Open Graph addresses, and the site a `sitemap.xml`.
    public var url: String?
    /// The language of the lessons, a BCP 47 tag (default `en`).
    public var lang: String?

    /// Path of the BibTeX file, relative to the lessons folder, and where it is named.
    public var bibliography: String?
    public var bibliographyLocation: SourceLocation?
    /// How `{cite}` reads: author–year (default) or numeric.
    public var citations: Bibliography.Style = .authorYear

    public init() {}

    static let keys = ["title", "author", "license", "credits", "macros", "repository", "branch", "url", "lang", "bibliography", "citations"]

    /// Parses course.yml, reporting every problem with its location.
    static func parse(_ file: SourceFile) -> (CourseConfig, [Diagnostic]) {
        var config = CourseConfig()
        let yaml = YAMLMapping.parse(file.text, file: file, lineOffset: 0, what: "course.yml")
        var diagnostics = yaml.diagnostics
        for entry in yaml.entries {
            switch entry.key {
            case "title": entry.string(&diagnostics).map { config.title = $0 }
            case "author": config.author = entry.string(&diagnostics)
            case "license": config.license = entry.string(&diagnostics)
            case "credits": config.credits = entry.strings(&diagnostics) ?? []
            case "macros": config.macros = entry.string(&diagnostics)
            case "repository": config.repository = entry.webAddress(&diagnostics).map { trimmingSlashes($0) }
            case "branch": config.branch = entry.string(&diagnostics)
            case "url": config.url = entry.webAddress(&diagnostics).map { $0.hasSuffix("/") ? $0 : $0 + "/" }
            case "lang": config.lang = entry.languageTag(&diagnostics)
            case "bibliography":
                config.bibliography = entry.string(&diagnostics)
                config.bibliographyLocation = entry.valueLocation
            case "citations":
                guard let text = entry.string(&diagnostics) else { break }
                let styles = Bibliography.Style.allCases.map(\.rawValue)
                if let style = Bibliography.Style(rawValue: text) {
                    config.citations = style
                } else {
                    diagnostics.append(.error(at: entry.valueLocation, "unknown citation style '\(text)'" + DidYouMean.clause(for: text, among: styles),
                                              hint: "write citations: " + styles.joined(separator: " or "), length: max(1, text.unicodeScalars.count)))
                }
            default: diagnostics.append(entry.unknownKey(allowed: keys))
            }
        }
        return (config, diagnostics)
    }

    private static func trimmingSlashes(_ address: String) -> String {
        var trimmed = Substring(address)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}

extension YAMLMapping.Entry {
    /// An `http(s)://` address, or nil with an error saying what was expected.
    func webAddress(_ diagnostics: inout [Diagnostic]) -> String? {
        guard let text = string(&diagnostics) else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !text.contains(where: \.isWhitespace) else {
            diagnostics.append(.error(at: valueLocation, "'\(key)' must be a web address starting with https://",
                                      hint: "for example \(key): https://example.org/course/"))
            return nil
        }
        return text
    }

    /// A language tag such as `en` or `pt-BR`: letters and digits in
    /// hyphen-separated parts, the first 2–3 letters.
    func languageTag(_ diagnostics: inout [Diagnostic]) -> String? {
        guard let text = string(&diagnostics) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let first = parts.first ?? ""
        let valid = (2...3).contains(first.count) && first.allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard valid else {
            diagnostics.append(.error(at: valueLocation, "'\(text)' is not a language tag",
                                      hint: "write a BCP 47 tag such as en, de or pt-BR"))
            return nil
        }
        return text
    }
}
