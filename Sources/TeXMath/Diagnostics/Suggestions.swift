/// "Did you mean" suggestions by edit distance.
enum Suggestions {
    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.unicodeScalars)
        let limit = max(1, min(2, target.count / 3))
        var best: (distance: Int, name: String)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(target, Array(candidate.unicodeScalars))
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
            best = (distance, candidate)
        }
        return best?.name
    }

    /// Levenshtein distance where swapping two neighbours costs one edit (a common typo).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

/// Every command name the converter knows, for suggestions.
enum KnownCommands {
    static let names: [String] = {
        var all: [String] = Greek.names
        all += Symbols.operators.keys
        all += Symbols.identifiers.keys
        all += Symbols.largeOperators.keys
        all += Symbols.functions.keys
        all += Symbols.spaces.keys
        all += Delimiters.commands.keys
        all += Delimiters.sizes.keys
        all += Accents.table.keys
        all += Accents.rules.keys
        all += MathFont.commands.keys
        all += TextCommands.styles.keys
        all += Parser.styleSwitches.keys
        all += DefinitionReader.commands
        all += ["label", "tag"]
        all += Parser.decorationCommands
        all += ["frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "sqrt", "overset", "underset",
                "stackrel", "left", "right", "middle", "begin", "end", "not", "pmod", "limits", "nolimits"]
        return all.filter { $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }.sorted()
    }()
}
