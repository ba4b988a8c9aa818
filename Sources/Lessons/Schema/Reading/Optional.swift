extension DiagnosticCollector {
    /// An optional entry: its default when absent, nil when present but invalid
    /// (the reason is already reported), else the converted value.
    func read<T>(_ entries: Entries, _ key: String, default defaultValue: T, _ convert: (Value) -> T?) -> T? {
        guard entries.has(key) else { return defaultValue }
        guard let value = entries.value(key) else { return nil }
        return convert(value)
    }

    /// A required entry: nil when absent (reported) or invalid.
    func read<T>(_ entries: Entries, required key: String, example: String, _ convert: (Value) -> T?) -> T? {
        entries.required(key, example: example).flatMap(convert)
    }
}
