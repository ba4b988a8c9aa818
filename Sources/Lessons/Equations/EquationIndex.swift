import Markdown

/// Numbered equations: a display formula with `\label{eq:bptt}` gets the
/// number "(5.1)", counted per lesson (lesson 5, its first labelled
/// formula), and `{eq}`\`eq:bptt\`` links to it. `\tag{…}` replaces the
/// number with the author's own. Figures are counted apart from equations.
public struct EquationIndex: Sendable {
    public struct Equation: Hashable, Sendable {
        public var label: String?
        /// "(5.1)", or the tag in parentheses.
        public var text: String
        /// The lesson's display path and page.
        public var path: String
        public var page: String
        /// The formula's position in the lesson (the first character after `$$`).
        public var position: SourcePosition
        /// The id of the formula in its page.
        public var anchor: String? { label.map { EquationIndex.anchor(for: $0) } }
    }

    private(set) var byLabel: [String: Equation] = [:]
    private var byPosition: [String: [SourcePosition: Equation]] = [:]
    private var labels = FirstOccurrences()
    public private(set) var diagnostics: [Diagnostic] = []

    /// Numbers the equations of `documents` (in course order; the first is lesson 1).
    public init(_ documents: [(path: String, page: String, blocks: [Block])]) {
        for (lessonIndex, document) in documents.enumerated() {
            var count = 0
            for inline in Block.inlines(of: document.blocks) {
                guard case .math(let span) = inline else { continue }
                let marks = TeXMarks.scan(span, path: document.path)
                diagnostics += marks.diagnostics
                guard marks.label != nil || marks.tag != nil else { continue }
                if !span.display {
                    let range = marks.label?.range ?? marks.tag?.range ?? SourceRange(SourceLocation(path: document.path, line: span.position.line, column: span.position.column), length: 1)
                    diagnostics.append(.error(in: range, "\\label and \\tag number display formulas only",
                                              hint: "write the formula on its own between $$ … $$"))
                    continue
                }
                let text: String
                if let tag = marks.tag {
                    text = "(\(tag.text))"
                } else {
                    count += 1
                    text = "(\(lessonIndex + 1).\(count))"
                }
                let equation = Equation(label: marks.label?.text, text: text, path: document.path, page: document.page, position: span.position)
                byPosition[document.path, default: [:]][span.position] = equation
                guard let label = marks.label else { continue }
                if let first = labels.repeatOf(label.text, at: label.range) {
                    diagnostics.append(.duplicate("equation label '\(label.text)'", at: label.range, first: first,
                                                  firstIs: "'\(label.text)' is first defined here",
                                                  hint: "every equation of the course needs its own label; rename one"))
                    continue
                }
                byLabel[label.text] = equation
            }
        }
    }

    /// The numbered equation whose formula starts at `position` of the lesson at `path`.
    public func equation(at position: SourcePosition, path: String) -> Equation? {
        byPosition[path]?[position]
    }

    /// The equation labelled `label`.
    public func equation(labelled label: String) -> Equation? { byLabel[label] }

    /// Checks an `{eq}` role's label.
    public func checkRole(content: String, at location: SourceLocation) -> [Diagnostic] {
        let target = content.trimmingSpaces()
        guard byLabel[target.text] == nil else { return [] }
        let labels = byLabel.keys.sorted()
        return [.error(in: SourceRange(location.advanced(by: target.offset), length: max(1, target.text.unicodeScalars.count)),
                       "unknown equation '\(target.text)'" + DidYouMean.clause(for: target.text, among: labels),
                       hint: labels.isEmpty ? "label a display formula: $$ … \\label{\(target.text)} $$"
                           : "equation labels are " + DidYouMean.list(labels, conjunction: "and"))]
    }

    /// A label as an HTML id: `eq:bptt` → `eq-bptt`.
    static func anchor(for label: String) -> String {
        String(label.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "-" })
    }
}
