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

    static func lessonName(_ directive: Directive) -> String {
        LocalPath(directive.kindRange.start.path).lastComponent ?? directive.kindRange.start.path
    }

    public func run() -> CourseResults {
        var out = CourseResults()
        let named = checked.directives.directives.filter { $0.name != nil }
        let experiments = named.compactMap { d -> (Directive, ExperimentDirective)? in
            if case .experiment(let e) = d.content { (d, e) } else { nil }
        }
        for (directive, experiment) in experiments {
            out.keys[directive.name ?? ""] = CacheKey(parts: ["experiment", experiment.canonicalForm, "engine \(engineVersion)"]
                                                          + TaskFiles.inputParts(experiment.task, root: root))
        }
        runExperiments(experiments, into: &out)
        runDependents(named, into: &out)
        ResultChecks.run(checked, &out)
        progress.clear()
        return out
    }

    // MARK: Experiments

    private struct TrainingJob: Sendable {
        var directive: Directive
        var experiment: ExperimentDirective
        var modelIndex: Int
        var seed: Int

        /// What determines the run's bits: two jobs with the same key (the same model in two
        /// experiments with the same task, training options and seed) are trained once.
        var unitKey: String {
            var model = experiment.models[modelIndex]
            model.label = nil
            model.training = TrainingOverrides()
            return [model.canonicalForm, experiment.task.canonicalForm, String(experiment.steps), String(experiment.batch),
                    experiment.optimizer(for: modelIndex).canonicalForm, String(experiment.clip(for: modelIndex)),
                    experiment.schedule(for: modelIndex).canonicalForm, String(experiment.evalEvery),
                    String(seed), String(experiment.saveWeights.contains(.`init`))].joined(separator: "|")
        }
    }

    private struct TrainingOutput: Sendable {
        var run: SeedRun?
        var parameterCount: Int
        var error: String?
        var seconds: Double
    }

    private func runExperiments(_ experiments: [(Directive, ExperimentDirective)], into out: inout CourseResults) {
        var jobs: [TrainingJob] = []
        var pending: [(Directive, ExperimentDirective, SequenceTask)] = []
        for (directive, experiment) in experiments {
            let name = directive.name ?? ""
            // An entry written before runs recorded their traces is recomputed, so figures and claims can read them.
            if let key = out.keys[name], let cached = options.cache?.read(DirectiveResult.self, key: key),
               case .experiment(let result) = cached, result.hasTraces {
                out.results[name] = cached
                out.summary.cached += 1
                continue
            }
            do {
                let task = try TaskFiles.task(experiment.task, root: root)
                pending.append((directive, experiment, task))
                for m in experiment.models.indices {
                    for seed in experiment.seeds {
                        jobs.append(TrainingJob(directive: directive, experiment: experiment, modelIndex: m, seed: seed))
                    }
                }
            } catch {
                out.diagnostics.append(.error(in: directive.kindRange, "cannot run experiment '\(name)': \(error)"))
            }
        }
        let tasks = Dictionary(pending.map { ($0.0.name ?? "", $0.2) }, uniquingKeysWith: { a, _ in a })
        // Identical runs in different experiments are trained once, by their unit key.
        var unique: [TrainingJob] = []
        var uniqueIndex: [String: Int] = [:]
        let slots = jobs.map { job -> Int in
            let key = job.unitKey
            if let found = uniqueIndex[key] { return found }
            uniqueIndex[key] = unique.count
            unique.append(job)
            return unique.count - 1
        }
        progress.expect(units: unique.count)
        let reporter = progress
        let trainingJobs = unique
        let memory = trainingJobs.map { job in
            tasks[job.directive.name ?? ""].map {
                TrainingMemory.peakBytes(job.experiment.models[job.modelIndex].model, task: $0, batch: job.experiment.batch)
            } ?? 0
        }
        let computed = WorkerPool(workers: options.jobs).map(unique.count, bytes: { memory[$0] }, budget: TrainingMemory.budget) { i -> TrainingOutput in
            let job = trainingJobs[i]
            let name = job.directive.name ?? ""
            let label = job.experiment.labels[job.modelIndex]
            let token = reporter.begin(.init(lesson: Self.lessonName(job.directive), directive: name,
                                             detail: "\(label) · seed \(job.seed)", step: 0, steps: job.experiment.steps))
            let start = Date()
            guard let task = tasks[name] else { return TrainingOutput(run: nil, parameterCount: 0, error: "no task", seconds: 0) }
            do {
                let unit = ExperimentUnit(experiment: job.experiment, modelIndex: job.modelIndex, seed: job.seed, task: task)
                let (run, count) = try unit.run { step, loss in reporter.update(token, step: step, loss: loss) }
                let seconds = Date().timeIntervalSince(start)
                let summary = run.divergedAt.map { "diverged at step \($0)" } ?? "test loss \(ProgressReporter.format(run.finalLoss))"
                reporter.finish(token, summary: summary + String(format: " (%.1fs)", seconds))
                return TrainingOutput(run: run, parameterCount: count, error: nil, seconds: seconds)
            } catch {
                reporter.finish(token, summary: "failed: \(error)")
                return TrainingOutput(run: nil, parameterCount: 0, error: "\(error)", seconds: Date().timeIntervalSince(start))
            }
        }
        var shared = Set<Int>()
        let outputs = slots.map { slot -> TrainingOutput in
            // A shared run's time is counted once, where it first appears.
            var output = computed[slot]
            if !shared.insert(slot).inserted { output.seconds = 0 }
            return output
        }
        var index = 0
        for (directive, experiment, task) in pending {
            let name = directive.name ?? ""
            var models: [ModelResult] = []
            var failed = false
            for m in experiment.models.indices {
                var runs: [SeedRun] = []
                var count = 0
                for _ in experiment.seeds {
                    let output = outputs[index]
                    index += 1
                    out.summary.directiveSeconds[name, default: 0] += output.seconds
                    out.summary.lessonSeconds[directive.kindRange.start.path, default: 0] += output.seconds
                    if let error = output.error {
                        out.diagnostics.append(.error(in: directive.kindRange, "training '\(experiment.labels[m])' failed: \(error)"))
                        failed = true
                    }
                    if let run = output.run {
                        runs.append(run)
                        count = output.parameterCount
                    }
                }
                models.append(ModelResult(label: experiment.labels[m], parameterCount: count, runs: runs))
            }
            guard !failed else { continue }
            let summary = TaskSummary(description: experiment.task.canonicalForm, baseline: task.baseline,
                                      hasAccuracy: task.hasAccuracy, isClassification: task.loss.isClassification)
            let result = DirectiveResult.experiment(ExperimentResult(task: summary, models: models))
            out.results[name] = result
            out.summary.executed += 1
            if let key = out.keys[name] { cacheWrite(result, key: key, for: directive, into: &out) }
        }
    }

    // MARK: Directives that read experiments

    private struct DependentJob: Sendable {
        var directive: Directive
        var key: CacheKey
    }

    private func runDependents(_ directives: [Directive], into out: inout CourseResults) {
        var jobs: [DependentJob] = []
        for directive in directives {
            let name = directive.name ?? ""
            switch directive.content {
            case .gradientFlow, .activations, .prediction: break
            default: continue
            }
            var parts = [directive.kind.rawValue, directive.canonicalForm, "engine \(engineVersion)"]
            if let reference = directive.experimentReference {
                guard let experimentKey = out.keys[reference.name], out.results[reference.name] != nil else { continue }
                parts.append(experimentKey.hex)
            }
            let key = CacheKey(parts: parts)
            out.keys[name] = key
            if let cached = options.cache?.read(DirectiveResult.self, key: key) {
                out.results[name] = cached
                out.summary.cached += 1
            } else {
                jobs.append(DependentJob(directive: directive, key: key))
            }
        }
        progress.expect(units: jobs.count)
        let results = out.results
        let reporter = progress
        let runner = self
        let dependentJobs = jobs
        let outputs = WorkerPool(workers: options.jobs).map(jobs.count) { i -> (Result<DirectiveResult, RunError>, Double) in
            let directive = dependentJobs[i].directive
            let token = reporter.begin(.init(lesson: Self.lessonName(directive), directive: directive.name ?? "",
                                             detail: directive.kind.rawValue, step: 0, steps: 1))
            let start = Date()
            let result: Result<DirectiveResult, RunError>
            do {
                result = .success(try runner.execute(directive, results: results))
            } catch let error as RunError {
                result = .failure(error)
            } catch {
                result = .failure(RunError("\(error)"))
            }
            reporter.finish(token, summary: (try? result.get()) == nil ? "failed" : "done")
            return (result, Date().timeIntervalSince(start))
        }
        for (job, (result, seconds)) in zip(jobs, outputs) {
            let name = job.directive.name ?? ""
            out.summary.directiveSeconds[name, default: 0] += seconds
            out.summary.lessonSeconds[job.directive.kindRange.start.path, default: 0] += seconds
            switch result {
            case .success(let value):
                out.results[name] = value
                out.summary.executed += 1
                cacheWrite(value, key: job.key, for: job.directive, into: &out)
            case .failure(let error):
                out.diagnostics.append(.error(in: job.directive.kindRange, "cannot run '\(name)': \(error)"))
            }
        }
    }

    /// Stores a result; a cache that cannot be written is said, not ignored (the site is
    /// still right, but the next build runs this again).
    private func cacheWrite(_ result: DirectiveResult, key: CacheKey, for directive: Directive, into out: inout CourseResults) {
        guard let cache = options.cache else { return }
        do {
            try cache.write(result, key: key)
        } catch {
            out.diagnostics.append(.warning(in: directive.kindRange, "cannot store the result of '\(directive.name ?? directive.kind.rawValue)' in the cache: \(error.localizedDescription)",
                                            hint: "check that the cache folder (.lessonrun/cache beside the lessons) is writable, or build with --no-cache"))
        }
    }

    private func execute(_ directive: Directive, results: [String: DirectiveResult]) throws -> DirectiveResult {
        func experiment(_ reference: NameReference) throws -> (ExperimentDirective, ExperimentResult) {
            guard let d = checked.directives.directive(named: reference.name), case .experiment(let e) = d.content,
                  case .experiment(let r)? = results[reference.name] else {
                throw RunError("experiment '\(reference.name)' has no results")
            }
            return (e, r)
        }
        switch directive.content {
        case .gradientFlow(let flow):
            switch flow.source {
            case .models(let models):
                let labels = ModelLabels.labels(for: models)
                let subjects = zip(labels, models).map { GradientFlowRunner.Subject(label: $0, spec: $1, trained: [:]) }
                guard let task = flow.task else { throw RunError("gradient-flow with models needs a task") }
                return .gradientFlow(try GradientFlowRunner.run(flow, subjects: subjects, task: task, root: root))
            case .experiment(let reference):
                let (e, r) = try experiment(reference)
                let task = try TaskFiles.task(e.task, root: root)
                let subjects = try e.models.indices.map { m in
                    var trained: [Int: RecurrentModel<Float>] = [:]
                    for (s, run) in r.models[m].runs.enumerated() where flow.when.contains(.trained) {
                        trained[run.seed] = try r.model(m, seedIndex: s, spec: e.models[m], task: task)
                    }
                    return GradientFlowRunner.Subject(label: e.labels[m], spec: e.models[m], trained: trained)
                }
                return .gradientFlow(try GradientFlowRunner.run(flow, subjects: subjects, task: flow.task ?? e.task, root: root))
            }
        case .activations(let a):
            let (e, r) = try experiment(a.experiment)
            return .activations(try ActivationsRunner.run(a, experiment: e, result: r, root: root))
        case .prediction(let p):
            let (e, r) = try experiment(p.experiment)
            return .prediction(try PredictionRunner.run(p, experiment: e, result: r, root: root))
        default:
            throw RunError("'\(directive.kind.rawValue)' is not executed")
        }
    }
}
