import ArgumentParser
import Engine

/// `--optimizer` of `eval --train`: `adam(lr: 0.01)`, `sgd(lr: 0.1, momentum: 0.9)`,
/// `rmsprop(lr: 0.01, alpha: 0.99)`, with PyTorch's defaults for what is not given.
///
/// The lessons' own reader knows the same calls but lives inside the lesson
/// checker and has no `eps`; PyTorch scripts need it, so the command line
/// reads its own (and the engine's `OptimizerSettings` stays the one owner
/// of the hyperparameters).
enum OptimizerArgument {
    static let syntax = "adam(lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8), sgd(lr: …, momentum: 0) or rmsprop(lr: 0.01, alpha: 0.99, eps: 1e-8)"

    /// The settings `text` names: the option's transform, so a bad value is a usage error
    /// (exit 64) that ArgumentParser prefixes with the value and the option.
    /// - Throws: `ValidationError` saying what is wrong and what is accepted.
    static func parse(_ text: String) throws -> OptimizerSettings {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let name: String
        var arguments: [String: Double] = [:]
        if let open = trimmed.firstIndex(of: "(") {
            guard trimmed.hasSuffix(")") else { throw ValidationError("no closing parenthesis; write \(syntax)") }
            name = String(trimmed[..<open]).trimmingCharacters(in: .whitespaces)
            let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            for (position, part) in inside.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                let label = pieces.count == 2 ? pieces[0] : (position == 0 ? "lr" : "")
                guard !label.isEmpty, let value = Double(pieces.last ?? ""), value.isFinite else {
                    throw ValidationError("cannot read '\(part.trimmingCharacters(in: .whitespaces))'; write label: number, as in \(syntax)")
                }
                guard arguments[label] == nil else { throw ValidationError("\(label) is given twice") }
                arguments[label] = value
            }
        } else {
            name = trimmed
        }
        let known: [String: [String]] = ["adam": ["lr", "beta1", "beta2", "eps"], "sgd": ["lr", "momentum"], "rmsprop": ["lr", "alpha", "eps"]]
        guard let labels = known[name] else {
            throw ValidationError("unknown optimizer '\(name)'; write \(syntax)")
        }
        if let unknown = arguments.keys.sorted().first(where: { !labels.contains($0) }) {
            throw ValidationError("\(name) has no parameter '\(unknown)'; it takes \(labels.joined(separator: ", "))")
        }
        let settings: OptimizerSettings
        switch name {
        case "sgd":
            guard let lr = arguments["lr"] else { throw ValidationError("sgd needs a learning rate, as in sgd(lr: 0.1)") }
            settings = .sgd(learningRate: lr, momentum: arguments["momentum"] ?? 0)
        case "rmsprop":
            settings = .rmsprop(learningRate: arguments["lr"] ?? 0.01, alpha: arguments["alpha"] ?? 0.99, epsilon: arguments["eps"] ?? 1e-8)
        default:
            settings = .adam(
                learningRate: arguments["lr"] ?? 0.001, beta1: arguments["beta1"] ?? 0.9, beta2: arguments["beta2"] ?? 0.999,
                epsilon: arguments["eps"] ?? 1e-8)
        }
        do {
            try settings.validate()
        } catch {
            throw ValidationError("\(error)")
        }
        return settings
    }
}
