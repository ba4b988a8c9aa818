/// A message about a lesson's input, printed as
/// `path:line:col: error: message`, the source line, a caret and a hint.
public struct Diagnostic: Hashable, Sendable, Error {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// How to fix it: "did you mean 'epochs'?", the allowed range, the expected type.
    public var hint: String?
    /// How many characters the caret underlines (at least 1).
    public var length: Int

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

    /// The first line of the report: `path:line:col: error: message`.
    public var headline: String { "\(location): \(severity.rawValue): \(message)" }

    /// The full report: headline, the source line with a caret under the
    /// column, and the hint. `sourceLine` is the text of line `location.line`.
    public func rendered(sourceLine: String?) -> String {
        var out = headline
        if let sourceLine {
            let text = String(sourceLine.unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
            out += "\n" + text
            let pad = String(repeating: " ", count: max(0, location.column - 1))
            out += "\n" + pad + "^" + String(repeating: "~", count: max(0, length - 1))
        }
        if let hint { out += "\nhint: " + hint }
        return out
    }
}
