import Yams

/// A YAML mapping of scalar keys, each entry knowing where it was written,
/// so that front matter and course.yml problems point at the right column.
struct YAMLMapping {
    struct Entry {
        var key: String
        var value: Node
        var location: SourceLocation
        var valueLocation: SourceLocation

        func string(_ diagnostics: inout [Diagnostic]) -> String? {
            if case .scalar(let s) = value { return s.string }
            diagnostics.append(.error(at: valueLocation, "'\(key)' must be a string", hint: "write \(key): some text"))
            return nil
        }

        func int(_ diagnostics: inout [Diagnostic]) -> Int? {
            if case .scalar(let s) = value, let n = Int(s.string) { return n }
            diagnostics.append(.error(at: valueLocation, "'\(key)' must be an integer", hint: "write \(key): 3"))
            return nil
        }

        func strings(_ diagnostics: inout [Diagnostic]) -> [String]? {
            switch value {
            case .scalar(let s): return [s.string]
            case .sequence(let seq):
                var result: [String] = []
                for item in seq {
                    guard case .scalar(let s) = item else {
                        diagnostics.append(.error(at: valueLocation, "'\(key)' must be a list of strings"))
                        return nil
                    }
                    result.append(s.string)
                }
                return result
            default:
                diagnostics.append(.error(at: valueLocation, "'\(key)' must be a list of strings", hint: "write one '- item' per line"))
                return nil
            }
        }

        func unknownKey(allowed: [String]) -> Diagnostic {
            let suggestion = DidYouMean.suggestion(for: key, among: allowed).map { "did you mean '\($0)'? " } ?? ""
            return .error(at: location, "unknown key '\(key)'",
                          hint: suggestion + "allowed keys: " + allowed.joined(separator: ", "),
                          length: key.unicodeScalars.count)
        }
    }

    var entries: [Entry] = []
    var diagnostics: [Diagnostic] = []

    /// Parses `text`, whose first line is line `lineOffset + 1` of `file`.
    static func parse(_ text: String, file: SourceFile, lineOffset: Int, what: String) -> YAMLMapping {
        var result = YAMLMapping()
        func locate(_ mark: Mark?) -> SourceLocation {
            file.location((mark?.line ?? 1) + lineOffset, mark?.column ?? 1)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            result.diagnostics.append(Self.diagnostic(for: error, file: file, lineOffset: lineOffset, what: what))
            return result
        } catch {
            result.diagnostics.append(.error(at: file.location(lineOffset + 1, 1), "\(what) cannot be read: \(error)"))
            return result
        }
        guard let node else { return result }
        guard case .mapping(let mapping) = node else {
            result.diagnostics.append(.error(at: locate(node.mark), "\(what) must be a mapping of keys to values",
                                             hint: "write one 'key: value' per line"))
            return result
        }
        var seen: [String: SourceLocation] = [:]
        for (key, value) in mapping {
            let location = locate(key.mark)
            guard case .scalar(let k) = key else {
                result.diagnostics.append(.error(at: location, "keys in \(what) must be plain words"))
                continue
            }
            if let first = seen[k.string] {
                result.diagnostics.append(.error(at: location, "duplicate key '\(k.string)'", hint: "first given at \(first)"))
                continue
            }
            seen[k.string] = location
            result.entries.append(Entry(key: k.string, value: value, location: location, valueLocation: locate(value.mark)))
        }
        return result
    }

    static func diagnostic(for error: YamlError, file: SourceFile, lineOffset: Int, what: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .error(at: file.location(mark.line + lineOffset, mark.column), "\(what) is not valid YAML: \(detail)",
                          hint: "check quoting and indentation; values with ':' need quotes")
        case .duplicatedKeysInMapping(let duplicates, _):
            return .error(at: file.location(lineOffset + 1, 1), "\(what) repeats the key '\(duplicates.joined(separator: "', '"))'")
        default:
            return .error(at: file.location(lineOffset + 1, 1), "\(what) is not valid YAML: \(error)")
        }
    }
}
