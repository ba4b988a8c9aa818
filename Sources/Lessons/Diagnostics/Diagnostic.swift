/// A message about a lesson's input, printed as
/// `path:line:col: error: message`, the source line, a caret and a hint.
public struct Diagnostic: Hashable, Sendable, Error {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// A secondary place that explains a diagnostic, printed as `path:line:col: note: message`
    /// (for a duplicate name: where the name was first defined).
    public struct Note: Hashable, Sendable {
        public var location: SourceLocation
        public var message: String
        public var length: Int

        public init(at location: SourceLocation, _ message: String, length: Int = 1) {
            self.location = location
            self.message = message
            self.length = max(1, length)
        }

        /// The first line of the note: `path:line:col: note: message`.
        public var headline: String { "\(location): note: \(message)" }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// How to fix it: "did you mean 'epochs'?", the allowed range, the expected type.
    public var hint: String?
    /// How many characters the caret underlines (at least 1).
    public var length: Int
    /// Related places, printed after the diagnostic.
    public var notes: [Note] = []

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil, length: Int = 1) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.length = max(1, length)
    }

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil, length: Int = 1) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, length: length)
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil, length: Int = 1) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint, length: length)
    }

    /// "duplicate …" at the second occurrence, with a note at the first: option keys, names,
    /// bibliography keys and equation labels are reported alike.
    /// - Parameter what: "option 'steps'", "name 'forget-bias'".
    public static func duplicate(_ what: String, at range: SourceRange, first: SourceRange, firstIs note: String,
                                 hint: String) -> Diagnostic {
        error(in: range, "duplicate \(what)", hint: hint)
            .withNote(.init(at: first.start, note, length: first.caretLength))
    }

    /// This diagnostic with a note appended.
    public func withNote(_ note: Note) -> Diagnostic {
        var copy = self
        copy.notes.append(note)
        return copy
    }

    /// The first line of the report: `path:line:col: error: message`.
    public var headline: String { "\(location): \(severity.rawValue): \(message)" }

    /// The full report: headline, the source line with a caret under the
    /// column, and the hint. `sourceLine` is the text of line `location.line`.
    /// Notes are printed as headlines only; use `rendered(sourceLines:)` to show their lines too.
    public func rendered(sourceLine: String?) -> String {
        var out = Self.excerpt(headline, sourceLine: sourceLine, column: location.column, length: length)
        if let hint { out += "\nhint: " + hint }
        for note in notes { out += "\n" + note.headline }
        return out
    }

    /// The full report with every note's source line and caret.
    /// - Parameter sourceLines: the text of a line of a file, or nil if unknown.
    public func rendered(sourceLines: (_ path: String, _ line: Int) -> String?) -> String {
        var out = Self.excerpt(headline, sourceLine: sourceLines(location.path, location.line),
                               column: location.column, length: length)
        if let hint { out += "\nhint: " + hint }
        for note in notes {
            out += "\n" + Self.excerpt(note.headline, sourceLine: sourceLines(note.location.path, note.location.line),
                                       column: note.location.column, length: note.length)
        }
        return out
    }

    /// A headline, then the source line (tabs shown as one space, so a column is one cell) and a caret.
    private static func excerpt(_ headline: String, sourceLine: String?, column: Int, length: Int) -> String {
        guard let sourceLine else { return headline }
        var text = String.UnicodeScalarView()
        for scalar in sourceLine.unicodeScalars where scalar != "\n" && scalar != "\r" {
            text.append(scalar == "\t" ? " " : scalar)
        }
        let pad = String(repeating: " ", count: max(0, column - 1))
        return headline + "\n" + String(text) + "\n" + pad + "^" + String(repeating: "~", count: max(0, length - 1))
    }
}
