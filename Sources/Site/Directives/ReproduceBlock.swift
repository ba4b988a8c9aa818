import Lessons

/// A directive as its author wrote it: the fenced block's lines, verbatim.
struct WrittenDirective {
    /// The fence, its options and its caption, from the opening fence to the closing one.
    var text: String
    /// The lesson file in the repository (`lessons/05-forget-bias.md`).
    var file: String
    /// The line of the opening fence.
    var line: Int
    /// The line in the repository's web view, when course.yml gives `repository`.
    var sourceLink: String?
    /// The lessons folder's name, for the commands.
    var folder: String
    /// The lesson's page, where the rebuilt figure appears.
    var page: String

    /// The block from its opening fence (at `line`) to its closing fence,
    /// read from the lesson's source, so the reader sees exactly what the
    /// author wrote; an unclosed block runs to the end of the file.
    static func read(_ source: SourceFile, fenceLine: Int) -> String {
        guard let opening = source.line(fenceLine) else { return "" }
        let indent = opening.prefix { $0 == " " }
        let fence = opening.dropFirst(indent.count).prefix { $0 == opening.dropFirst(indent.count).first }
        var lines = [opening]
        var number = fenceLine + 1
        while let line = source.line(number) {
            lines.append(line)
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix(fence), trimmed.allSatisfy({ $0 == fence.first || $0 == " " }) { break }
            number += 1
        }
        return lines.joined(separator: "\n")
    }
}

/// The collapsed "Reproduce" block under a figure: the directive as written,
/// the commands that rebuild and verify it, and its data file.
enum ReproduceBlock {
    static func html(_ written: WrittenDirective, anchor: String, data: String) -> String {
        let location = written.sourceLink.map { "<a href=\"\($0.htmlEscaped)\"><code>\(written.file.htmlEscaped)</code>, line \(written.line)</a>" }
            ?? "<code>\(written.file.htmlEscaped)</code>, line \(written.line)"
        var html = "<details class=\"reproduce\">\n<summary>Reproduce</summary>\n"
        html += "<p>As written in \(location):</p>\n<pre><code>\(written.text.htmlEscaped)</code></pre>\n"
        html += "<p>Rebuild the course, then find this figure in <code>output/\(written.page.htmlEscaped)#\(anchor.htmlEscaped)</code>; verify re-runs it from scratch and compares its data with the published hash:</p>\n"
        html += "<pre><code>lessonrun \(written.folder.htmlEscaped)\nlessonrun verify \(written.folder.htmlEscaped)</code></pre>\n"
        if !data.isEmpty {
            html += "<p>Its data: <a href=\"\(data.htmlEscaped)\"><code>\(data.htmlEscaped)</code></a>. How to get lessonrun: <a href=\"\(RunPage.path)\">Run this course yourself</a>.</p>\n"
        } else {
            html += "<p>How to get lessonrun: <a href=\"\(RunPage.path)\">Run this course yourself</a>.</p>\n"
        }
        return html + "</details>\n"
    }
}
