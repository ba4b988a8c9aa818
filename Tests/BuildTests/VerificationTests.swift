import Build
import Foundation
import Lessons
import Testing

/// `verify` says why it cannot compare, rather than reporting everything as missing.
@Suite struct VerificationTests {
    /// A one-lesson course with a function plot (a figure with data, no training), built into `out`.
    func builtCourse() throws -> (root: URL, lessons: String, out: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID().uuidString)")
        let lessons = root.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try Data("# A\n\n```{function-plot} squash\n:functions: [tanh]\nThe squashing function.\n```\n".utf8)
            .write(to: lessons.appendingPathComponent("01-a.md"))
        let out = root.appendingPathComponent("out").path
        let outcome = SiteBuild(lessonsPath: lessons.path, outputPath: out, jobs: 1, useCache: false).run()
        #expect(outcome.wroteOutput, "\(outcome.report.diagnostics.map(\.message))")
        return (root, lessons.path, out)
    }

    @Test func aFreshSiteIsReproduced() throws {
        let (root, lessons, out) = try builtCourse()
        defer { try? FileManager.default.removeItem(at: root) }
        let verification = Verification.run(lessons: lessons, output: out, jobs: 1, progress: .silent)
        #expect(!verification.failed)
        #expect(!verification.items.isEmpty && verification.items.allSatisfy { $0.status == .reproduced })
    }

    @Test func anUnreadableManifestIsAnErrorWithItsReason() throws {
        let (root, lessons, out) = try builtCourse()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: out + "/manifest.json"))
        let verification = Verification.run(lessons: lessons, output: out, jobs: 1, progress: .silent)
        #expect(verification.failed && verification.items.isEmpty)
        let error = try #require(verification.report.diagnostics.first { $0.severity == .error })
        #expect(error.message.hasPrefix("no readable manifest.json in \(out): "), "\(error.message)")
        #expect(error.message.count > "no readable manifest.json in \(out): ".count)
    }

    @Test func aMissingPublishedDataFileIsSaid() throws {
        let (root, lessons, out) = try builtCourse()
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = try String(contentsOfFile: out + "/manifest.json", encoding: .utf8)
        // The published hash no longer matches, and the published data file is gone.
        let data = try #require(firstDataPath(in: manifest))
        try FileManager.default.removeItem(atPath: out + "/" + data)
        let edited = manifest.replacingOccurrences(of: #""sha256" : ""#, with: #""sha256" : "0"#)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: out + "/manifest.json"))
        let verification = Verification.run(lessons: lessons, output: out, jobs: 1, progress: .silent)
        let item = try #require(verification.items.first { $0.data == data })
        #expect(item.status == .differs(firstDifference: "the published file cannot be read"))
    }

    /// The first `"data"` path of a manifest.
    func firstDataPath(in manifest: String) -> String? {
        guard let range = manifest.range(of: #""data" : ""#) else { return nil }
        return manifest[range.upperBound...].split(separator: "\"").first.map(String.init)
    }
}
