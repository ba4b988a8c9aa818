import Engine
import Foundation
import Lessons

/// How to run a course's directives.
public struct RunOptions: Sendable {
    /// Worker threads for independent units (models × seeds, directives).
    public var jobs: Int
    /// The result cache, or nil to neither read nor write one (`--no-cache`).
    public var cache: ResultCache?

    public init(jobs: Int = WorkerPool.coreCount, cache: ResultCache?) {
        self.jobs = jobs
        self.cache = cache
    }
}

/// Everything the directives of a course produced.
public struct CourseResults: Sendable {
    /// Results of executed directives, by directive name.
    public var results: [String: DirectiveResult] = [:]
    /// Cache keys by directive name (the manifest and `verify` use them).
    public var keys: [String: CacheKey] = [:]
    /// Claims by name: whether each holds, and the numbers it read.
    public var claims: [String: ClaimOutcome] = [:]
    /// Models whose divergence a holding claim states, as "experiment/model label":
    /// a finding of the lesson, not a warning.
    public var expectedDivergences: Set<String> = []
    /// Warnings derived from the results (divergence, failing claims), and errors for runs that failed.
    public var diagnostics: [Diagnostic] = []
    public var summary = RunSummary()

    public init() {}
}

/// What the closing summary reports.
public struct RunSummary: Sendable {
    public var executed = 0
    public var cached = 0
    /// Seconds of work per lesson path (summed over units, not wall time).
    public var lessonSeconds: [String: Double] = [:]
    /// Seconds of work per directive name.
    public var directiveSeconds: [String: Double] = [:]

    public init() {}
}

/// Executes the directives of a checked course: experiments first (every
/// model × seed as an independent unit), then the directives that read
/// their trained models. Results come from the cache when their key is
/// there, and the output is the same for any number of workers.
public struct CourseRunner: Sendable {
    public var checked: CheckedCourse
    public var options: RunOptions
    public var progress: ProgressReporter

    public init(checked: CheckedCourse, options: RunOptions, progress: ProgressReporter) {
        self.checked = checked
        self.options = options
        self.progress = progress
    }

    var root: String { checked.course.root }

    public func run() -> CourseResults {
        var out = CourseResults()
        let jobs = checked.directives.directives.compactMap(DirectiveJob.init)
        let experiments = jobs.compactMap(ExperimentJob.init)
        for experiment in experiments {
            do {
                out.keys[experiment.name] = try experiment.cacheKey(root: root)
            } catch {
                // Without a key the experiment still runs; it is neither read from nor written to the cache.
                out.diagnostics.append(.warning(in: experiment.job.directive.kindRange, "'\(experiment.name)' is not cached: \(error)",
                                                hint: "the build runs it every time until libcrypto works again"))
            }
        }
        runExperiments(experiments, into: &out)
        runDependents(jobs, into: &out)
        ResultChecks.run(checked, &out)
        progress.clear()
        return out
    }

    /// Stores a result; a cache that cannot be written is said, not ignored (the site is
    /// still right, but the next build runs this again).
    func cacheWrite(_ result: DirectiveResult, key: CacheKey, for job: DirectiveJob, into out: inout CourseResults) {
        guard let cache = options.cache else { return }
        do {
            try cache.write(result, key: key)
        } catch {
            out.diagnostics.append(.warning(in: job.directive.kindRange, "cannot store the result of '\(job.name)' in the cache: \(ErrorText.plain(error))",
                                            hint: "check that the cache folder (.lessonrun/cache beside the lessons) is writable, or build with --no-cache"))
        }
    }
}
