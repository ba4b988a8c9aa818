/// A sequence task as a lesson names it: which task and its parameters
/// (DESIGN.md "Tasks"). ``SequenceTask/make(_:readFile:)`` builds the task it
/// describes; the lesson schema reads lesson text into this type.
public enum TaskSpec: Sendable, Hashable {
    /// x ~ U[0,1], one marker in each half, target = sum of the marked values.
    case adding(length: Int)
    /// Arjovsky 2016: `count` symbols, `length` blanks, then recall the symbols.
    case copy(length: Int, count: Int)
    case temporalOrder(length: Int)
    /// Bracket depth: the counter task.
    case brackets(length: Int, maxDepth: Int)
    /// 0.5 + 0.5·sin(2π(i + φ)/P)·exp(−decay·i), predict the next value; the period P
    /// is drawn per sequence from `period` when it is a range of more than one value.
    case dampedSine(length: Int, period: ClosedRange<Double>, decay: Double)
    /// Character-level text, from an inline string or a file beside the lesson.
    case text(source: TextSource, length: Int)

    /// Where the characters of a `text` task come from.
    public enum TextSource: Sendable, Hashable {
        case inline(String)
        /// A path relative to the lessons folder, read by whoever builds the task.
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

    /// The same task with another `length`.
    public func withLength(_ length: Int) -> TaskSpec {
        switch self {
        case .adding: .adding(length: length)
        case .copy(_, let count): .copy(length: length, count: count)
        case .temporalOrder: .temporalOrder(length: length)
        case .brackets(_, let maxDepth): .brackets(length: length, maxDepth: maxDepth)
        case .dampedSine(_, let period, let decay): .dampedSine(length: length, period: period, decay: decay)
        case .text(let source, _): .text(source: source, length: length)
        }
    }

    /// Inputs per time step, known before the task is built; nil for text, whose
    /// width is the size of its corpus's vocabulary.
    public var inputSize: Int? {
        switch self {
        case .adding, .brackets: 2
        case .copy: SequenceTask.copySymbols.count
        case .temporalOrder: SequenceTask.temporalOrderSymbols.count
        case .dampedSine: 1
        case .text: nil
        }
    }

    /// Whether the model predicts classes (symbols, characters), so that accuracy is measured;
    /// else it predicts real values (mean squared error).
    public var classifies: Bool {
        switch self {
        case .copy, .temporalOrder, .brackets, .text: true
        case .adding, .dampedSine: false
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
}

extension SequenceTask {
    /// The task `spec` describes, its parameters validated; a text task's file is
    /// read with `readFile` (the engine reads no files itself).
    public static func make(_ spec: TaskSpec, readFile: (String) throws -> String) throws -> SequenceTask {
        switch spec {
        case .adding(let length): return try .adding(length: length)
        case .copy(let length, let count): return try .copy(length: length, count: count)
        case .temporalOrder(let length): return try .temporalOrder(length: length)
        case .brackets(let length, let maxDepth): return try .brackets(length: length, maxDepth: maxDepth)
        case .dampedSine(let length, let period, let decay):
            return try .dampedSine(length: length, periods: period, decay: decay)
        case .text(.inline(let source), let length): return try .text(source: source, length: length)
        case .text(.file(let file), let length):
            return try .text(source: readFile(file), length: length, from: .file(file))
        }
    }
}
