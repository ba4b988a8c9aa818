/// A task the models train on, generated from a seed (DESIGN.md "Tasks").
public enum TaskSpecification: Hashable, Sendable, CanonicalForm {
    /// x ~ U[0,1], one marker in each half, target = sum of the marked values.
    case adding(length: Int)
    /// Arjovsky 2016: `count` symbols, `length` blanks, then recall the symbols.
    case copy(length: Int, count: Int)
    case temporalOrder(length: Int)
    /// Bracket depth: the counter task.
    case brackets(length: Int, maxDepth: Int)
    /// 0.5 + 0.5·sin(2πi/period)·exp(−decay·i), predict the next value.
    case dampedSine(length: Int, period: Double, decay: Double)
    /// Character-level text, from an inline string or a file beside the lesson.
    case text(source: TextSource, length: Int)

    /// Where the characters of a `text` task come from.
    public enum TextSource: Hashable, Sendable {
        case inline(String)
        /// A path relative to the lesson's folder; the loader checks that it exists.
        case file(String)
    }

    /// The task's name as written in a lesson.
    public var name: String {
        switch self {
        case .adding: "adding"
        case .copy: "copy"
        case .temporalOrder: "temporalOrder"
        case .brackets: "brackets"
        case .dampedSine: "dampedSine"
        case .text: "text"
        }
    }

    /// The `length` argument: the number of time steps (blanks for `copy`).
    public var length: Int {
        switch self {
        case .adding(let length), .copy(let length, _), .temporalOrder(let length),
             .brackets(let length, _), .dampedSine(let length, _, _), .text(_, let length):
            length
        }
    }

    /// Time steps of one sequence as fed to the model.
    public var sequenceLength: Int {
        if case .copy(let length, let count) = self { return length + 2 * count }
        return length
    }

    /// Whether inputs are symbols that can be written as a string (`activations`' `input:`).
    public var hasSymbolInput: Bool {
        switch self {
        case .copy, .brackets, .text: true
        case .adding, .temporalOrder, .dampedSine: false
        }
    }

    /// Whether the model predicts the next value of its own input, so it can run free.
    public var predictsNextValue: Bool {
        switch self {
        case .dampedSine, .text: true
        default: false
        }
    }

    public var canonicalForm: String {
        switch self {
        case .adding(let length):
            Canonical.call(name, [("length", length.canonical)])
        case .copy(let length, let count):
            Canonical.call(name, [("length", length.canonical), ("count", count.canonical)])
        case .temporalOrder(let length):
            Canonical.call(name, [("length", length.canonical)])
        case .brackets(let length, let maxDepth):
            Canonical.call(name, [("length", length.canonical), ("maxDepth", maxDepth.canonical)])
        case .dampedSine(let length, let period, let decay):
            Canonical.call(name, [("length", length.canonical), ("period", Canonical.number(period)),
                                  ("decay", Canonical.number(decay))])
        case .text(.inline(let source), let length):
            Canonical.call(name, [("source", Canonical.string(source)), ("length", length.canonical)])
        case .text(.file(let file), let length):
            Canonical.call(name, [("file", Canonical.string(file)), ("length", length.canonical)])
        }
    }
}
