/// A span of a lesson file, from `start` up to but not including `end`.
///
/// Values may continue over several lines, so a range may span lines; a
/// caret underlines only its part on the first line.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A range of `length` characters on one line.
    public init(_ start: SourceLocation, length: Int) {
        self.start = start
        self.end = SourceLocation(path: start.path, line: start.line, column: start.column + max(0, length))
    }

    /// How many characters a caret underlines: the width on the first line, at least 1.
    public var caretLength: Int {
        end.line == start.line ? max(1, end.column - start.column) : 1
    }

    public var description: String { "\(start)-\(end.line):\(end.column)" }
}

extension SourceLocation {
    /// The location `count` characters further along the same line.
    public func advanced(by count: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column + count)
    }
}

extension Diagnostic {
    /// An error underlining `range`.
    public static func error(in range: SourceRange, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: range.start, message, hint: hint, length: range.caretLength)
    }

    /// A warning underlining `range`.
    public static func warning(in range: SourceRange, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: range.start, message, hint: hint, length: range.caretLength)
    }
}

/// Where each key (a bibliography key, an equation label) was first written, to report a repeat.
struct FirstOccurrences {
    private var ranges: [String: SourceRange] = [:]

    /// Records `key` at `range` if it is new; else the range where it was first written.
    mutating func repeatOf(_ key: String, at range: SourceRange) -> SourceRange? {
        if let first = ranges[key] { return first }
        ranges[key] = range
        return nil
    }
}
