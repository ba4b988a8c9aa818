/// Wraps a figure's body in the root `<svg>`: accessible, themable, responsive, and
/// valid both inline in HTML5 and as a standalone XML document.
enum FigureDocument {
    /// Stands for the figure id inside a body until the id is known (it hashes the body).
    static let idToken = "@@fig@@"

    /// A figure whose series use the first `seriesCount` palette colours (at most 24).
    static func render(
        width: Double, height: Double, title: String, description: String,
        explicitID: String?, extraStyle: String = "", seriesCount: Int, body: String
    ) -> String {
        render(width: width, height: height, title: title, description: description, explicitID: explicitID,
               extraStyle: extraStyle, seriesColors: Array(0..<min(max(0, seriesCount), 24)), body: body)
    }

    /// A figure whose series use the palette indices in `seriesColors`.
    static func render(
        width: Double, height: Double, title: String, description: String,
        explicitID: String?, extraStyle: String = "", seriesColors: [Int], body: String
    ) -> String {
        let id = figureID(explicitID: explicitID, title: title, description: description, body: body)
        var svg = SVGWriter()
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("id", id),
            ("class", "figure"),
            ("viewBox", "0 0 \(fmt(width)) \(fmt(height))"),
            ("width", "100%"),
            // Scales down with the page but never up past its natural size, so small figures stay small.
            ("style", "max-width:\(fmt(width))px;height:auto"),
            ("role", "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"),
            ("font-family", FigureTheme.fontStack),
            ("font-size", "12"),
        ])
        svg.newline()
        svg.element("title", [("id", "\(id)-title")], text: title)
        svg.element("desc", [("id", "\(id)-desc")], text: description)
        svg.newline()
        let style = FigureTheme.styleSheet(scope: id, seriesColors: seriesColors) + extraStyle
        svg.element("style", [], text: style.replacingToken(with: id))
        svg.newline()
        svg.raw(body.replacingToken(with: id))
        svg.close("svg")
        svg.newline()
        return svg.text
    }

    /// The caller's id made safe for HTML and CSS, or "fig-" and a hash of the content.
    static func figureID(explicitID: String?, title: String, description: String, body: String) -> String {
        if let explicitID {
            let cleaned = String(explicitID.unicodeScalars.map { scalar -> Character in
                let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                    || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_"
                return ok ? Character(scalar) : "-"
            })
            if let first = cleaned.unicodeScalars.first, (first >= "a" && first <= "z") || (first >= "A" && first <= "Z") {
                return cleaned
            }
            if !cleaned.isEmpty { return "fig-" + cleaned }
        }
        return "fig-" + ContentHash.hex(title + "\u{0}" + description + "\u{0}" + body)
    }
}

extension String {
    func replacingToken(with id: String) -> String {
        let token = FigureDocument.idToken
        guard contains(token) else { return self }
        return split(separator: token, omittingEmptySubsequences: false).joined(separator: id)
    }
}
