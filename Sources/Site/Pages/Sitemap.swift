import Lessons

/// `sitemap.xml`, written when course.yml gives the site's `url`: the index,
/// every lesson and the page on running the course, in reading order.
/// No dates: the site holds nothing that changes between builds.
enum Sitemap {
    static func xml(course: Course) -> String? {
        guard course.config.url != nil else { return nil }
        let layout = PageLayout(course: course.config)
        let paths = ["index.html"] + course.lessons.map(\.pageName) + [RunPage.path]
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            guard let address = layout.address(of: path) else { continue }
            xml += "<url><loc>\(address.htmlEscaped)</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
