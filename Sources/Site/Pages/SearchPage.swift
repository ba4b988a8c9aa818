import Lessons

/// `search.html`: full-text search over every lesson, run in the browser by
/// `search.js` over `search-index.js`. Without JavaScript it says so and
/// lists the lessons, so the page still leads somewhere.
struct SearchPage {
    static let path = "search.html"

    var course: Course

    func render() -> String {
        var body = "<article>\n<h1>Search</h1>\n"
        body += "<form id=\"search-page-form\" class=\"search-page\" role=\"search\" action=\"\(Self.path)\" hidden>"
        body += "<input type=\"search\" name=\"q\" aria-label=\"Words to find in the lessons\"> <button type=\"submit\">Search</button></form>\n"
        body += "<noscript><p>Search runs in your browser and needs JavaScript, which is off here. Every lesson is listed below.</p></noscript>\n"
        body += "<p id=\"search-status\" role=\"status\"></p>\n<ol id=\"search-results\" class=\"search-results\"></ol>\n"
        body += "<h2 id=\"lessons\">Lessons</h2>\n<ol>\n"
        for lesson in course.lessons {
            body += "<li><a href=\"\(lesson.pageName.htmlEscaped)\">\(lesson.title.htmlEscaped)</a></li>\n"
        }
        body += "</ol>\n</article>\n"
        let meta = PageMeta(title: "Search", path: Self.path, description: "Search every lesson of \(course.config.title).",
                            scripts: [SearchIndex.file, SiteScripts.searchFile])
        return PageLayout(course: course.config).page(meta, outline: "", body: body)
    }
}
