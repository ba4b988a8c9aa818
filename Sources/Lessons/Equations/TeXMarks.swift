import Markdown

/// The `\label{…}` and `\tag{…}` of one formula, found in its TeX with
/// where each is written, so that errors point into the lesson.
struct TeXMarks {
    struct Mark {
        var text: String
        var range: SourceRange
    }

    var label: Mark?
    var tag: Mark?
    var diagnostics: [Diagnostic] = []

    static func scan(_ span: MathSpan, path: String) -> TeXMarks {
        var marks = TeXMarks()
        let scalars = Array(span.tex.unicodeScalars)
        // Line and column of every scalar, starting where the formula starts.
        func location(_ offset: Int) -> SourceLocation {
            var line = span.position.line, column = span.position.column
            for s in scalars[..<min(offset, scalars.count)] {
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            return SourceLocation(path: path, line: line, column: column)
        }
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "\\" else { i += 1; continue }
            var j = i + 1
            while j < scalars.count, scalars[j].properties.isAlphabetic { j += 1 }
            let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
            guard name == "label" || name == "tag" else { i = max(j, i + 2); continue }
            let commandRange = SourceRange(location(i), length: j - i)
            if j < scalars.count, scalars[j] == "*" { j += 1 }
            while j < scalars.count, scalars[j] == " " { j += 1 }
            guard j < scalars.count, scalars[j] == "{", let close = scalars[j...].firstIndex(of: "}") else {
                marks.diagnostics.append(.error(in: commandRange, "'\\\(name)' needs its text in braces",
                                                hint: name == "label" ? "write \\label{eq:bptt}" : "write \\tag{*}"))
                return marks
            }
            let text = String(String.UnicodeScalarView(scalars[(j + 1)..<close])).trimmingSpaces().text
            let mark = Mark(text: text, range: SourceRange(location(j + 1), length: max(1, close - j - 1)))
            if name == "label", !Self.isValidLabel(text) {
                marks.diagnostics.append(.error(in: mark.range, "invalid equation label '\(text)'",
                                                hint: "a label is letters, digits and ':', '-', '_' or '.', such as eq:bptt"))
            } else if name == "label" ? marks.label != nil : marks.tag != nil {
                marks.diagnostics.append(.error(in: commandRange, "a formula has one '\\\(name)'",
                                                hint: "split the formula into one display formula per \\\(name)"))
            } else if name == "label" {
                marks.label = mark
            } else {
                marks.tag = mark
            }
            i = close + 1
        }
        return marks
    }

    static func isValidLabel(_ label: String) -> Bool {
        !label.isEmpty && label.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || [":", "-", "_", "."].contains($0)
        }
    }
}
