import Foundation
import Lessons
import Markdown
import Runner

/// Renders a checked course and its results into the site's files
/// (relative path → bytes), in memory, with the warnings found on the way.
public struct SiteRenderer {
    public var checked: CheckedCourse
    /// MathML by lesson path and formula position, as the math check converted them.
    public var mathML: [String: [SourcePosition: String]]
    public var results: CourseResults

    public var course: Course { checked.course }

    public init(checked: CheckedCourse, mathML: [String: [SourcePosition: String]], results: CourseResults) {
        self.checked = checked
        self.mathML = mathML
        self.results = results
    }

    public func render() -> (files: [String: [UInt8]], diagnostics: [Diagnostic]) {
        var files: [String: [UInt8]] = [:]
        var diagnostics: [Diagnostic] = []
        files["index.html"] = Array(IndexPage(course: course).render().utf8)
        files["style.css"] = Array((Stylesheet.css + AuthoringStyles.css).utf8)
        let (fonts, fontWarnings) = MathFont.files()
        files.merge(fonts) { $1 }
        diagnostics += fontWarnings
        let figures = FigureIndex(course: course, directives: checked.directives)
        let output = RenderOutput()
        var search = SearchIndex()
        for index in course.lessons.indices {
            let lesson = course.lessons[index]
            let context = PageContext(lesson: lesson, checked: checked, math: mathML[lesson.source.path] ?? [:], results: results, figures: figures, output: output)
            let page = LessonPage(course: course, index: index, inline: context.inlineRenderer, directive: context.directiveHTML,
                                  references: context.citations?.referenceList() ?? "")
            files[lesson.pageName] = Array(page.render().utf8)
            search.add(lesson, number: index + 1, directiveText: context.directiveSearchText)
        }
        files.merge(readerFiles(search: search)) { $1 }
        for figure in output.figurePages {
            let title = course.lessons.first { $0.pageName == figure.lessonPage }?.title ?? course.config.title
            files[figure.path] = Array(FigurePage(course: course.config, figure: figure, lessonTitle: title).render().utf8)
        }
        if let bibliography = course.bibliography {
            files["bibliography.html"] = Array(BibliographyPage(course: course, bibliography: bibliography, cited: checked.cited).render().utf8)
        }
        files.merge(output.files) { $1 }
        do {
            files["manifest.json"] = try Manifest.encode(output.manifest)
        } catch {
            diagnostics.append(.error(at: SourceLocation(path: "manifest.json", line: 1, column: 1),
                                      "cannot encode the site's manifest: \(error)", hint: "this is a bug in lessonrun; please report it"))
        }
        diagnostics += output.warnings
        let tree = CourseTree(root: course.root)
        for asset in course.assets {
            switch tree.read(asset) {
            case .success(let bytes): files[asset] = bytes
            case .failure(let refusal):
                // Checked before running (CourseChecks); this catches a file that changed since.
                diagnostics.append(.error(at: SourceLocation(path: LocalPath(course.root).appending(asset).string, line: 1, column: 1),
                                          "'\(asset)' cannot be copied into the site: \(refusal)",
                                          hint: "make the file readable, or remove it from the lessons folder"))
            }
        }
        return (files, diagnostics)
    }

    /// The pages and scripts around the lessons: search, running the
    /// course yourself, and the sitemap when the course gives its `url`.
    func readerFiles(search: SearchIndex) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        files[SearchPage.path] = Array(SearchPage(course: course).render().utf8)
        files[SearchIndex.file] = search.script()
        files[SiteScripts.searchFile] = Array(SiteScripts.search.utf8)
        files[SiteScripts.outlineFile] = Array(SiteScripts.outline.utf8)
        files[RunPage.path] = Array(RunPage(course: course).render().utf8)
        if let sitemap = Sitemap.xml(course: course) { files["sitemap.xml"] = Array(sitemap.utf8) }
        return files
    }
}

/// `manifest.json`: every figure and table with the SHA-256 of its data.
public enum Manifest {
    static func encode(_ entries: [ManifestEntry]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(["entries": entries])) + [10]
    }
}
