import Build
import Foundation

/// One build for the preview, reduced to what the server and the terminal
/// need (the full report is not `Sendable`; its text and overlay are).
struct PreviewBuild: Sendable {
    /// Diagnostics as the terminal prints them, with the count line.
    var terminalText: String
    /// The overlay for pages, nil when the build succeeded.
    var overlay: String?
    var pages: Int
    var failed: Bool { overlay != nil }

    /// Builds on a thread of its own: a build is blocking work (and, once
    /// directives run, long), which must not hold up the server's tasks.
    static func run(_ options: PreviewOptions) async -> PreviewBuild {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: build(options))
            }
            // The size of a main thread's stack: lessons nest lists and quotes.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    static func build(_ options: PreviewOptions) -> PreviewBuild {
        let outcome = SiteBuild(lessonsPath: options.lessonsPath, outputPath: options.outputPath, jobs: options.jobs,
                                progress: options.progress).run()
        var text = outcome.report.rendered()
        if !outcome.report.summary.isEmpty { text += outcome.report.summary + "\n" }
        return PreviewBuild(terminalText: text,
                            overlay: outcome.failed ? ErrorOverlay.html(for: outcome.report) : nil,
                            pages: outcome.pages)
    }
}
