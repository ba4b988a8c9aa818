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

    static func item(_ d: Diagnostic, sourceLine: String?) -> String {
        let severity = d.severity.rawValue
        var html = "<li class=\"lr-item lr-\(severity)\"><p class=\"lr-head\"><span class=\"lr-loc\">"
        html += "\(d.location.description.htmlEscaped)</span>: <span class=\"lr-sev\">\(severity)</span>: "
        html += "\(d.message.htmlEscaped)</p>\n"
        if let sourceLine {
            let text = String(sourceLine.unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
            let pad = String(repeating: " ", count: max(0, d.location.column - 1))
            let caret = "^" + String(repeating: "~", count: max(0, d.length - 1))
            html += "<pre class=\"lr-source\"><code>\(text.htmlEscaped)\n<span class=\"lr-caret\">\(pad)\(caret)</span></code></pre>\n"
        }
        if let hint = d.hint {
            html += "<p class=\"lr-hint\"><strong>hint:</strong> \(hint.htmlEscaped)</p>\n"
        }
        return html + "</li>\n"
    }
}
