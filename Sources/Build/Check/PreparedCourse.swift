import Lessons
import Markdown
import Runner

/// A course checked in full — files, Markdown, directives, formulas, output
/// names and what running would find — with what rendering needs from the
/// checks (MathML for every formula).
///
/// This is the whole of `lessonrun check`, and the first step of a build:
/// the checks that need a later stage's knowledge (TeX, the engine, the
/// site's file names) run here, above those stages, so that `Lessons` stays
/// the lesson language and `check` never touches the renderer.
public struct PreparedCourse: Sendable {
    public var checked: CheckedCourse
    /// MathML by lesson path and formula position ("" for a formula that only defines macros).
    public var mathML: [String: [SourcePosition: String]]

    public var course: Course { checked.course }

    /// Runs every check on `path`. The course is nil only when nothing could
    /// be loaded; errors in the report mean nothing should be built.
    public static func prepare(path: String) -> (PreparedCourse?, DiagnosticReport) {
        let (loaded, checkReport) = CheckedCourse.check(path: path)
        var report = checkReport
        guard let checked = loaded else { return (nil, report) }
        let math = MathPass(course: checked.course, directives: checked.directives)
        report.diagnostics += math.diagnostics
        report.diagnostics += OutputNames.check(checked.directives.directives)
        if report.errorCount == 0 { report.diagnostics += Preflight.check(checked) }
        return (PreparedCourse(checked: checked, mathML: math.rendered), report)
    }
}
