import Foundation
import Testing

/// Golden files in `Snapshots/` beside this folder; `RECORD_SNAPSHOTS=1` re-records them.
enum Snapshot {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `svg` with `Snapshots/<name>.svg`, writing it when recording or when it is missing.
    static func check(_ svg: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".svg")
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if recording || existing == nil {
            do {
                try svg.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            if existing == nil && !recording {
                Issue.record("recorded missing snapshot \(name).svg; run again", sourceLocation: sourceLocation)
            }
            return
        }
        if existing != svg {
            let actual = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(name + ".actual.svg")
            try? svg.write(to: actual, atomically: true, encoding: .utf8)
            Issue.record("snapshot \(name).svg differs; actual output in \(actual.path) (RECORD_SNAPSHOTS=1 re-records)",
                         sourceLocation: sourceLocation)
        }
    }
}
