import Build
import Foundation
import Testing
@testable import Site

/// A small course for the reader's features: two lessons with a figure
/// each, a display formula, sections and summaries, rendered in memory.
enum ReaderCourse {
    static let plot = """
    ```{function-plot} %@
    :functions: [sigmoid, tanh]
    The gates' squashing functions.
    ```
    """

    /// Renders a two-lesson course (figures in both) with the given course.yml.
    static func render(courseYAML: String) throws -> [String: String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString)")
        let lessons = root.appendingPathComponent("lessons")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        let files = [
            "course.yml": courseYAML,
            "01-first.md": "---\nsummary: Where the sigmoid comes from.\n---\n# First\n\n" + String(format: plot, "first-plot") + "\n",
            "02-second.md": """
            ---
            summary: Gates, and "why" they work.
            ---
            # Second

            ## The forget gate

            A gate multiplies; see {numref}`second-plot`.

            $$
            c_t = f_t \\odot c_{t-1} + i_t \\odot \\tilde c_t
            $$

            \(String(format: plot, "second-plot"))

            ### Counting

            The cell state counts brackets.

            """,
        ]
        for (name, text) in files { try Data(text.utf8).write(to: lessons.appendingPathComponent(name)) }
        let rendered = SiteBuild(lessonsPath: lessons.path, outputPath: root.appendingPathComponent("out").path, useCache: false).render()
        #expect(rendered.report.errorCount == 0, "\(rendered.report.diagnostics.map(\.message))")
        return rendered.files.mapValues { String(decoding: $0, as: UTF8.self) }
    }
}
