/// A checked directive: its kind-specific content plus what every directive has.
public struct Directive: Hashable, Sendable, CanonicalForm {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case experiment
        case gradientFlow = "gradient-flow"
        case activations
        case prediction
        case functionPlot = "function-plot"
        case diagram
        case table
        case claim
        case outcomes
        case trace
    }

    public enum Content: Hashable, Sendable {
        case experiment(ExperimentDirective)
        case gradientFlow(GradientFlowDirective)
        case activations(ActivationsDirective)
        case prediction(PredictionDirective)
        case functionPlot(FunctionPlotDirective)
        case diagram(DiagramDirective)
        case table(TableDirective)
        case claim(ClaimDirective)
        case outcomes(OutcomesDirective)
        case trace(TraceDirective)
    }

    public var content: Content
    /// The name given as the argument (nil for a `diagram`, whose argument is its cell, or when omitted).
    public var name: String?
    public var nameRange: SourceRange?
    /// Where the kind is written in the info string.
    public var kindRange: SourceRange
    public var alt: String?
    public var caption: Caption?
    /// The directive this one varies (`:from:`): rendered collapsed, as a "Try it" check.
    /// Not part of the canonical form, so a variant with the same options shares results.
    public var variantOf: String?

    public var kind: Kind {
        switch content {
        case .experiment: .experiment
        case .gradientFlow: .gradientFlow
        case .activations: .activations
        case .prediction: .prediction
        case .functionPlot: .functionPlot
        case .diagram: .diagram
        case .table: .table
        case .claim: .claim
        case .outcomes: .outcomes
        case .trace: .trace
        }
    }

    /// The experiment this directive reads results from, if any.
    public var experimentReference: NameReference? {
        switch content {
        case .gradientFlow(let flow):
            if case .experiment(let reference) = flow.source { return reference }
            return nil
        case .activations(let activations): return activations.experiment
        case .prediction(let prediction): return prediction.experiment
        case .table(let table): return table.experiment
        case .outcomes(let outcomes): return outcomes.experiment
        case .trace(let trace): return trace.experiment
        case .claim(let claim): return claim.sources[.experiment]
        case .experiment, .functionPlot, .diagram: return nil
        }
    }

    /// The content's canonical form; the name, alt text and caption are not part of it.
    public var canonicalForm: String {
        switch content {
        case .experiment(let value): value.canonicalForm
        case .gradientFlow(let value): value.canonicalForm
        case .activations(let value): value.canonicalForm
        case .prediction(let value): value.canonicalForm
        case .functionPlot(let value): value.canonicalForm
        case .diagram(let value): value.canonicalForm
        case .table(let value): value.canonicalForm
        case .claim(let value): value.canonicalForm
        case .outcomes(let value): value.canonicalForm
        case .trace(let value): value.canonicalForm
        }
    }
}
