import TextTools

/// Accumulates SVG markup with escaped text and attributes.
struct SVGWriter {
    private(set) var text = ""

    /// An empty element: `<tag a="…"/>`.
    mutating func element(_ tag: String, _ attributes: [(String, String)]) {
        text += "<" + tag + Self.attributes(attributes) + "/>"
    }

    /// An element with escaped text content.
    mutating func element(_ tag: String, _ attributes: [(String, String)], text content: String) {
        text += "<" + tag + Self.attributes(attributes) + ">" + MarkupEscaping.escape(content) + "</" + tag + ">"
    }

    mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        text += "<" + tag + Self.attributes(attributes) + ">"
    }

    mutating func close(_ tag: String) {
        text += "</" + tag + ">"
    }

    /// Text content, escaped.
    mutating func append(text content: String) {
        text += MarkupEscaping.escape(content)
    }

    /// Markup already produced by another writer.
    mutating func raw(_ markup: String) {
        text += markup
    }

    mutating func newline() {
        text += "\n"
    }

    static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " " + $0.0 + "=\"" + MarkupEscaping.escape($0.1) + "\"" }.joined()
    }
}

/// Shorthand for an SVG coordinate string.
func fmt(_ value: Double) -> String { NumberFormat.coordinate(value) }
