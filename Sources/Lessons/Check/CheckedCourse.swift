/// A course that has been loaded and checked: its lessons and its valid
/// directives, ready for the runner and the site.
public struct CheckedCourse: Sendable {
    public var course: Course
    public var directives: CourseDirectives

    /// Loads `path` and runs every check: files, front matter, Markdown,
    /// links, directives, references and roles. The course is nil only when
    /// nothing could be loaded; with errors in the report, nothing should run.
    public static func check(path: String) -> (CheckedCourse?, DiagnosticReport) {
        let result = CourseLoader.load(path: path)
        var diagnostics = result.diagnostics
        var sources: [String: SourceFile] = [:]
        guard let course = result.course else {
            return (nil, DiagnosticReport(diagnostics: diagnostics, sources: sources))
        }
        for lesson in course.lessons { sources[lesson.source.path] = lesson.source }
        if let macros = course.macros { sources[macros.path] = macros }
        diagnostics += CourseChecks.run(course)
        let scan = CourseScan(course: course)
        diagnostics += scan.diagnostics
        let checked = CheckedCourse(course: course, directives: scan.directives)
        return (checked, DiagnosticReport(diagnostics: diagnostics, sources: sources))
    }
}
