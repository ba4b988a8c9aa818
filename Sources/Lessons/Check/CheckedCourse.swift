/// A course that has been loaded and checked: its lessons and its valid
/// directives, ready for the runner and the site.
public struct CheckedCourse: Sendable {
    public var course: Course
    public var directives: CourseDirectives
    /// Numbered equations, for `{eq}` and the formulas' numbers.
    public var equations: EquationIndex
    /// The keys each lesson cites (by display path), in the order first cited.
    public var cited: [String: [String]]

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
        for file in [course.macros, course.configFile, course.bibliographyFile].compactMap({ $0 }) { sources[file.path] = file }
        diagnostics += CourseChecks.run(course)
        let scan = CourseScan(course: course)
        diagnostics += scan.diagnostics
        let checked = CheckedCourse(course: course, directives: scan.directives, equations: scan.equations, cited: scan.cited)
        return (checked, DiagnosticReport(diagnostics: diagnostics, sources: sources))
    }
}

extension CheckedCourse {
    /// The course with every seed of every directive moved by `offset`
    /// (`--seed-offset`): the experiments' seeds, the gradient-flow seeds and
    /// the seeds of generated activation inputs. The canonical forms, and so
    /// the cache keys, change with them.
    public func offsettingSeeds(by offset: Int) -> CheckedCourse {
        guard offset != 0 else { return self }
        var copy = self
        copy.directives = directives.mapDirectives { directive in
            var directive = directive
            switch directive.content {
            case .experiment(var experiment):
                experiment.seeds = experiment.seeds.map { $0 + offset }
                directive.content = .experiment(experiment)
            case .gradientFlow(var flow):
                flow.seeds = flow.seeds.map { $0 + offset }
                directive.content = .gradientFlow(flow)
            case .activations(var activations):
                if case .seed(let seed) = activations.input { activations.input = .seed(seed + offset) }
                directive.content = .activations(activations)
            default:
                break
            }
            return directive
        }
        return copy
    }
}
