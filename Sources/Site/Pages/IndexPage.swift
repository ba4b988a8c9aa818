import Lessons

/// `index.html`: the course title, credits and the lessons in order.
struct IndexPage {
    var course: Course

    func render() -> String {
        var body = "<article>\n<h1>\(course.config.title.htmlEscaped)</h1>\n"
        if let author = course.config.author {
            body += "<p class=\"byline\">\(author.htmlEscaped)</p>\n"
        }
        body += "<h2 id=\"lessons\">Lessons</h2>\n<ol class=\"toc\">\n"
        for lesson in course.lessons {
            body += "<li><a href=\"\(URLText.encodingFileName(lesson.pageName).htmlEscaped)\">\(lesson.title.htmlEscaped)</a>"
            if let summary = lesson.summary { body += "<p>\(summary.htmlEscaped)</p>" }
            body += "</li>\n"
        }
        body += "</ol>\n"
        body += "<p>Every figure is computed by the build. <a href=\"\(RunPage.path)\">Run this course yourself</a> to reproduce it, bit for bit.</p>\n"
        if let bibliography = course.bibliography, !bibliography.entries.isEmpty {
            body += "<p><a href=\"bibliography.html\">Bibliography</a>: the \(bibliography.entries.count) works the lessons cite.</p>\n"
        }
        if !course.config.credits.isEmpty {
            body += "<h2 id=\"credits\">Credits</h2>\n<ul>\n"
            for credit in course.config.credits { body += "<li>\(credit.htmlEscaped)</li>\n" }
            body += "</ul>\n"
        }
        if let license = course.config.license {
            body += "<p class=\"byline\">License: \(license.htmlEscaped)</p>\n"
        }
        body += "</article>\n"
        let titles = course.lessons.map(\.title).joined(separator: "; ")
        let description = "A course in \(course.lessons.count) lesson\(course.lessons.count == 1 ? "" : "s"): \(titles)."
        let meta = PageMeta(title: course.config.title, path: "index.html", description: description, kind: "website")
        return PageLayout(course: course.config).page(meta, outline: "", body: body)
    }
}
