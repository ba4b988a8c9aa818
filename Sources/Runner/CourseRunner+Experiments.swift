import Engine
import Foundation
import Lessons

/// Experiments: every model × seed is an independent unit of work, identical
/// units in different experiments are trained once, and each experiment's
/// result is assembled from its units' outputs by their identity.
extension CourseRunner {
    /// An experiment that was not in the cache, with the task it trains on.
    struct PlannedExperiment: Sendable {
        var job: ExperimentJob
        var task: SequenceTask

        var trainingJobs: [TrainingJob] {
            job.experiment.models.indices.flatMap { m in
                job.experiment.seeds.map { seed in
                    TrainingJob(id: .init(experiment: job.name, model: m, seed: seed), directive: job.job,
                                experiment: job.experiment, task: task)
                }
            }
        }
    }

    func runExperiments(_ experiments: [ExperimentJob], into out: inout CourseResults) {
        let planned = experiments.filter { !readCached($0, into: &out) }.compactMap { plan($0, into: &out) }
        let outputs = train(planned.flatMap(\.trainingJobs))
        for experiment in planned { collect(experiment, outputs: outputs, into: &out) }
    }

    /// Takes the experiment's result from the cache when it is there; says whether it was.
    private func readCached(_ experiment: ExperimentJob, into out: inout CourseResults) -> Bool {
        // An entry written before runs recorded their traces is recomputed, so figures and claims can read them.
        guard let key = out.keys[experiment.name], let cached = options.cache?.read(DirectiveResult.self, key: key),
              case .experiment(let result) = cached, result.hasTraces else { return false }
        out.results[experiment.name] = cached
        out.summary.cached += 1
        return true
    }

    /// The experiment with its task, or nil (and an error) when the task cannot be made.
    private func plan(_ experiment: ExperimentJob, into out: inout CourseResults) -> PlannedExperiment? {
        do {
            return PlannedExperiment(job: experiment, task: try TaskFiles.task(experiment.experiment.task, root: root))
        } catch {
            out.diagnostics.append(.error(in: experiment.job.directive.kindRange, "cannot run experiment '\(experiment.name)': \(error)"))
            return nil
        }
    }

    /// Trains every job on the workers, each distinct unit once, and returns every job's
    /// output by its identity. A shared unit's time is counted once, where it first appears.
    private func train(_ jobs: [TrainingJob]) -> [TrainingJob.ID: TrainingOutput] {
        var units: [TrainingJob] = []
        var unitOfKey: [String: Int] = [:]
        let unitOfJob = jobs.map { job -> Int in
            if let found = unitOfKey[job.unitKey] { return found }
            unitOfKey[job.unitKey] = units.count
            units.append(job)
            return units.count - 1
        }
        progress.expect(units: units.count)
        let computed = trainUnits(units)
        var outputs: [TrainingJob.ID: TrainingOutput] = [:]
        var counted = Set<Int>()
        for (job, unit) in zip(jobs, unitOfJob) where outputs[job.id] == nil {
            var output = computed[unit]
            if !counted.insert(unit).inserted { output.seconds = 0 }
            outputs[job.id] = output
        }
        return outputs
    }

    /// Trains the units on the workers, within the memory budget; outputs in the units' order.
    private func trainUnits(_ units: [TrainingJob]) -> [TrainingOutput] {
        let reporter = progress
        let memory = units.map(\.peakBytes)
        return WorkerPool(workers: options.jobs).map(units.count, bytes: { memory[$0] }, budget: TrainingMemory.budget) { i in
            Self.train(units[i], reporter: reporter)
        }
    }

    /// Trains one unit, reporting its progress.
    private static func train(_ job: TrainingJob, reporter: ProgressReporter) -> TrainingOutput {
        let token = reporter.begin(.init(lesson: job.directive.lesson, directive: job.directive.name,
                                         detail: "\(job.label) · seed \(job.id.seed)", step: 0, steps: job.experiment.steps))
        let start = Date()
        do {
            let unit = ExperimentUnit(experiment: job.experiment, modelIndex: job.id.model, seed: job.id.seed, task: job.task)
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

    /// Assembles an experiment's result from its jobs' outputs, stores it and counts its time;
    /// a failed run is an error and leaves the experiment without a result.
    private func collect(_ planned: PlannedExperiment, outputs: [TrainingJob.ID: TrainingOutput], into out: inout CourseResults) {
        let (job, experiment) = (planned.job.job, planned.job.experiment)
        var failed = false
        var models: [ModelResult] = []
        for m in experiment.models.indices {
            var runs: [SeedRun] = []
            var count = 0
            for seed in experiment.seeds {
                // Every job was trained; a missing output would be a bug, and is said rather than skipped.
                let output = outputs[TrainingJob.ID(experiment: job.name, model: m, seed: seed)]
                    ?? TrainingOutput(run: nil, parameterCount: 0, error: "the run was never scheduled (a bug in lessonrun)", seconds: 0)
                out.summary.directiveSeconds[job.name, default: 0] += output.seconds
                out.summary.lessonSeconds[job.lessonPath, default: 0] += output.seconds
                if let error = output.error {
                    out.diagnostics.append(.error(in: job.directive.kindRange, "training '\(experiment.labels[m])' failed: \(error)"))
                    failed = true
                }
                if let run = output.run {
                    runs.append(run)
                    count = output.parameterCount
                }
            }
            models.append(ModelResult(label: experiment.labels[m], parameterCount: count, runs: runs))
        }
        guard !failed else { return }
        let task = planned.task
        let summary = TaskSummary(description: experiment.task.canonicalForm, baseline: task.baseline,
                                  hasAccuracy: task.hasAccuracy, isClassification: task.loss.isClassification)
        let result = DirectiveResult.experiment(ExperimentResult(task: summary, models: models))
        out.results[job.name] = result
        out.summary.executed += 1
        if let key = out.keys[job.name] { cacheWrite(result, key: key, for: job, into: &out) }
    }
}
