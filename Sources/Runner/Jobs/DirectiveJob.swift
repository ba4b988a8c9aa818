import Engine
import Lessons

/// A directive the runner executes, by the name it is known by in the
/// results (only named directives run; the checker requires names to be unique).
struct DirectiveJob: Sendable {
    var name: String
    var directive: Directive

    init?(_ directive: Directive) {
        guard let name = directive.name else { return nil }
        self.name = name
        self.directive = directive
    }

    /// The lesson's file name, for progress lines.
    var lesson: String {
        LocalPath(directive.kindRange.start.path).lastComponent ?? directive.kindRange.start.path
    }

    /// The lesson's path, for the summary's time per lesson.
    var lessonPath: String { directive.kindRange.start.path }
}

/// An experiment to run: its directive and its checked options.
struct ExperimentJob: Sendable {
    var job: DirectiveJob
    var experiment: ExperimentDirective

    init?(_ job: DirectiveJob) {
        guard case .experiment(let experiment) = job.directive.content else { return nil }
        self.job = job
        self.experiment = experiment
    }

    var name: String { job.name }

    /// What the result depends on: the options, the engine, and the content of the files the task reads.
    func cacheKey(root: String) throws(DigestError) -> CacheKey {
        try CacheKey(parts: ["experiment", experiment.canonicalForm, "engine \(engineVersion)"]
                     + TaskFiles.inputParts(experiment.task, root: root))
    }
}
