import Foundation
import Testing
@testable import TeXMath
import TextTools
import TestSupport

/// Builds HTML pages holding every seed formula and construct, to look at in a browser.
///
/// `TEXMATH_HTML=/tmp/math.html TEXMATH_HTML_DIR=/tmp/mathpages swift test --filter MathPageTests`
/// writes one page with everything and pages of 40 rows;
/// `../shared/tools/screenshot /tmp/mathpages/page-1.html /tmp/mathshot 1200 2400` draws one.
@Suite("Pages of formulas for a visual check")
struct MathPageTests {
    static let style = """
        body { font-family: "DejaVu Serif", serif; margin: 12px 24px; }
        math { font-size: 20px; }
        .row { display: grid; grid-template-columns: 460px 1fr; gap: 16px; align-items: center;
               border-bottom: 1px solid #ccc; padding: 3px 0; }
        code { font-size: 11px; white-space: pre-wrap; }
        @media (prefers-color-scheme: dark) { body { background: #16181c; color: #e6e6e6; } }
        """

    /// Rows of (source, markup), seeds first (each page's macros carried along), duplicates dropped.
    static func rows() throws -> [(String, String)] {
        var rows: [(String, String)] = []
        var seen: Set<String> = []
        for page in SeedFormulas.pages {
            var macros = MacroTable.builtIn
            for formula in page.formulas {
                let markup = try MathConverter().convert(formula.tex, display: formula.display, macros: &macros)
                let key = "\(formula.display)\(formula.tex)"
                guard let markup, seen.insert(key).inserted else { continue }
                rows.append((formula.tex, markup))
            }
        }
        for group in ConstructCases.groups {
            for item in group.cases {
                var macros = MacroTable.builtIn
                if let markup = try MathConverter().convert(item.tex, display: item.display, macros: &macros) {
                    rows.append((item.tex, markup))
                }
            }
        }
        return rows
    }

    static func page(_ rows: ArraySlice<(String, String)>, title: String) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>\(title)</title>"
        html += "<style>\(MathStylesheet.css())\(style)</style></head><body>\n"
        for (tex, markup) in rows {
            html += "<div class=\"row\"><code>\(MarkupEscaping.escape(tex, invisibles: .references))</code><div>\(markup)</div></div>\n"
        }
        return html + "</body></html>\n"
    }

    @Test("pages hold every distinct formula and are well-formed")
    func pages() throws {
        let rows = try Self.rows()
        #expect(rows.count > 150)
        let chunks = stride(from: 0, to: rows.count, by: 40).map { rows[$0..<min($0 + 40, rows.count)] }
        let pages = chunks.enumerated().map { Self.page($0.element, title: "Formulas \($0.offset + 1)") }
        for page in pages {
            #expect(XMLCheck.problem(page.replacingOccurrences(of: "<!DOCTYPE html>\n", with: "")) == nil)
        }
        let whole = Self.page(rows[...], title: "All formulas")
        #expect(whole.contains("font-family: \"Latin Modern Math\""))
        if let path = ProcessInfo.processInfo.environment["TEXMATH_HTML"] {
            try whole.write(toFile: path, atomically: true, encoding: .utf8)
        }
        if let directory = ProcessInfo.processInfo.environment["TEXMATH_HTML_DIR"] {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (index, page) in pages.enumerated() {
                try page.write(toFile: "\(directory)/page-\(index + 1).html", atomically: true, encoding: .utf8)
            }
        }
    }
}
