import Lessons

/// What the frame needs to know about a page besides its body.
struct PageMeta {
    var title: String
    /// A line beside the course title in the header ("Lesson 3 of 8").
    var crumb: String?
    /// The page's path from the site's root (`05-forget-bias.html`).
    var path: String
    /// One or two sentences for search engines and link previews.
    var description: String?
    /// The Open Graph type: `article` for a lesson, `website` for the index.
    var kind = "article"
    /// Scripts the page loads, as progressive enhancement (relative paths).
    var scripts: [String] = []
}

/// The frame every page shares: head, header, footer. Relative links only,
/// so the site works from `file://`; no script needed to read it.
struct PageLayout {
    var course: CourseConfig
    /// The way from the page to the site's root ("" or "../").
    var base: String = ""

    func page(_ meta: PageMeta, outline: String, body: String) -> String {
        let fullTitle = meta.title == course.title ? meta.title : "\(meta.title) · \(course.title)"
        var html = """
        <!DOCTYPE html>
        <html lang="\((course.lang ?? "en").htmlEscaped)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(fullTitle.htmlEscaped)</title>

        """
        html += head(meta, fullTitle: fullTitle)
        html += "<link rel=\"stylesheet\" href=\"\(base)style.css\">\n"
        for script in meta.scripts { html += "<script src=\"\(base)\(script.htmlEscaped)\" defer></script>\n" }
        html += """
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to the content</a>
        <header class="site-header"><a class="site-title" href="\(base)index.html">\(course.title.htmlEscaped)</a>
        """
        if let crumb = meta.crumb { html += "<span class=\"crumb\">\(crumb.htmlEscaped)</span>" }
        html += "\n<form class=\"search-form\" role=\"search\" action=\"\(base)search.html\"><input type=\"search\" name=\"q\" aria-label=\"Search the lessons\" placeholder=\"Search the lessons\"> <button type=\"submit\">Search</button></form>\n"
        // A page without an outline (the index) uses one centred column.
        html += outline.isEmpty ? "</header>\n<div class=\"layout single\">\n" : "</header>\n<div class=\"layout\">\n"
        html += outline
        html += "<main id=\"main\">\n\(body)</main>\n</div>\n"
        html += footer()
        html += "</body>\n</html>\n"
        return html
    }

    /// Description, Open Graph tags and, when the course gives its `url`,
    /// the canonical address.
    func head(_ meta: PageMeta, fullTitle: String) -> String {
        var html = ""
        if let description = meta.description {
            html += "<meta name=\"description\" content=\"\(description.htmlEscaped)\">\n"
        }
        html += "<meta property=\"og:title\" content=\"\(fullTitle.htmlEscaped)\">\n"
        html += "<meta property=\"og:type\" content=\"\(meta.kind)\">\n"
        html += "<meta property=\"og:site_name\" content=\"\(course.title.htmlEscaped)\">\n"
        if let description = meta.description {
            html += "<meta property=\"og:description\" content=\"\(description.htmlEscaped)\">\n"
        }
        if let address = address(of: meta.path) {
            html += "<meta property=\"og:url\" content=\"\(address.htmlEscaped)\">\n"
            html += "<link rel=\"canonical\" href=\"\(address.htmlEscaped)\">\n"
        }
        return html
    }

    /// The published address of a page, when the course gives its `url`.
    func address(of path: String) -> String? {
        guard let url = course.url else { return nil }
        return path == "index.html" ? url : url + path
    }

    func footer() -> String {
        var parts: [String] = []
        if let author = course.author { parts.append(author.htmlEscaped) }
        if let license = course.license { parts.append("License: \(license.htmlEscaped)") }
        parts.append("<a href=\"\(base)\(RunPage.path)\">Run this course yourself</a>")
        parts.append("Built with lessonrun")
        return "<footer class=\"site-footer\">\(parts.joined(separator: " · "))</footer>\n"
    }
}
