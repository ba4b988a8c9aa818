import Engine
import Foundation
import Lessons

/// The directives that read experiments' trained models (gradient flow,
/// activations, predictions), run after the experiments.
extension CourseRunner {
    /// A dependent directive to run, with the cache key of its result.
    struct DependentJob: Sendable {
        var job: DirectiveJob
        var key: CacheKey
    }

    func runDependents(_ directives: [DirectiveJob], into out: inout CourseResults) {
        let jobs = directives.compactMap { planDependent($0, into: &out) }
        progress.expect(units: jobs.count)
        let results = out.results
        let reporter = progress
        let runner = self
        let outputs = WorkerPool(workers: options.jobs).map(jobs.count) { i in
            runner.runDependent(jobs[i].job, results: results, reporter: reporter)
        }
        for (dependent, (result, seconds)) in zip(jobs, outputs) {
            let job = dependent.job
            out.summary.directiveSeconds[job.name, default: 0] += seconds
            out.summary.lessonSeconds[job.lessonPath, default: 0] += seconds
            switch result {
            case .success(let value):
                out.results[job.name] = value
                out.summary.executed += 1
                cacheWrite(value, key: dependent.key, for: job, into: &out)
            case .failure(let error):
                out.diagnostics.append(.error(in: job.directive.kindRange, "cannot run '\(job.name)': \(error)"))
            }
        }
    }

    /// The job for a directive that reads experiments and is not in the cache (a cached
    /// result is taken at once); nil for other directives and for those whose experiment has no result.
    private func planDependent(_ job: DirectiveJob, into out: inout CourseResults) -> DependentJob? {
        let directive = job.directive
        switch directive.content {
        case .gradientFlow, .activations, .prediction: break
        default: return nil
        }
        var parts = [directive.kind.rawValue, directive.canonicalForm, "engine \(engineVersion)"]
        if let reference = directive.experimentReference {
            guard let experimentKey = out.keys[reference.name], out.results[reference.name] != nil else { return nil }
            parts.append(experimentKey.hex)
        }
        let key: CacheKey
        do {
            key = try CacheKey(parts: parts)
        } catch {
            out.diagnostics.append(.error(in: directive.kindRange, "cannot run '\(job.name)': \(error)"))
            return nil
        }
        out.keys[job.name] = key
        guard let cached = options.cache?.read(DirectiveResult.self, key: key) else { return DependentJob(job: job, key: key) }
        out.results[job.name] = cached
        out.summary.cached += 1
        return nil
    }

    /// Runs one dependent directive, reporting its progress; the result and the seconds it took.
    private func runDependent(_ job: DirectiveJob, results: [String: DirectiveResult],
                              reporter: ProgressReporter) -> (Result<DirectiveResult, RunError>, Double) {
        let token = reporter.begin(.init(lesson: job.lesson, directive: job.name, detail: job.directive.kind.rawValue, step: 0, steps: 1))
        let start = Date()
        let result: Result<DirectiveResult, RunError>
        do {
            result = .success(try execute(job.directive, results: results))
        } catch let error as RunError {
            result = .failure(error)
        } catch {
            result = .failure(RunError("\(error)"))
        }
        if case .failure = result {
            reporter.finish(token, summary: "failed")
        } else {
            reporter.finish(token, summary: "done")
        }
        return (result, Date().timeIntervalSince(start))
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
                let subjects = zip(labels, models).compactMap { label, model in
                    model.network.map { GradientFlowRunner.Subject(label: label, spec: $0, trained: [:]) }
                }
                guard let task = flow.task else { throw RunError("gradient-flow with models needs a task") }
                return .gradientFlow(try GradientFlowRunner.run(flow, subjects: subjects, task: task, root: root))
            case .experiment(let reference):
                let (e, r) = try experiment(reference)
                let task = try TaskFiles.task(e.task, root: root)
                // The experiment's networks: a baseline has no gradients.
                let subjects = try e.models.indices.compactMap { m -> GradientFlowRunner.Subject? in
                    guard let network = e.models[m].network else { return nil }
                    var trained: [Int: RecurrentModel<Float>] = [:]
                    for (s, run) in r.models[m].runs.enumerated() where flow.when.contains(.trained) {
                        trained[run.seed] = try r.model(m, seedIndex: s, spec: network, task: task)
                    }
                    return GradientFlowRunner.Subject(label: e.labels[m], spec: network, trained: trained)
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
