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

    public init() {}

    static let keys = ["title", "author", "license", "credits", "macros"]

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
            default: diagnostics.append(entry.unknownKey(allowed: keys))
            }
        }
        return (config, diagnostics)
    }
}
