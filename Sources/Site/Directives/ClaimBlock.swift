import Lessons
import Runner

extension DirectiveRenderer {
    /// A claim: its sentence, marked as checked (or not holding), with the numbers that decided it.
    func claimBlock(_ claim: ClaimDirective) -> String {
        guard let outcome = results.claims[name] else { return missing("the claim could not be checked") }
        let status = outcome.holds ? "✓ Checked" : "✗ Does not hold"
        var lines = ["claim: \(name)", "holds: \(claim.holds.text)"]
        if let test = claim.test { lines.append("test: \(test.canonicalForm)") }
        lines += outcome.facts
        let data = publish(Array((lines.joined(separator: "\n") + "\n").utf8), file: "\(name).txt")
        let facts = outcome.facts.map { "<li>\($0.htmlEscaped)</li>" }.joined(separator: "\n")
        let test = claim.test.map { "<p>Tested across seeds: <code>\($0.canonicalForm.htmlEscaped)</code>, one-sided Wilcoxon–Mann–Whitney rank-sum test; a seed that never reached the threshold ties at +∞.</p>\n" } ?? ""
        return """
        <aside class="claim \(outcome.holds ? "holds" : "fails")" id="\(entry.anchor.htmlEscaped)">
        <p><span class="label">\(entry.text).</span> <span class="claim-status">\(status)</span> \(captionHTML)</p>
        <details class="claim-numbers"><summary>How the build checked it</summary>
        <p><code>\(claim.holds.text.htmlEscaped)</code></p>
        \(test)<ul>
        \(facts)
        </ul>
        <p><a class="data" href="\(data.htmlEscaped)">data</a></p>
        </details>
        </aside>

        """
    }
}
