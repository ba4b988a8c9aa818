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
        if !course.config.credits.isEmpty {
            body += "<h2 id=\"credits\">Credits</h2>\n<ul>\n"
            for credit in course.config.credits { body += "<li>\(credit.htmlEscaped)</li>\n" }
            body += "</ul>\n"
        }
        if let license = course.config.license {
            body += "<p class=\"byline\">License: \(license.htmlEscaped)</p>\n"
        }
        body += "</article>\n"
        return PageLayout(course: course.config).page(title: course.config.title, crumb: nil, outline: "", body: body)
    }
}
