/// JSON string literals written by hand, where a `JSONEncoder` does not fit
/// (the safetensors header, whose bytes are fixed field by field).
public enum JSONEscaping {
    /// `text` as a JSON string literal, quotes included: `"`, `\` and the
    /// control characters escaped (`\n`, `\r`, `\t`, otherwise `\u00XX`),
    /// everything else as itself. It is also a valid YAML double-quoted scalar.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
