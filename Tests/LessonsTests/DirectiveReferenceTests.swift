import Foundation
import Testing
@testable import Lessons

@Suite struct DirectiveReferenceTests {
    /// docs/directives.md is what `lessonrun reference` prints; regenerate it
    /// with `lessonrun reference > docs/directives.md` after a schema change.
    @Test func committedReferenceIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/directives.md"), encoding: .utf8)
        #expect(committed == Reference.markdown)
    }

    @Test func referenceNamesEveryDirectiveAndModel() {
        let text = Reference.markdown
        for kind in ["experiment", "gradient-flow", "activations", "prediction", "function-plot", "diagram", "table"] {
            #expect(text.contains("### `\(kind)`"))
        }
        #expect(text.contains("| `forgetBias` |"))
        #expect(text.contains("### `dampedSine`"))
    }
}
