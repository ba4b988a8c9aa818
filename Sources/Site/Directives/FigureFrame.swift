/// The frame a figure's SVG sits in. A figure keeps its natural width (its
/// `viewBox` width in CSS pixels) and scrolls sideways in the frame on a
/// narrow screen, instead of shrinking its 10–12 px labels below legibility.
enum FigureFrame {
    /// The frame around one or more SVG elements, with a cue that it
    /// scrolls (shown on narrow screens only) when `cue` says what else to do.
    static func html(_ svg: String, label: String, cue: String? = nil) -> String {
        guard let width = naturalWidth(svg) else { return svg }
        var html = "<div class=\"figure-scroll\" style=\"--natural-width:\(width)px\" tabindex=\"0\" role=\"region\" aria-label=\"\(label.htmlEscaped), scrolls sideways\">\n"
        html += svg + "\n</div>\n"
        if let cue { html += "<p class=\"scroll-cue\">⟷ Scroll the figure sideways\(cue).</p>\n" }
        return html
    }

    /// The widest `viewBox` width among the `<svg>` elements in `svg`, or
    /// nil when there is none (nothing to keep at its size).
    static func naturalWidth(_ svg: String) -> Int? {
        var widest: Double?
        var rest = svg[...]
        while let open = rest.range(of: "<svg") {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let tag = rest[open.upperBound..<close]
            if let start = tag.range(of: "viewBox=\"")?.upperBound,
               let end = tag[start...].firstIndex(of: "\"") {
                let numbers = tag[start..<end].split(separator: " ").compactMap { Double($0) }
                if numbers.count == 4, numbers[2] > 0 { widest = max(widest ?? 0, numbers[2]) }
            }
            rest = rest[close...]
        }
        return widest.map { Int($0.rounded(.up)) }
    }
}
