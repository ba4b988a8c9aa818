import Markdown

/// The entry point for one fenced directive block: syntax, schema and per-block limits.
/// References between directives are checked afterwards by `CourseDirectives`.
public enum DirectiveParser {
    /// Parses and checks one ```` ```{kind} argument ```` block.
    /// - Parameter block: the info string and body lines with their locations.
    /// - Returns: the typed directive (nil if there is any error), its declaration, and all diagnostics.
    public static func parse(_ block: FencedBlock) -> DirectiveParseResult {
        let (raw, syntaxDiagnostics) = BlockParser.parse(block)
        return check(raw, syntaxDiagnostics: syntaxDiagnostics, bases: [:])
    }

    /// Checks a block split by ``BlockParser``; `bases` are the course's experiments
    /// (by name, as written) that a variant's `:from:` may name.
    public static func check(_ raw: RawDirective?, syntaxDiagnostics: [Diagnostic],
                             bases: [String: RawDirective]) -> DirectiveParseResult {
        guard var raw else { return DirectiveParseResult(directive: nil, declaration: nil, diagnostics: syntaxDiagnostics) }
        let collector = DiagnosticCollector()
        var variantOf: String?
        if let from = raw.option("from") {
            guard let merged = Variants.merge(raw, from: from, bases: bases, ValueReader(collector)) else {
                return DirectiveParseResult(directive: nil, declaration: nil, diagnostics: syntaxDiagnostics + collector.diagnostics)
            }
            raw = merged.raw
            variantOf = merged.base
        }
        var (directive, declaration) = check(raw, ValueReader(collector))
        directive?.variantOf = variantOf
        let diagnostics = syntaxDiagnostics + collector.diagnostics
        let failed = diagnostics.contains { $0.severity == .error }
        return DirectiveParseResult(directive: failed ? nil : directive, declaration: declaration, diagnostics: diagnostics)
    }

    static func check(_ raw: RawDirective, _ diagnostics: ValueReader) -> (Directive?, Declaration?) {
        let kinds = Directive.Kind.allCases.map(\.rawValue)
        let admonitions = Admonition.Kind.allCases.map(\.rawValue)
        guard let kind = Directive.Kind(rawValue: raw.kind) else {
            diagnostics.error(raw.kindRange, "unknown directive '\(raw.kind)'" + DidYouMean.clause(for: raw.kind, among: kinds + admonitions),
                              hint: "directives are " + DidYouMean.list(kinds, conjunction: "and")
                                  + "; admonitions are " + DidYouMean.list(admonitions, conjunction: "and"))
            return (nil, nil)
        }
        let schema = SchemaRegistry.schema(for: kind)
        let name = checkArgument(raw, schema, diagnostics)
        let declaration = name.map { Declaration(kind: kind, name: $0.name, nameRange: $0.range) }
        let options = OptionReader(raw.options.map { .init(key: $0.key, keyRange: $0.keyRange, value: $0.value) },
                              noun: "option", owner: kind.rawValue, ownerRange: raw.kindRange,
                              known: schema.optionNames, values: diagnostics)
        let alt = options.stringIfGiven("alt", maxLength: Limits.alt.upperBound)
        let content: Directive.Content?
        switch kind {
        case .experiment: content = ExperimentChecker.check(options, name: name?.name, diagnostics).map { .experiment($0) }
        case .gradientFlow: content = GradientFlowChecker.check(options, diagnostics).map { .gradientFlow($0) }
        case .activations: content = ActivationsChecker.check(options, diagnostics).map { .activations($0) }
        case .prediction: content = PredictionChecker.check(options, diagnostics).map { .prediction($0) }
        case .functionPlot: content = FunctionPlotChecker.check(options, diagnostics).map { .functionPlot($0) }
        case .table: content = TableChecker.check(options, diagnostics).map { .table($0) }
        case .claim: content = ClaimDirectiveChecker.check(options, diagnostics).map { .claim($0) }
        case .outcomes: content = OutcomesChecker.check(options, diagnostics).map { .outcomes($0) }
        case .trace: content = TraceChecker.check(options, diagnostics).map { .trace($0) }
        case .diagram:
            content = DiagramChecker.check(raw, options, diagnostics).map { .diagram($0) }
        }
        guard let content, let alt else { return (nil, declaration) }
        let directive = Directive(content: content, name: name?.name, nameRange: name?.range,
                                  kindRange: raw.kindRange, alt: alt, caption: raw.caption)
        return (directive, declaration)
    }

    /// The name argument, checked; nil when absent, invalid, or the kind takes a cell instead.
    static func checkArgument(_ raw: RawDirective, _ schema: DirectiveSchema,
                              _ diagnostics: ValueReader) -> NameReference? {
        // The older diagram form names the cell, not the diagram.
        if schema.argument == .nameOrCell, raw.option("cell") == nil { return nil }
        guard let argument = raw.argument, let range = raw.argumentRange else {
            if schema.argument == .requiredName {
                diagnostics.error(raw.kindRange, "\(raw.kind) needs a name",
                                  hint: "write the name after the kind: ```{\(raw.kind)} forget-bias")
            }
            return nil
        }
        guard isValidName(argument) else {
            let suggestion = argument.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-")
            diagnostics.error(range, "invalid name '\(argument)'",
                              hint: "a name is one word of letters, digits, '-' and '_', starting with a letter: \(isValidName(suggestion) ? suggestion : "forget-bias")")
            return nil
        }
        return NameReference(name: argument, range: range)
    }

    /// A word of the value grammar, so that other directives can refer to it as a bare word.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ValueParser.isWordStart(first) else { return false }
        return name.unicodeScalars.allSatisfy(ValueParser.isWordPart) && name != "true" && name != "false"
    }
}
