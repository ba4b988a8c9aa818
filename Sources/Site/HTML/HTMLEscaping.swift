import TextTools

extension String {
    /// The text escaped for an HTML text node or a double-quoted attribute
    /// (also used by the preview server's overlay), by the one markup escaper
    /// that figures and formulas use too.
    public var htmlEscaped: String { MarkupEscaping.escape(self) }
}

/// Heading anchors: lowercase words joined by hyphens, unique within a page.
struct AnchorNamer {
    private var used: [String: Int] = [:]

    mutating func anchor(for text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for c in text.lowercased().unicodeScalars {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                if pendingHyphen, !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(c)
            } else if c == " " || c == "-" || c == "_" {
                pendingHyphen = true
            }
        }
        if slug.isEmpty { slug = "section" }
        let count = used[slug, default: 0]
        used[slug] = count + 1
        return count == 0 ? slug : "\(slug)-\(count + 1)"
    }
}
