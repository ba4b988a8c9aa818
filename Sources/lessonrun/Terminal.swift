import Foundation
import Lessons
import Runner

/// Output to the terminal: diagnostics and status on standard error.
enum Terminal {
    static func printDiagnostics(_ report: DiagnosticReport) {
        let text = report.rendered()
        if !text.isEmpty { write(text) }
        if !report.summary.isEmpty { write(report.summary + "\n") }
    }

    static func error(_ message: String) { write("error: \(message)\n") }

    static func status(_ message: String) { write(message + "\n") }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The closing summary: what ran, what came from the cache, where the time went.
    static func printSummary(_ summary: RunSummary, lessons: Int) {
        var text = "summary: \(lessons) lesson\(lessons == 1 ? "" : "s"); directives executed: \(summary.executed), from cache: \(summary.cached)\n"
        let perLesson = summary.lessonSeconds.sorted { $0.key < $1.key }
        if !perLesson.isEmpty {
            text += "time per lesson (work, summed over workers):\n"
            for (path, seconds) in perLesson { text += "  \(path): \(seconds.formatted1)s\n" }
        }
        let slowest = summary.directiveSeconds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
        if !slowest.isEmpty {
            text += "slowest directives: " + slowest.map { "\($0.key) \($0.value.formatted1)s" }.joined(separator: ", ") + "\n"
        }
        write(text)
    }
}

extension Double {
    var formatted1: String { String(format: "%.1f", self) }
}
