import Lessons

/// A figure shown alone, at its natural size, for a reader on a small
/// screen who wants to zoom or scroll it without the lesson around it.
struct StandaloneFigure {
    /// The figure's number, anchor and lesson page.
    var entry: FigureIndex.Entry
    var svg: String
    /// Its data file, relative to the site's root (empty when it has none).
    var data: String

    var anchor: String { entry.anchor }
    /// "Figure 5.2".
    var label: String { entry.text }
    /// The lesson page it belongs to.
    var lessonPage: String { entry.page }

    /// The page's path in the site.
    var path: String { "figures/\(anchor).html" }
}

/// Renders `figures/NAME.html`: one figure, its data and the way back.
struct FigurePage {
    var course: CourseConfig
    var figure: StandaloneFigure
    /// The lesson's title, for the page title and the link back.
    var lessonTitle: String

    func render() -> String {
        var body = "<article class=\"figure-alone\">\n<h1>\(figure.label.htmlEscaped)</h1>\n"
        body += "<figure class=\"figure\">\n\(FigureFrame.html(figure.svg, label: figure.label, cue: ""))</figure>\n"
        var links = ["<a href=\"../\(figure.lessonPage.htmlEscaped)#\(figure.anchor.htmlEscaped)\">Back to “\(lessonTitle.htmlEscaped)”</a>"]
        if !figure.data.isEmpty { links.append("<a class=\"data\" href=\"../\(figure.data.htmlEscaped)\">data</a>") }
        body += "<p>\(links.joined(separator: " · "))</p>\n</article>\n"
        let meta = PageMeta(title: "\(figure.label) · \(lessonTitle)", crumb: lessonTitle, path: figure.path,
                            description: "\(figure.label) of the lesson “\(lessonTitle)”, at its full size.")
        return PageLayout(course: course, base: "../").page(meta, outline: "", body: body)
    }
}
