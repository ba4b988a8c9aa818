import Lessons

/// The frame every page shares: head, header, footer. Relative links only,
/// so the site works from `file://`; no script needed to read it.
struct PageLayout {
    var course: CourseConfig
    /// The way from the page to the site's root ("" or "../").
    var base: String = ""

    func page(title: String, crumb: String?, outline: String, body: String) -> String {
        let fullTitle = title == course.title ? title : "\(title) · \(course.title)"
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(fullTitle.htmlEscaped)</title>
        <link rel="stylesheet" href="\(base)style.css">
        </head>
        <body>
        <header class="site-header"><a href="\(base)index.html">\(course.title.htmlEscaped)</a>
        """
        if let crumb { html += "<span class=\"crumb\">\(crumb.htmlEscaped)</span>" }
        // A page without an outline (the index) uses one centred column.
        html += outline.isEmpty ? "</header>\n<div class=\"layout single\">\n" : "</header>\n<div class=\"layout\">\n"
        html += outline
        html += "<main>\n\(body)</main>\n</div>\n"
        html += footer()
        html += "</body>\n</html>\n"
        return html
    }

    func footer() -> String {
        var parts: [String] = []
        if let author = course.author { parts.append(author.htmlEscaped) }
        if let license = course.license { parts.append("License: \(license.htmlEscaped)") }
        parts.append("Built with lessonrun")
        return "<footer class=\"site-footer\">\(parts.joined(separator: " · "))</footer>\n"
    }
}
