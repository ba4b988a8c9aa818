import Foundation
import Testing

/// Golden files: `Snapshots/` in the test target's folder (`Tests/<Target>Tests/Snapshots`).
/// `RECORD_SNAPSHOTS=1` re-records them; a changed golden file is reviewed like code.
public enum Snapshot {
    /// Whether this run re-records golden files instead of comparing with them.
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The `Snapshots` folder of the test target that holds `filePath`.
    public static func folder(for filePath: String) -> URL {
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.deletingLastPathComponent().lastPathComponent != "Tests", folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("Snapshots")
    }

    /// Compares `actual` with `Snapshots/<file>` (the name with its extension, e.g. `loss-chart.svg`).
    ///
    /// When recording, or when the golden file is missing, it is written; a missing one is
    /// also an issue, so that a new golden file is looked at before it is trusted. A
    /// difference names the first line that differs and where the actual text was written.
    public static func check(_ actual: String, file name: String, filePath: String = #filePath,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = folder(for: filePath)
        let url = folder.appendingPathComponent(name)
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if recording || expected == nil {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            if expected == nil && !recording {
                Issue.record("recorded missing snapshot \(name); look at it, then run again", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected, expected != actual else { return }
        let written = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("actual-" + name)
        let note: String
        do {
            try actual.write(to: written, atomically: true, encoding: .utf8)
            note = "actual output in \(written.path)"
        } catch {
            note = "the actual output could not be written: \(error)"
        }
        Issue.record("snapshot \(name) differs at line \(firstDifferingLine(expected, actual)); \(note) (RECORD_SNAPSHOTS=1 re-records)",
                     sourceLocation: sourceLocation)
    }

    /// The 1-based number of the first line where the texts differ.
    static func firstDifferingLine(_ expected: String, _ actual: String) -> Int {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        return index + 1
    }
}
