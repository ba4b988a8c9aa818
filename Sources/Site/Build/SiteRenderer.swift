import Foundation
import Lessons
import Markdown

/// Renders a loaded course into the site's files (relative path → bytes),
/// in memory, with the warnings found on the way.
public struct SiteRenderer {
    public var prepared: PreparedCourse

    public var course: Course { prepared.course }

    public init(prepared: PreparedCourse) {
        self.prepared = prepared
    }

    public func render() -> (files: [String: [UInt8]], diagnostics: [Diagnostic]) {
        var files: [String: [UInt8]] = [:]
        var diagnostics: [Diagnostic] = []
        files["index.html"] = Array(IndexPage(course: course).render().utf8)
        files["style.css"] = Array(Stylesheet.css.utf8)
        let (fonts, fontWarnings) = MathFont.files()
        files.merge(fonts) { $1 }
        diagnostics += fontWarnings
        for index in course.lessons.indices {
            let lesson = course.lessons[index]
            let context = PageContext(lesson: lesson, course: course, math: prepared.math[lesson.source.path] ?? [:])
            let page = LessonPage(course: course, index: index, inline: context.inlineRenderer, directive: context.directiveHTML)
            files[lesson.pageName] = Array(page.render().utf8)
            diagnostics += context.diagnostics.all
        }
        for asset in course.assets {
            let full = (course.root as NSString).appendingPathComponent(asset)
            if let data = FileManager.default.contents(atPath: full) { files[asset] = Array(data) }
        }
        return (files, diagnostics)
    }
}

/// Collects diagnostics from the closures that render a page.
final class DiagnosticSink {
    private(set) var all: [Diagnostic] = []
    func add(_ d: Diagnostic) { all.append(d) }
}
