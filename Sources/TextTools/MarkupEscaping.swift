/// Text escaped for XML and HTML, the one escaper of every page, SVG figure and
/// MathML formula: element content and double-quoted attribute values.
///
/// XML 1.0 forbids the C0 control characters other than tab, line feed and
/// carriage return, even as character references, and HTML reports them, DEL,
/// the C1 controls and the noncharacters as parse errors. Such a character is
/// written as U+FFFD REPLACEMENT CHARACTER: the output stays well-formed, and
/// a reader sees that something was there instead of losing it silently.
public enum MarkupEscaping {
    /// How characters that take no room on a page are written.
    public enum Invisibles: Sendable {
        /// As themselves.
        case literal
        /// As hexadecimal character references (`&#xA0;`), so that the markup,
        /// and golden files, show no-break and thin spaces, zero-width
        /// characters and invisible operators.
        case references
    }

    /// `text` with `&`, `<`, `>` and `"` escaped and forbidden characters replaced by U+FFFD.
    public static func escape(_ text: String, invisibles: Invisibles = .literal) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case _ where isForbidden(scalar): result.unicodeScalars.append(replacement)
            case _ where invisibles == .references && isInvisible(scalar):
                result += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// U+FFFD, written in place of a forbidden character.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether `scalar` may not appear in XML 1.0 or HTML text: a control character
    /// other than tab, line feed and carriage return, or a noncharacter.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: scalar.properties.isNoncharacterCodePoint
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0xA0 || (0x2000...0x200F).contains(value) || (0x2028...0x202F).contains(value)
            || (0x205F...0x2064).contains(value) || value == 0xFEFF
    }
}
