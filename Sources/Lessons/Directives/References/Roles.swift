/// An inline role, checked and resolved against the course's directives.
public enum ResolvedRole: Hashable, Sendable {
    /// `` {result}`experiment/model/metric` ``: one number from an experiment's results.
    case result(ResultReference)
    /// `` {numref}`name` ``: a link to a figure, shown as "Figure 5.2" (per lesson).
    case numref(name: String)
    /// `` {claim}`name` ``: a link to a checked claim, marked with whether it holds.
    case claim(name: String)
}

/// What a `{result}` role names, resolved: the model as a 0-based index into the experiment's models.
public struct ResultReference: Hashable, Sendable {
    public var experiment: String
    public var modelIndex: Int
    public var modelLabel: String
    public var metric: Metric

    public init(experiment: String, modelIndex: Int, modelLabel: String, metric: Metric) {
        self.experiment = experiment
        self.modelIndex = modelIndex
        self.modelLabel = modelLabel
        self.metric = metric
    }
}

extension CourseDirectives {
    /// The roles lessonrun knows.
    public static let roleNames = ["result", "numref", "claim", "eq"] + Citations.roleNames

    /// Checks an inline role and resolves it.
    /// - Parameters:
    ///   - name: the role's name, without braces (`result`, `numref`).
    ///   - content: the text between the backticks.
    ///   - location: where the content's first character is (columns count Unicode scalars).
    /// - Returns: the resolved role, or nil and the errors (an unknown role name is one).
    public func checkRole(_ name: String, content: String, at location: SourceLocation) -> (role: ResolvedRole?, diagnostics: [Diagnostic]) {
        let contentRange = SourceRange(location, length: content.unicodeScalars.count)
        switch name {
        case "numref":
            let target = content.trimmingSpaces()
            guard let declaration = declaration(named: target.text) else {
                let names = self.names
                return (nil, [.error(in: SourceRange(location.advanced(by: target.offset), length: max(1, target.text.unicodeScalars.count)),
                                     "unknown figure '\(target.text)'" + DidYouMean.clause(for: target.text, among: names),
                                     hint: names.isEmpty ? "name a directive: ```{experiment} name" : "figures are " + DidYouMean.list(names, conjunction: "and"))])
            }
            return (.numref(name: declaration.name), [])
        case "result":
            return checkResult(content, at: location, range: contentRange)
        case "claim":
            let target = content.trimmingSpaces()
            let claims = directives.filter { $0.kind == .claim }.compactMap(\.name).sorted()
            guard let declaration = declaration(named: target.text), declaration.kind == .claim else {
                return (nil, [.error(in: SourceRange(location.advanced(by: target.offset), length: max(1, target.text.unicodeScalars.count)),
                                     "unknown claim '\(target.text)'" + DidYouMean.clause(for: target.text, among: claims),
                                     hint: claims.isEmpty ? "state one: ```{claim} name" : "claims are " + DidYouMean.list(claims, conjunction: "and"))])
            }
            return (.claim(name: declaration.name), [])
        default:
            let known = Self.roleNames
            // The name sits just before "}`" in front of the content.
            var start = location.advanced(by: -(name.unicodeScalars.count + 2))
            start.column = max(1, start.column)
            return (nil, [.error(in: SourceRange(start, length: name.unicodeScalars.count),
                                 "unknown role '{\(name)}'" + DidYouMean.clause(for: name, among: known),
                                 hint: "roles are {result}`experiment/model/metric`, {numref}`name`, {claim}`name`, {eq}`label` and {cite}`key`")])
        }
    }

    private func checkResult(_ content: String, at location: SourceLocation, range: SourceRange) -> (ResolvedRole?, [Diagnostic]) {
        // Split on '/', keeping where each part starts so errors point into the role.
        var parts: [(text: String, range: SourceRange)] = []
        var offset = 0
        for piece in content.split(separator: "/", omittingEmptySubsequences: false) {
            let trimmed = String(piece).trimmingSpaces()
            parts.append((trimmed.text, SourceRange(location.advanced(by: offset + trimmed.offset), length: max(1, trimmed.text.unicodeScalars.count))))
            offset += piece.unicodeScalars.count + 1
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.text.isEmpty }) else {
            return (nil, [.error(in: range, "a {result} role has three parts, experiment/model/metric",
                                 hint: "write {result}`forget-bias/lstm · forgetBias 1/finalLoss` or use the model's index: forget-bias/2/finalLoss")])
        }
        let experiment: ExperimentDirective
        switch self.experiment(NameReference(name: parts[0].text, range: parts[0].range)) {
        case .failed(let diagnostic): return (nil, [diagnostic])
        case .invalid: return (nil, [])
        case .found(let found): experiment = found
        }
        let model: ModelReference = Int(parts[1].text).map { .index($0) } ?? .label(parts[1].text)
        var diagnostics: [Diagnostic] = []
        var index: Int?
        switch ReferenceChecker.resolve(model, in: experiment, name: parts[0].text, range: parts[1].range) {
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case .success(let found): index = found
        }
        let metrics = Metric.allCases.map(\.rawValue)
        let metric = Metric(rawValue: parts[2].text)
        if metric == nil {
            diagnostics.append(.error(in: parts[2].range, "unknown metric '\(parts[2].text)'" + DidYouMean.clause(for: parts[2].text, among: metrics),
                                      hint: "metrics are " + DidYouMean.list(metrics, conjunction: "and")))
        }
        if let metric, let reason = metric.unavailable(for: experiment.task) {
            diagnostics.append(.error(in: parts[2].range, reason, hint: "show finalLoss, or a metric the task has"))
        }
        guard let index, let metric, diagnostics.isEmpty else { return (nil, diagnostics) }
        return (.result(ResultReference(experiment: parts[0].text, modelIndex: index,
                                        modelLabel: experiment.labels[index], metric: metric)), [])
    }
}

extension String {
    /// The text without surrounding spaces and tabs, and how many characters were cut at the start.
    func trimmingSpaces() -> (text: String, offset: Int) {
        let scalars = Array(unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return (String(view), start)
    }
}
