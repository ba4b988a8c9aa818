import Build
import Foundation
import Lessons
import Markdown
import Testing

/// The check step of the pipeline: everything `lessonrun check` reports, and the MathML
/// the site then renders, without the site.
@Suite struct PreparedCourseTests {
    /// A lessons folder with `files`, removed after `body`.
    func withLessons(_ files: [String: String], _ body: (String) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("prepared-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
        try body(root.path)
    }

    @Test func goodFormulasBecomeMathMLByPosition() throws {
        try withLessons(["01-a.md": "# A\n\nLet $x^2$ be.\n"]) { path in
            let (prepared, report) = PreparedCourse.prepare(path: path)
            #expect(report.errorCount == 0, "\(report.diagnostics.map(\.message))")
            let course = try #require(prepared)
            let lesson = try #require(course.course.lessons.first)
            let page = try #require(course.mathML[lesson.source.path])
            #expect(page.keys.map(\.line) == [3])
            let formula = try #require(page.values.first)
            #expect(formula.contains("<msup><mi>x</mi><mn>2</mn></msup>"))
        }
    }

    /// Errors in the course's macros file, in front-matter macros and in formulas are all
    /// located where they were written.
    @Test func badFormulasAndMacrosAreLocatedErrors() throws {
        try withLessons([
            "course.yml": "title: T\nmacros: macros.tex\n",
            "macros.tex": "\\newcommand{\\v}{\\mathbf{v}\n",
            "01-a.md": "---\nmacros: \\newcommand{\\w}{\\bogus}\n---\n# A\n\nLet $\\sigmaa$ be.\n",
        ]) { path in
            let (_, report) = PreparedCourse.prepare(path: path)
            let errors = report.diagnostics.filter { $0.severity == .error }
            let places = errors.map { "\(LocalPath($0.location.path).lastComponent ?? ""):\($0.location.line)" }
            #expect(places.contains("macros.tex:1"), "\(errors.map(\.message))")
            #expect(places.contains("01-a.md:6"), "\(errors.map(\.message))")
            #expect(errors.contains { $0.message.contains("\\sigmaa") })
        }
    }
}
