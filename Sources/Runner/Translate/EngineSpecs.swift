import Engine
import Foundation
import Lessons

/// Turns the checked specifications of a lesson into the engine's values.
enum EngineSpecs {
    static func model(_ spec: ModelSpecification) -> ModelSpec {
        let cell: CellKind
        switch spec.cell {
        case .rnn(let nonlinearity):
            cell = .rnn(nonlinearity == .relu ? .relu : .tanh)
        case .lstm(let options):
            cell = .lstm(Engine.LSTMOptions(
                forgetBias: options.forgetBias, peephole: options.peephole, coupled: options.coupled,
                forgetGate: options.forgetGate))
        case .gru(let resetAfter):
            cell = .gru(resetAfter: resetAfter)
        }
        return ModelSpec(cell: cell, hidden: spec.hidden, layers: spec.layers,
                         initialization: initialization(spec.initialization))
    }

    static func initialization(_ value: Lessons.Initialization) -> Engine.Initialization {
        switch value {
        case .pytorch: .pytorch
        case .xavier: .xavier
        case .orthogonal(let gain): .orthogonal(gain: gain)
        case .chrono(let maxLength): .chrono(maxLength: maxLength)
        }
    }

    /// The engine's task; a text task's file is read from the lessons folder.
    static func task(_ spec: TaskSpecification, root: String) throws -> SequenceTask {
        switch spec {
        case .adding(let length): return try .adding(length: length)
        case .copy(let length, let count): return try .copy(length: length, count: count)
        case .temporalOrder(let length): return try .temporalOrder(length: length)
        case .brackets(let length, let maxDepth): return try .brackets(length: length, maxDepth: maxDepth)
        case .dampedSine(let length, let period, let decay): return try .dampedSine(length: length, period: period, decay: decay)
        case .text(.inline(let source), let length): return try .text(source: source, length: length)
        case .text(.file(let file), let length):
            let bytes = try inputFile(file, root: root)
            return try .text(source: String(decoding: bytes, as: UTF8.self), length: length)
        }
    }

    static func schedule(_ spec: ScheduleSpecification) -> LearningRateSchedule {
        switch spec {
        case .constant: .constant
        case .step(let every, let factor): .step(every: every, factor: factor)
        case .cosine(let minimum): .cosine(minimum: minimum)
        case .warmup(let steps): .warmup(steps: steps)
        }
    }

    /// A file a task reads, from inside the lessons folder only (links followed first).
    static func inputFile(_ file: String, root: String) throws -> [UInt8] {
        switch CourseTree(root: root).read(file) {
        case .success(let bytes): return bytes
        case .failure(let refusal): throw RunError("cannot read the text file '\(file)': \(refusal)")
        }
    }

    /// The files `spec` reads, each as its path and the SHA-256 of its bytes, for the cache key:
    /// editing a corpus must re-run what trained on it.
    static func inputParts(_ spec: TaskSpecification, root: String) -> [String] {
        guard case .text(.file(let file), _) = spec else { return [] }
        let digest = (try? inputFile(file, root: root)).map(CacheKey.digest) ?? "unreadable"
        return ["file \(file)", digest]
    }

    static func optimizer(_ spec: OptimizerSpecification) -> OptimizerSettings {
        switch spec {
        case .adam(let lr, let beta1, let beta2): .adam(learningRate: lr, beta1: beta1, beta2: beta2)
        case .sgd(let lr, let momentum): .sgd(learningRate: lr, momentum: momentum)
        case .rmsprop(let lr, let alpha): .rmsprop(learningRate: lr, alpha: alpha)
        }
    }
}

/// A failure while executing a directive that the checks could not foresee.
public struct RunError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
