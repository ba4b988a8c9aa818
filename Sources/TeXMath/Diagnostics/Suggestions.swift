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
        let tables: [[String]] = [
            Array(Symbols.operators.keys), Array(Symbols.identifiers.keys), Array(Symbols.largeOperators.keys),
            Array(Symbols.functions.keys), Array(Symbols.spaces.keys), Array(Delimiters.commands.keys),
            Array(Delimiters.sizes.keys), Array(Accents.table.keys), Array(Accents.rules.keys),
            Array(MathFont.commands.keys), Array(TextCommands.styles.keys), Array(Parser.styleSwitches.keys),
        ]
        let structural = ["label", "tag", "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "sqrt",
                          "overset", "underset", "stackrel", "left", "right", "middle", "begin", "end", "not", "pmod",
                          "limits", "nolimits"]
        let all = Greek.names + tables.flatMap { $0 } + DefinitionReader.commands + Parser.decorationCommands + structural
        return all.filter { $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }.sorted()
    }()
}
