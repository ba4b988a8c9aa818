import TextTools

/// "Did you mean" suggestions by edit distance.
enum Suggestions {
    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.unicodeScalars)
        let limit = max(1, min(2, target.count / 3))
        var best: (distance: Int, name: String)?
        for candidate in candidates where candidate != word {
            let distance = EditDistance.between(target, Array(candidate.unicodeScalars))
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
            best = (distance, candidate)
        }
        return best?.name
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
