import Lessons
import Site

/// The panel a failed build puts over every served page: each diagnostic as
/// `path:line:col: error: message` with its source line, a caret and the
/// hint, the way the terminal shows it. The page underneath is the last good
/// build.
public enum ErrorOverlay {
    /// The overlay's HTML, its own scoped style included.
    public static func html(for report: DiagnosticReport) -> String {
        let diagnostics = report.ordered
        var items = ""
        for d in diagnostics {
            items += item(d, sourceLine: report.sources[d.location.path]?.line(d.location.line))
        }
        let summary = report.summary.isEmpty ? "errors" : report.summary
        return """
        <div id="lessonrun-overlay" role="alert" aria-live="assertive">
        <style>\(OverlayStyle.css)</style>
        <section class="lr-panel" aria-labelledby="lessonrun-overlay-title">
        <header class="lr-top"><h2 id="lessonrun-overlay-title">Build failed: \(summary.htmlEscaped)</h2>
        <button type="button" class="lr-close" onclick="document.getElementById('lessonrun-overlay').remove()">Dismiss</button></header>
        <p class="lr-note">The page below is the last good build. Fix the lesson and save: the site rebuilds and this panel goes away.</p>
        <ol class="lr-list">
        \(items)</ol>
        </section>
        </div>

        """
    }

    /// The most characters of a source line the overlay shows.
    static let windowWidth = 100

    /// The part of a long source line around `column`, marked with "…" where cut, and
    /// the column of the same character in it: the caret stays in view on any line.
    static func window(of line: String, around column: Int) -> (text: String, column: Int) {
        let scalars = line.unicodeScalars.map { $0 == "\t" ? " " : Character($0) }
        guard scalars.count > windowWidth else { return (String(scalars), column) }
        let start = min(max(0, column - 1 - windowWidth / 3), scalars.count - windowWidth)
        let end = start + windowWidth
        let text = (start > 0 ? "…" : "") + String(scalars[start..<end]) + (end < scalars.count ? "…" : "")
        return (text, column - start + (start > 0 ? 1 : 0))
    }

    static func item(_ d: Diagnostic, sourceLine: String?) -> String {
        let severity = d.severity.rawValue
        var html = "<li class=\"lr-item lr-\(severity)\"><p class=\"lr-head\"><span class=\"lr-loc\">"
        html += "\(d.location.description.htmlEscaped)</span>: <span class=\"lr-sev\">\(severity)</span>: "
        html += "\(d.message.htmlEscaped)</p>\n"
        if let sourceLine {
            let (text, column) = window(of: sourceLine, around: d.location.column)
            let pad = String(repeating: " ", count: max(0, column - 1))
            let caret = "^" + String(repeating: "~", count: max(0, min(d.length, windowWidth) - 1))
            html += "<pre class=\"lr-source\"><code>\(text.htmlEscaped)\n<span class=\"lr-caret\">\(pad)\(caret)</span></code></pre>\n"
        }
        if let hint = d.hint {
            html += "<p class=\"lr-hint\"><strong>hint:</strong> \(hint.htmlEscaped)</p>\n"
        }
        return html + "</li>\n"
    }
}
