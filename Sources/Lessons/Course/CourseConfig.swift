import Yams

/// `lessons/course.yml`: the course's title, author, license, credits and
/// the course-wide TeX macros file.
public struct CourseConfig: Sendable, Hashable {
    public var title: String = "Recurrent networks"
    public var author: String?
    public var license: String?
    public var credits: [String] = []
    /// Path of the macros file, relative to the lessons folder.
    public var macros: String?
    /// Path of the BibTeX file, relative to the lessons folder, and where it is named.
    public var bibliography: String?
    public var bibliographyLocation: SourceLocation?
    /// How `{cite}` reads: author–year (default) or numeric.
    public var citations: Bibliography.Style = .authorYear

    public init() {}

    static let keys = ["title", "author", "license", "credits", "macros", "bibliography", "citations"]

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
}
