import Lessons
import Markdown
import Runner

/// A course checked in full — files, Markdown, directives, formulas — with
/// what rendering needs from the checks (MathML for every formula).
public struct PreparedCourse: Sendable {
    public var checked: CheckedCourse
    var math: [String: [SourcePositionKey: String]]

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
        let keyed = math.rendered.mapValues { page in
            Dictionary(uniqueKeysWithValues: page.map { (SourcePositionKey($0.key), $0.value) })
        }
        return (PreparedCourse(checked: checked, math: keyed), report)
    }
}

/// A formula's position, hashable across module boundaries without
/// exposing Markdown's types in Site's API.
struct SourcePositionKey: Hashable, Sendable {
    var line: Int
    var column: Int

    init(_ position: SourcePosition) {
        line = position.line
        column = position.column
    }
}
