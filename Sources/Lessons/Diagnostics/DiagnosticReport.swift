/// Prints diagnostics the way compilers do, in file order, each with its
/// source line and a caret, followed by a count.
public struct DiagnosticReport {
    public var diagnostics: [Diagnostic]
    /// Source files by display path, to quote lines from.
    public var sources: [String: SourceFile]

    public init(diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        self.diagnostics = diagnostics
        self.sources = sources
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Every diagnostic once, ordered by file, line and column.
    public var ordered: [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.sorted { ($0.location, $0.severity == .warning ? 1 : 0) < ($1.location, $1.severity == .warning ? 1 : 0) }
            .filter { seen.insert($0).inserted }
    }

    public func rendered() -> String {
        ordered.map { d in d.rendered(sourceLines: { path, line in sources[path]?.line(line) }) + "\n" }.joined()
    }

    /// "2 errors, 1 warning" (empty when there is nothing to say).
    public var summary: String {
        var parts: [String] = []
        if errorCount > 0 { parts.append("\(errorCount) error\(errorCount == 1 ? "" : "s")") }
        if warningCount > 0 { parts.append("\(warningCount) warning\(warningCount == 1 ? "" : "s")") }
        return parts.joined(separator: ", ")
    }
}
