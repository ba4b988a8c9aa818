/// Percent-encoding for the site's links, so that file names with spaces, `#`, `?` or `%`
/// link to themselves rather than to a fragment, a query or nothing.
enum URLText {
    /// Bytes a path segment keeps as they are (RFC 3986 unreserved, plus sub-delimiters
    /// that browsers do not treat specially in a relative path, and `/`).
    private static let keptInNames = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/".utf8)

    /// A file name (or a relative path of them) as an href: every other byte of its UTF-8,
    /// `#`, `?`, `%` and spaces included, becomes `%XX`.
    static func encodingFileName(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            if keptInNames.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hex(byte)
            }
        }
        return out
    }

    /// A destination written in a lesson, made a valid URL: characters a URL cannot hold
    /// (spaces, quotes, `<>`, `\`, `^`, backquote, `{|}`, controls) become `%XX`; the
    /// author's `%XX`, `#` and `?` keep their URL meaning, and other text is unchanged.
    static func normalisingDestination(_ destination: String) -> String {
        guard destination.utf8.contains(where: needsEncoding) else { return destination }
        var out = ""
        for scalar in destination.unicodeScalars {
            if scalar.isASCII, needsEncoding(UInt8(scalar.value)) {
                out += "%" + hex(UInt8(scalar.value))
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEncoding(_ byte: UInt8) -> Bool {
        byte < 0x21 || byte == 0x7F || "\"<>\\^`{|}".utf8.contains(byte)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }
}
