import TextTools

/// Suggestions for misspelt names: "unknown option 'epoch'; did you mean 'epochs'?".
public enum DidYouMean {
    /// The candidate closest to `name`, if it is close enough to be a plausible typo.
    ///
    /// Distance is the optimal-string-alignment (Damerau) edit distance, ignoring case;
    /// a suggestion must be within a third of the name's length (at least 1, at most 3)
    /// so that short names do not attract unrelated ones. Ties keep the candidates' order.
    /// Failing that, a candidate that starts with a name of three or more characters
    /// (`temporal` → `temporalOrder`) is suggested.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        let limit = min(3, max(1, name.unicodeScalars.count / 3))
        let lowered = name.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = EditDistance.between(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        if let best { return best.candidate }
        guard name.unicodeScalars.count >= 3 else { return nil }
        return candidates.first { $0 != name && $0.lowercased().hasPrefix(lowered) }
    }

    /// `"; did you mean 'x'?"` or the empty string, to append to a message.
    public static func clause(for name: String, among candidates: [String]) -> String {
        suggestion(for: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// `'a', 'b' or 'c'`, for hints that list the allowed names.
    public static func list(_ names: [String], conjunction: String = "or") -> String {
        let quoted = names.map { "'\($0)'" }
        guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
