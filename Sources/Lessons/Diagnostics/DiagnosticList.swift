/// Diagnostics collected over a whole course, reported in a stable order.
extension Array where Element == Diagnostic {
    /// Sorted by file, line and column (errors before warnings at the same place),
    /// with exact duplicates removed, as `check` prints them.
    public func sortedForReport() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Whether any diagnostic is an error (or any at all, under `--strict`).
    public func containsErrors(strict: Bool = false) -> Bool {
        contains { strict || $0.severity == .error }
    }

    /// `"2 errors, 1 warning"`, for the summary line.
    public var summary: String {
        let errors = filter { $0.severity == .error }.count
        let warnings = count - errors
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }
}
