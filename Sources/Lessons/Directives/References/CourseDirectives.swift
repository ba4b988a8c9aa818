/// All directives of a course, for the checks that span blocks: unique names,
/// references to experiments and their models, and inline roles.
///
/// Names are unique across the whole course, since `{result}` and `{numref}`
/// name a figure without its lesson. An experiment that nothing references is
/// not a warning: it renders its own figure, so it is never unused.
public struct CourseDirectives: Sendable {
    /// Directives in the order they were added.
    public private(set) var directives: [Directive] = []
    private var declarations: [String: Declaration] = [:]
    private var byName: [String: Directive] = [:]
    /// By the lesson and line of the block's opening fence.
    private var byFence: [FenceKey: Directive] = [:]

    private struct FenceKey: Hashable {
        var path: String
        var line: Int
    }

    public init() {}

    /// Registers one block's result (in course order). Returns an error for a name
    /// that is already taken, pointing at this block, with a note at the first.
    public mutating func add(_ result: DirectiveParseResult) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let declaration = result.declaration {
            if let first = declarations[declaration.name] {
                diagnostics.append(.duplicate("name '\(declaration.name)'", at: declaration.nameRange, first: first.nameRange,
                                              firstIs: "'\(declaration.name)' is first defined here",
                                              hint: "every figure of the course needs its own name; rename one of them"))
                return diagnostics
            }
            declarations[declaration.name] = declaration
        }
        if let directive = result.directive {
            directives.append(directive)
            if let name = directive.name { byName[name] = directive }
            byFence[FenceKey(path: directive.kindRange.start.path, line: directive.kindRange.start.line)] = directive
        }
        return diagnostics
    }

    /// The same directives, each replaced by `transform` (names and fences unchanged).
    public func mapDirectives(_ transform: (Directive) -> Directive) -> CourseDirectives {
        var copy = self
        copy.directives = directives.map(transform)
        copy.byName = byName.mapValues(transform)
        copy.byFence = byFence.mapValues(transform)
        return copy
    }

    /// The valid directive called `name`.
    public func directive(named name: String) -> Directive? { byName[name] }

    /// The valid directive whose block opens on `line` of the lesson at
    /// `path`: the pages find their directives here rather than parsing
    /// the blocks again.
    public func directive(fencedAt path: String, line: Int) -> Directive? {
        byFence[FenceKey(path: path, line: line)]
    }

    /// The declaration (valid or not) called `name`.
    public func declaration(named name: String) -> Declaration? { declarations[name] }

    /// Checks every reference of every registered directive.
    public func checkReferences() -> [Diagnostic] {
        directives.flatMap { ReferenceChecker(course: self).check($0) }
    }

    /// The experiment a reference names, or an error. `.invalid` means the name is
    /// declared but its block has errors (already reported), so no more is said.
    enum Lookup {
        case found(ExperimentDirective)
        case invalid
        case failed(Diagnostic)
    }

    func experiment(_ reference: NameReference) -> Lookup {
        guard let declaration = declarations[reference.name] else {
            let experiments = declarations.values.filter { $0.kind == .experiment }.map(\.name).sorted()
            return .failed(.error(in: reference.range, "unknown experiment '\(reference.name)'" + DidYouMean.clause(for: reference.name, among: experiments),
                                  hint: experiments.isEmpty ? "no experiment is defined in this course yet"
                                      : "experiments are " + DidYouMean.list(experiments, conjunction: "and")))
        }
        guard declaration.kind == .experiment else {
            return .failed(.error(in: reference.range, "'\(reference.name)' is a \(declaration.kind.rawValue), not an experiment",
                                  hint: "name an experiment directive here"))
        }
        guard case .experiment(let experiment)? = byName[reference.name]?.content else { return .invalid }
        return .found(experiment)
    }

    /// Names of figures that `{numref}` can point at, for suggestions.
    var names: [String] { declarations.keys.sorted() }
}
