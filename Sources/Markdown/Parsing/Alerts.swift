/// GitHub's `> [!NOTE]` alerts, and the MyST and GitHub syntax we do not
/// support, which must be a warning rather than text printed as it is.
enum Alerts {
    enum Outcome {
        case admonition(Admonition)
        case unknown(Document.Problem)
        case none
    }

    /// A block quote whose first line is `[!KIND]`: an admonition, or a
    /// warning when the kind is not one GitHub has.
    static func alert(in blocks: [Block], at position: SourcePosition) -> Outcome {
        guard case .paragraph(let content)? = blocks.first else { return .none }
        var leading = ""
        var count = 0
        for inline in content {
            guard case .text(let text) = inline else { break }
            leading += text
            count += 1
        }
        let scalars = Array(leading.unicodeScalars)
        guard scalars.count > 3, scalars[0] == "[", scalars[1] == "!",
              let close = scalars.firstIndex(of: "]") else { return .none }
        let word = String(String.UnicodeScalarView(scalars[2..<close]))
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return .none }
        guard let kind = Admonition.Kind(rawValue: word.lowercased()), kind != .seealso else {
            var problem = Document.Problem(position: position, message: "unknown alert '[!\(word)]'",
                                           hint: "GitHub's alerts are " + Admonition.Kind.alertNames.map { "[!\($0)]" }.joined(separator: ", ")
                                               + "; without one this block prints as a plain quote",
                                           severity: .warning)
            problem.unknownWord = word.uppercased()
            problem.candidates = Admonition.Kind.alertNames
            return .unknown(problem)
        }
        // The rest of the first line (usually nothing) starts the body.
        var rest = Array(content.dropFirst(count))
        let after = String(String.UnicodeScalarView(scalars[(close + 1)...])).drop { $0 == " " || $0 == "\t" }
        if !after.isEmpty {
            rest.insert(.text(String(after)), at: 0)
        } else if let first = rest.first, first == .softBreak || first == .lineBreak {
            rest.removeFirst()
        }
        var body = Array(blocks.dropFirst())
        if !rest.isEmpty { body.insert(.paragraph(rest), at: 0) }
        return .admonition(Admonition(kind: kind, title: nil, blocks: body, position: position))
    }

    /// A paragraph opening with a MyST colon fence (`:::{tip}`), which cmark
    /// reads as text.
    static func colonFence(_ content: [Inline], at position: SourcePosition) -> Document.Problem? {
        guard case .text(let text)? = content.first, text.hasPrefix(":::") else { return nil }
        let fence = text.prefix { $0 == ":" }
        let rest = text.dropFirst(fence.count)
        guard rest.hasPrefix("{") else { return nil }
        let kind = rest.dropFirst().prefix { $0 != "}" }
        return Document.Problem(position: position, message: "colon fences ('\(fence){\(kind)}') are not supported; this block prints as text",
                                hint: "fence it with backticks: ```{\(kind)} on the first line and ``` on the last",
                                severity: .warning)
    }
}

/// Problems a converter collects while it walks cmark's tree.
final class ProblemLog {
    var problems: [Document.Problem] = []
}
