import Foundation
import Lessons

/// The whole build: load, check, render, write atomically.
public struct SiteBuild {
    public var lessonsPath: String
    public var outputPath: String
    public var strict: Bool

    public init(lessonsPath: String, outputPath: String, strict: Bool = false) {
        self.lessonsPath = lessonsPath
        self.outputPath = outputPath
        self.strict = strict
    }

    /// What happened: every diagnostic, the sources to quote them from, and
    /// whether the output folder was replaced.
    public struct Outcome {
        public var report: DiagnosticReport
        public var wroteOutput: Bool
        public var pages: Int
        public var failed: Bool { report.errorCount > 0 || !wroteOutput }
    }

    /// Loads and checks only; writes nothing.
    public static func check(path: String) -> (PreparedCourse?, DiagnosticReport) {
        PreparedCourse.prepare(path: path)
    }

    /// Runs the build. With errors (or warnings under `strict`) nothing is
    /// written and the previous output stays.
    public func run() -> Outcome {
        let (loaded, checked) = Self.check(path: lessonsPath)
        var report = checked
        guard let prepared = loaded, report.errorCount == 0 else {
            return Outcome(report: report, wroteOutput: false, pages: 0)
        }
        let course = prepared.course
        let (files, warnings) = SiteRenderer(prepared: prepared).render()
        report.diagnostics += warnings
        if strict, report.warningCount > 0 {
            report.diagnostics = report.diagnostics.map { d in
                var e = d
                e.severity = .error
                return e
            }
            return Outcome(report: report, wroteOutput: false, pages: 0)
        }
        do {
            try AtomicOutput(destination: outputPath).write(files)
        } catch {
            report.diagnostics.append(.error(at: SourceLocation(path: outputPath, line: 1, column: 1),
                                             "cannot write the site: \(error.localizedDescription)",
                                             hint: "check that the folder is writable"))
            return Outcome(report: report, wroteOutput: false, pages: 0)
        }
        return Outcome(report: report, wroteOutput: true, pages: course.lessons.count + 1)
    }
}
