import Lessons

/// `bibliography.html`: every work of the course's BibTeX file, by authors
/// and year, each with the lessons that cite it.
struct BibliographyPage {
    var course: Course
    var bibliography: Bibliography
    /// The keys each lesson cites, by the lesson's display path.
    var cited: [String: [String]]

    func render() -> String {
        var body = "<article>\n<h1>Bibliography</h1>\n<ul class=\"references\">\n"
        for entry in bibliography.sorted(bibliography.entries.map(\.key)) {
            body += "<li id=\"ref-\(entry.key.htmlEscaped)\">\(CitationHTML.entry(entry, bibliography: bibliography))"
            let citing = course.lessons.enumerated().filter { cited[$0.element.source.path]?.contains(entry.key) ?? false }
            if !citing.isEmpty {
                let links = citing.map { index, lesson in
                    "<a href=\"\(lesson.pageName.htmlEscaped)#ref-\(entry.key.htmlEscaped)\" title=\"\(lesson.title.htmlEscaped)\">\(index + 1)</a>"
                }
                body += " <span class=\"cited-in\">Cited in lesson\(citing.count == 1 ? "" : "s") \(links.joined(separator: ", ")).</span>"
            }
            body += "</li>\n"
        }
        body += "</ul>\n</article>\n"
        let meta = PageMeta(title: "Bibliography", crumb: "Bibliography", path: "bibliography.html",
                            description: "Every work the lessons of \(course.config.title) cite.")
        return PageLayout(course: course.config).page(meta, outline: "", body: body)
    }
}
