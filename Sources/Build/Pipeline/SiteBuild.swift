import Foundation
import Lessons
import Runner
import Site

/// The whole build: load, check, run the directives, render, write atomically.
public struct SiteBuild {
    public var lessonsPath: String
    public var outputPath: String
    public var strict: Bool
    public var jobs: Int
    /// Read and write the result cache (`--no-cache` turns it off).
    public var useCache: Bool
    public var progress: ProgressReporter
    /// Moves every seed of every directive by this much (`--seed-offset`).
    public var seedOffset: Int

    public init(lessonsPath: String, outputPath: String, strict: Bool = false, jobs: Int = WorkerPool.coreCount,
                useCache: Bool = true, progress: ProgressReporter = .silent, seedOffset: Int = 0) {
        self.seedOffset = seedOffset
        self.lessonsPath = lessonsPath
        self.outputPath = outputPath
        self.strict = strict
        self.jobs = jobs
        self.useCache = useCache
        self.progress = progress
    }

    /// What happened: every diagnostic, the sources to quote them from,
    /// whether the output folder was replaced, and what ran.
    public struct Outcome {
        public var report: DiagnosticReport
        public var wroteOutput: Bool
        public var pages: Int
        public var results: CourseResults?
        /// Lessons in the course (0 when it could not be loaded).
        public var lessons: Int = 0
        public var failed: Bool { report.errorCount > 0 || !wroteOutput }
    }

    /// A site rendered in memory, with everything that was said on the way.
    public struct Rendered {
        public var files: [String: [UInt8]] = [:]
        public var report: DiagnosticReport
        public var results: CourseResults?
        public var lessons = 0
    }

    /// Checks, runs and renders without writing anything.
    public func render() -> Rendered {
        let (loaded, checked) = PreparedCourse.prepare(path: lessonsPath)
        var rendered = Rendered(report: checked)
        guard var prepared = loaded, checked.errorCount == 0 else { return rendered }
        prepared.checked = prepared.checked.offsettingSeeds(by: seedOffset)
        rendered.lessons = prepared.course.lessons.count
        let cache = useCache ? ResultCache(forLessons: lessonsPath) : nil
        let results = CourseRunner(checked: prepared.checked, options: RunOptions(jobs: jobs, cache: cache), progress: progress).run()
        rendered.results = results
        rendered.report.diagnostics += results.diagnostics
        guard rendered.report.errorCount == 0 else { return rendered }
        let (files, warnings) = SiteRenderer(checked: prepared.checked, mathML: prepared.mathML, results: results).render()
        rendered.files = files
        rendered.report.diagnostics += warnings
        return rendered
    }

    /// Runs the build. With errors (or warnings under `strict`) nothing is
    /// written and the previous output stays.
    public func run() -> Outcome {
        let rendered = render()
        var report = rendered.report
        let (files, results) = (rendered.files, rendered.results)
        var outcome = Outcome(report: report, wroteOutput: false, pages: 0, results: results, lessons: rendered.lessons)
        guard report.errorCount == 0 else { return outcome }
        if strict, report.warningCount > 0 {
            outcome.report.diagnostics = report.diagnostics.map { d in
                var e = d
                e.severity = .error
                return e
            }
            return outcome
        }
        do {
            try AtomicOutput(destination: outputPath).write(files)
        } catch {
            report.diagnostics.append(.error(at: SourceLocation(path: outputPath, line: 1, column: 1),
                                             "cannot write the site: \(ErrorText.plain(error))",
                                             hint: "check that the folder is writable"))
            outcome.report = report
            return outcome
        }
        outcome.wroteOutput = true
        outcome.pages = files.keys.filter { $0.hasSuffix(".html") }.count
        return outcome
    }
}
