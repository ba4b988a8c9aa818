/// Accumulates SVG markup with escaped text and attributes.
struct SVGWriter {
    private(set) var text = ""

    /// An empty element: `<tag a="…"/>`.
    mutating func element(_ tag: String, _ attributes: [(String, String)]) {
        text += "<" + tag + Self.attributes(attributes) + "/>"
    }

    /// An element with escaped text content.
    mutating func element(_ tag: String, _ attributes: [(String, String)], text content: String) {
        text += "<" + tag + Self.attributes(attributes) + ">" + Self.escape(content) + "</" + tag + ">"
    }

    mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        text += "<" + tag + Self.attributes(attributes) + ">"
    }

    mutating func close(_ tag: String) {
        text += "</" + tag + ">"
    }

    /// Markup already produced by another writer.
    mutating func raw(_ markup: String) {
        text += markup
    }

    mutating func newline() {
        text += "\n"
    }

    static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " " + $0.0 + "=\"" + escape($0.1) + "\"" }.joined()
    }

    /// Escapes text for both XML and HTML: &, <, >, and quotes.
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for char in value.unicodeScalars {
            switch char {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Control characters are not allowed in XML 1.0.
                if char.value < 0x20 && char != "\n" && char != "\t" { out += " " } else { out.unicodeScalars.append(char) }
            }
        }
        return out
    }
}

/// Shorthand for an SVG coordinate string.
func fmt(_ value: Double) -> String { NumberFormat.coordinate(value) }
