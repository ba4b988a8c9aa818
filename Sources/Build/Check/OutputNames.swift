import Lessons

/// Directive names become file names in the site (`data/NAME.csv`, `data/NAME-metrics.csv`,
/// `data/NAME/model1-seed1.safetensors`); a name the file system cannot hold is an error at
/// check time rather than a failed write after every experiment has run.
enum OutputNames {
    /// Most UTF-8 bytes in a name: file systems allow 255 per file name (some 143), and the
    /// longest suffix the site adds is `-metrics.csv`.
    static let maximumBytes = 100

    static func check(_ directives: [Directive]) -> [Diagnostic] {
        directives.compactMap { directive in
            guard let name = directive.name, name.utf8.count > maximumBytes else { return nil }
            return .error(in: directive.nameRange ?? directive.kindRange,
                          "the name '\(name.prefix(24))…' is \(name.utf8.count) bytes long; names become file names in the site",
                          hint: "use a name of at most \(maximumBytes) bytes (letters, digits and '-')")
        }
    }
}
