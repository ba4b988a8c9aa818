/// Labelled values (a directive's options or a call's arguments) read against a
/// list of known names: unknown and duplicate names are reported once, when the
/// entries are made; typed accessors then report type and range errors.
struct Entries {
    struct Entry {
        var key: String
        var keyRange: SourceRange
        /// Nil when the value failed to parse (already reported).
        var value: Value?
    }

    /// "option" or "argument", for messages.
    let noun: String
    /// What the entries belong to: "experiment", "lstm".
    let owner: String
    /// Where a missing entry is reported: the directive kind or the call's name.
    let ownerRange: SourceRange
    private(set) var entries: [Entry] = []
    let diagnostics: DiagnosticCollector
    /// Set when an argument could not be matched to a label (already reported), so that
    /// "missing argument" errors do not repeat the same mistake.
    var reportsMissing = true

    /// Entries checked against `known` names; an unknown one gets a did-you-mean.
    init(_ candidates: [Entry], noun: String, owner: String, ownerRange: SourceRange,
         known: [String], diagnostics: DiagnosticCollector) {
        self.noun = noun
        self.owner = owner
        self.ownerRange = ownerRange
        self.diagnostics = diagnostics
        for entry in candidates {
            if let first = entries.first(where: { $0.key == entry.key }) {
                diagnostics.append(Diagnostic.error(in: entry.keyRange, "duplicate \(noun) '\(entry.key)'",
                                                    hint: "give each \(noun) once; remove one of them")
                    .withNote(.init(at: first.keyRange.start, "'\(entry.key)' was first given here",
                                    length: first.keyRange.caretLength)))
            } else if known.contains(entry.key) {
                entries.append(entry)
            } else {
                diagnostics.append(Self.unknown(entry, noun: noun, owner: owner, known: known))
            }
        }
    }

    static func unknown(_ entry: Entry, noun: String, owner: String, known: [String]) -> Diagnostic {
        let alias = OptionAliases.suggestion(for: entry.key, among: known)
        let suggestion = alias?.name ?? DidYouMean.suggestion(for: entry.key, among: known)
        let of = noun == "option" ? "" : " of \(owner)"
        let clause = suggestion.map { "; did you mean '\($0)'?" } ?? ""
        let list = known.isEmpty ? "\(owner) takes no \(noun)s" : "\(owner) takes " + DidYouMean.list(known, conjunction: "and")
        return .error(in: entry.keyRange, "unknown \(noun) '\(entry.key)'\(of)\(clause)",
                      hint: alias?.hint ?? list)
    }

    /// The value of `key`, if given and well-formed.
    func value(_ key: String) -> Value? {
        entries.first { $0.key == key }?.value
    }

    /// Whether `key` was written at all (even with a malformed value).
    func has(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// The value of a required entry; reports it missing if it was not written.
    func required(_ key: String, example: String) -> Value? {
        if !has(key), reportsMissing {
            let message = noun == "option" ? "\(owner) needs the option '\(key)'" : "\(owner) needs the argument '\(key)'"
            diagnostics.error(ownerRange, message, hint: noun == "option" ? "add ':\(key): \(example)'" : "write \(owner)(\(key): \(example), …)")
        }
        return value(key)
    }

    /// Where `key` was written, or the owner.
    func range(_ key: String) -> SourceRange {
        entries.first { $0.key == key }?.keyRange ?? ownerRange
    }
}

/// Names authors reach for that mean one of our options ("epochs" for `steps`).
enum OptionAliases {
    typealias Target = (name: String, hint: String?)

    static let learningRate: [Target] = [
        ("lr", nil),
        ("optimizer", "the learning rate is an argument of the optimizer: ':optimizer: adam(lr: 0.003)'"),
    ]
    static let trainingLength: [Target] = [("steps", "training length is counted in optimiser steps: ':steps: 1000'")]

    /// Each alias with the names it may stand for, in order of preference.
    static let table: [String: [Target]] = [
        "epoch": trainingLength, "epochs": trainingLength, "iterations": trainingLength, "iters": trainingLength,
        "learningRate": learningRate, "learning-rate": learningRate, "learning_rate": learningRate, "lr": learningRate,
        "batchSize": [("batch", nil)], "batch-size": [("batch", nil)], "batch_size": [("batch", nil)],
        "seed": [("seeds", nil)], "model": [("models", nil)],
        "hidden": [("models", "sizes are arguments of each model: lstm(hidden: 32)")],
        "clipping": [("clip", nil)], "gradientClip": [("clip", nil)], "gradClip": [("clip", nil)],
        "caption": [("alt", "the caption is the text after the options; ':alt:' is the figure's alt text")],
        "hiddenSize": [("hidden", nil)], "hidden_size": [("hidden", nil)],
        "numLayers": [("layers", nil)], "num_layers": [("layers", nil)],
        "bias": [("forgetBias", nil)], "forget_bias": [("forgetBias", nil)],
        "activation": [("nonlinearity", nil)],
    ]

    /// The option `name` stands for, when it is among `known`.
    static func suggestion(for name: String, among known: [String]) -> Target? {
        table[name]?.first { known.contains($0.name) }
    }
}
