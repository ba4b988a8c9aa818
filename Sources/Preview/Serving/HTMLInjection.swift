import Foundation

/// Adds serve-time markup (the reload script, the error overlay) to a page
/// as it is sent; the files in the output folder never contain it.
enum HTMLInjection {
    /// Inserts `snippet` before the page's last `</body>`, or appends it
    /// when the page has none.
    static func insert(_ snippet: String, into html: String) -> String {
        guard let range = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + snippet
        }
        var out = html
        out.insert(contentsOf: snippet, at: range.lowerBound)
        return out
    }
}
