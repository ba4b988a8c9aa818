/// Labelled values (a directive's options or a call's arguments) read against a
/// list of known names: unknown and duplicate names are reported once, when the
/// reader is made; its typed accessors take the key once and report a missing,
/// mistyped or out-of-range value to the reader's own sink.
struct OptionReader {
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
    /// Reads each value, reporting to the sink the options are checked into.
    let values: ValueReader
    /// Set when an argument could not be matched to a label (already reported), so that
    /// "missing argument" errors do not repeat the same mistake.
    var reportsMissing = true

    /// OptionReader checked against `known` names; an unknown one gets a did-you-mean.
    init(_ candidates: [Entry], noun: String, owner: String, ownerRange: SourceRange,
         known: [String], values: ValueReader) {
        self.noun = noun
        self.owner = owner
        self.ownerRange = ownerRange
        self.values = values
        for entry in candidates {
            if let first = entries.first(where: { $0.key == entry.key }) {
                values.append(.duplicate("\(noun) '\(entry.key)'", at: entry.keyRange, first: first.keyRange,
                                         firstIs: "'\(entry.key)' was first given here",
                                         hint: "give each \(noun) once; remove one of them"))
            } else if known.contains(entry.key) {
                entries.append(entry)
            } else {
                values.append(Self.unknown(entry, noun: noun, owner: owner, known: known))
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
            values.error(ownerRange, message, hint: noun == "option" ? "add ':\(key): \(example)'" : "write \(owner)(\(key): \(example), …)")
        }
        return value(key)
    }

    /// Where `key` was written, or the owner.
    func range(_ key: String) -> SourceRange {
        entries.first { $0.key == key }?.keyRange ?? ownerRange
    }
}

// MARK: Reading an entry, its key given once

extension OptionReader {
    /// An optional entry: its default when absent, nil when present but invalid
    /// (the reason is already reported), else the converted value.
    func read<T>(_ key: String, default defaultValue: T, _ convert: (Value) -> T?) -> T? {
        guard has(key) else { return defaultValue }
        guard let value = value(key) else { return nil }
        return convert(value)
    }

    /// A required entry: nil when absent (reported) or invalid.
    func required<T>(_ key: String, example: String, _ convert: (Value) -> T?) -> T? {
        required(key, example: example).flatMap(convert)
    }

    /// An entry that is absent (`.some(nil)`), or given and valid (`.some(value)`); nil when invalid.
    private func ifGiven<T>(_ key: String, _ convert: (Value) -> T?) -> T?? {
        read(key, default: T?.none) { convert($0).map { .some($0) } }
    }

    func integer(_ key: String, default defaultValue: Int, in bounds: ClosedRange<Int>) -> Int? {
        read(key, default: defaultValue) { values.integer($0, key, in: bounds) }
    }

    func integer(_ key: String, example: String, in bounds: ClosedRange<Int>) -> Int? {
        required(key, example: example) { values.integer($0, key, in: bounds) }
    }

    func integerIfGiven(_ key: String, in bounds: ClosedRange<Int>) -> Int?? {
        ifGiven(key) { values.integer($0, key, in: bounds) }
    }

    func number(_ key: String, default defaultValue: Double, in bounds: ClosedRange<Double>) -> Double? {
        read(key, default: defaultValue) { values.number($0, key, in: bounds) }
    }

    func number(_ key: String, example: String, in bounds: ClosedRange<Double>) -> Double? {
        required(key, example: example) { values.number($0, key, in: bounds) }
    }

    func numberIfGiven(_ key: String, in bounds: ClosedRange<Double>) -> Double?? {
        ifGiven(key) { values.number($0, key, in: bounds) }
    }

    func bool(_ key: String, default defaultValue: Bool) -> Bool? {
        read(key, default: defaultValue) { values.bool($0, key) }
    }

    func string(_ key: String, default defaultValue: String, maxLength: Int) -> String? {
        read(key, default: defaultValue) { values.string($0, key, maxLength: maxLength) }
    }

    func stringIfGiven(_ key: String, maxLength: Int) -> String?? {
        ifGiven(key) { values.string($0, key, maxLength: maxLength) }
    }

    func word<Choice: RawRepresentable & CaseIterable>(_ key: String, default defaultValue: Choice, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        read(key, default: defaultValue) { values.word($0, key, as: type) }
    }

    func word<Choice: RawRepresentable & CaseIterable>(_ key: String, example: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        required(key, example: example) { values.word($0, key, as: type) }
    }

    func wordIfGiven<Choice: RawRepresentable & CaseIterable>(_ key: String, as type: Choice.Type) -> Choice??
    where Choice.RawValue == String {
        ifGiven(key) { values.word($0, key, as: type) }
    }

    /// A required name of another directive, written as a bare word.
    func reference(_ key: String, example: String) -> NameReference? {
        required(key, example: example) { values.reference($0, key) }
    }
}
