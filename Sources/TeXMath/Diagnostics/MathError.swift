/// A formula that cannot be converted, located inside the formula's source.
///
/// `offset` counts Unicode scalars from the start of the formula (0-based);
/// `line` and `column` give the same place as a 0-based line within the
/// formula and a 0-based column (in scalars) within that line, so a caller
/// that knows where the formula starts in a lesson can report `file:line:col`
/// with ``location(formulaLine:formulaColumn:)``.
public struct MathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for callers and tests that branch on it.
    public enum Kind: String, Sendable, Equatable {
        case unknownCommand
        case unknownEnvironment
        case mismatchedEnvironment
        case unclosedEnvironment
        case unclosedGroup
        case unexpectedCloseBrace
        case missingArgument
        case missingDelimiter
        case leftWithoutRight
        case rightWithoutLeft
        case misplacedAlignment
        case misplacedRowBreak
        case doubleSubscript
        case doubleSuperscript
        case runawayMacro
        case badMacroDefinition
        case unexpectedCharacter
        /// Groups, arguments or style switches nested beyond ``Parser/nestingLimit``.
        case tooDeep
    }

    /// The category of the mistake.
    public let kind: Kind
    /// One sentence saying what is wrong, e.g. `unknown command '\frak'`.
    public let message: String
    /// How to fix it, e.g. `did you mean '\frac'?`; may be empty.
    public let hint: String
    /// Unicode-scalar offset of the mistake from the start of the formula (0-based).
    public let offset: Int
    /// Number of scalars the mistake spans (at least 1), for a caret underline.
    public let length: Int
    /// 0-based line of the mistake within the formula.
    public let line: Int
    /// 0-based column (in Unicode scalars) of the mistake within its line.
    public let column: Int

    /// Creates an error at `offset` in `source`, computing the line and column.
    init(_ kind: Kind, _ message: String, hint: String = "", at offset: Int, length: Int = 1, in source: [Unicode.Scalar]) {
        self.kind = kind
        self.message = message
        self.hint = hint
        let clamped = max(0, min(offset, source.count))
        self.offset = clamped
        self.length = max(1, length)
        var line = 0
        var lineStart = 0
        for index in 0..<clamped where source[index] == "\n" {
            line += 1
            lineStart = index + 1
        }
        self.line = line
        self.column = clamped - lineStart
    }

    /// The 1-based lesson line and column of the mistake, given where the formula starts.
    ///
    /// - Parameters:
    ///   - formulaLine: 1-based line of the formula's first scalar in the lesson.
    ///   - formulaColumn: 1-based column of the formula's first scalar in the lesson
    ///     (after the opening `$` or `$$`).
    /// - Returns: The location, assuming lines after the first start at column 1.
    public func location(formulaLine: Int, formulaColumn: Int) -> (line: Int, column: Int) {
        if line == 0 {
            return (formulaLine, formulaColumn + column)
        }
        return (formulaLine + line, column + 1)
    }

    /// `message`, then the hint after a semicolon when there is one.
    public var description: String {
        hint.isEmpty ? message : "\(message); \(hint)"
    }
}
