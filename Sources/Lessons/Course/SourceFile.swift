import Foundation

/// A lesson source read from disk: its display path, its text and its lines
/// (for quoting in diagnostics).
public struct SourceFile: Sendable, Hashable {
    public var path: String
    public var text: String
    public var lines: [String]

    /// Takes `text` with its line breaks made `\n`: a `\r\n` or a lone `\r` ends a line too.
    ///
    /// Everything downstream splits lines on `\n` (and a Swift `Character` `"\r\n"` never
    /// equals `"\n"`), so the breaks are made uniform once, here, where every lesson,
    /// course.yml and macros file is read. Columns do not change: a `\r` was never counted.
    public init(path: String, text: String) {
        self.path = path
        self.text = Self.unifyingLineBreaks(text)
        self.lines = self.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// `text` with every `\r\n` and lone `\r` replaced by `\n`.
    public static func unifyingLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var result = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasReturn = true
                continue
            }
            if !(scalar == "\n" && previousWasReturn) { result.append(scalar) }
            previousWasReturn = false
        }
        return String(result)
    }

    /// The text of a 1-based line, if it exists.
    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    public func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// Reads a file as UTF-8 text, or explains why it is not a lesson: a
    /// binary file (a NUL byte) or invalid UTF-8, pointing at the first bad byte.
    public static func read(path: String, displayPath: String) -> Result<SourceFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error(at: SourceLocation(path: displayPath, line: 1, column: 1),
                                   "cannot read file", hint: "check that it exists and is readable"))
        }
        return decode(Array(data), displayPath: displayPath)
    }

    static func decode(_ bytes: [UInt8], displayPath: String) -> Result<SourceFile, Diagnostic> {
        var line = 1, column = 1
        var index = 0
        var previous: Unicode.Scalar = "\0"
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var text = String.UnicodeScalarView()
        text.reserveCapacity(bytes.count)
        while true {
            let before = index
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                index += UTF8.width(s)
                if s == "\0" {
                    return .failure(.error(at: SourceLocation(path: displayPath, line: line, column: column),
                                           "this looks like a binary file (it contains a NUL byte), not a Markdown lesson",
                                           hint: "keep lessons as UTF-8 text; put other files beside them with another extension"))
                }
                text.append(s)
                if s == "\r" || (s == "\n" && previous != "\r") {
                    line += 1
                    column = 1
                } else if s != "\n" {
                    column += 1
                }
                previous = s
            case .emptyInput:
                let body = String(text)
                return .success(SourceFile(path: displayPath, text: body.hasPrefix("\u{FEFF}") ? String(body.dropFirst()) : body))
            case .error:
                let byte = before < bytes.count ? bytes[before] : 0
                let hex = String(byte, radix: 16, uppercase: true)
                return .failure(.error(at: SourceLocation(path: displayPath, line: line, column: column),
                                       "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex))",
                                       hint: "save the file as UTF-8"))
            }
        }
    }
}
