/// The CSS a page needs for the converter's MathML.
///
/// The markup carries its own alignment (inline `style` on table cells, CSS borders for
/// `\overline`), so a page needs only a math font: Core lays out stretchy delimiters,
/// radicals and large operators from an OpenType MATH table, which text fonts lack.
public enum MathStylesheet {
    /// The font stack: Latin Modern Math (GUST Font License; the site ships a copy) first,
    /// then STIX (SIL OFL 1.1, Debian `fonts-stix`), then the browser's default math font.
    public static let fontFamily = #""Latin Modern Math", "STIX Two Math", "STIX Math", math"#

    /// CSS for pages with formulas.
    ///
    /// - Parameter fontURL: where the page finds a shipped copy of `latinmodern-math.otf`
    ///   (relative to the stylesheet), or nil to rely on installed fonts.
    public static func css(fontURL: String? = nil) -> String {
        var css = ""
        if let fontURL {
            css += "@font-face { font-family: \"Latin Modern Math\"; src: url(\"\(fontURL)\") format(\"opentype\"); font-display: swap; }\n"
        }
        css += "math { font-family: \(fontFamily); }\n"
        // A long display formula scrolls inside its line instead of widening the page.
        css += "math[display=\"block\"] { overflow-x: auto; overflow-y: hidden; padding: 0.25em 0; }\n"
        return css
    }
}
