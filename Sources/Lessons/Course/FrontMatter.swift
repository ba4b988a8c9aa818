/// A lesson's YAML front matter: `title`, `order`, `summary`, `macros`.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var order: Int?
    public var summary: String?
    /// `\newcommand` definitions for this lesson's math.
    public var macros: String?
    /// Where the macros value starts, to place errors inside it.
    public var macrosLocation: SourceLocation?

    static let keys = ["title", "order", "summary", "macros"]

    /// Splits front matter from a lesson's text. The returned body keeps the
    /// front matter's lines as empty lines, so line numbers stay the author's.
    static func split(_ file: SourceFile) -> (FrontMatter, body: String, [Diagnostic]) {
        var matter = FrontMatter()
        guard file.lines.first?.trimmingTrailingSpaces == "---" else { return (matter, file.text, []) }
        guard let end = file.lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." }) else {
            return (matter, file.text, [.error(at: file.location(1, 1), "front matter is never closed",
                                               hint: "end it with a line holding only '---'", length: 3)])
        }
        let yaml = file.lines[1..<end].joined(separator: "\n")
        let body = Array(repeating: "", count: end + 1) + file.lines[(end + 1)...]
        let mapping = YAMLMapping.parse(yaml, file: file, lineOffset: 1, what: "front matter")
        var diagnostics = mapping.diagnostics
        for entry in mapping.entries {
            switch entry.key {
            case "title": matter.title = entry.string(&diagnostics)
            case "order": matter.order = entry.int(&diagnostics)
            case "summary": matter.summary = entry.string(&diagnostics)
            case "macros":
                matter.macros = entry.string(&diagnostics)
                matter.macrosLocation = entry.valueLocation
            default: diagnostics.append(entry.unknownKey(allowed: keys))
            }
        }
        return (matter, body.joined(separator: "\n"), diagnostics)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
