import Foundation
import Lessons

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
}
