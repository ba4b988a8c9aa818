/// Escapes text for XML element content and double-quoted attribute values.
///
/// Invisible characters (no-break and thin spaces, function application) are
/// written as character references so that the markup, and golden files, show them.
enum XMLEscaping {
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default:
                // XML 1.0 forbids most control characters even as references; drop them.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r" { continue }
                if isInvisible(scalar.value) {
                    result += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
                    continue
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isInvisible(_ value: UInt32) -> Bool {
        value == 0xA0 || (0x2000...0x200F).contains(value) || (0x2028...0x202F).contains(value)
            || (0x205F...0x2064).contains(value) || value == 0xFEFF
    }
}
