@testable import Lessons

let testPath = "lesson.md"

func location(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(path: testPath, line: line, column: column)
}

/// Parses a one-line value placed at line 1, column 1.
func parseValue(_ text: String) -> Result<Value, Diagnostic> {
    ValueParser.parse(text, at: location(1, 1))
}

/// The error of a value that must fail, as `line:col: message`.
func valueError(_ text: String) -> String {
    switch parseValue(text) {
    case .success(let value): return "parsed: \(value.kind)"
    case .failure(let diagnostic): return "\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.message)"
    }
}

/// A fenced block whose info string is on line 1 (after the three backticks, column 4)
/// and whose body lines follow from line 2, column 1.
func block(_ info: String, _ body: String...) -> FencedBlock {
    FencedBlock(info: info, at: location(1, 4),
                lines: body.enumerated().map { SourceLine($0.element, at: location($0.offset + 2, 1)) })
}

/// Diagnostics as `line:col: message`.
func describe(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
}

/// Parses and checks a directive block (see `block`).
func check(_ info: String, _ body: String...) -> DirectiveParseResult {
    DirectiveParser.parse(FencedBlock(info: info, at: location(1, 4),
                                      lines: body.enumerated().map { SourceLine($0.element, at: location($0.offset + 2, 1)) }))
}
