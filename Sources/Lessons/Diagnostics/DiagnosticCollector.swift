/// Where schema checks put their diagnostics while they build typed values.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []

    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func error(_ range: SourceRange, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(in: range, message, hint: hint))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
