import Foundation
import Lessons
import Runner

/// Re-executes a course from scratch and compares every figure's and
/// table's data with a published site's manifest.
public struct Verification {
    public enum Status: Equatable, Sendable {
        case reproduced
        /// The data differs; the first differing line of the data file, if found.
        case differs(firstDifference: String)
        /// In the published manifest but not produced now, or the reverse.
        case missing(String)
    }

    public struct Item: Sendable {
        public var name: String
        public var label: String
        public var data: String
        public var status: Status
    }

    public var items: [Item] = []
    public var report: DiagnosticReport
    public var executed = 0
    /// What ran and where the time went.
    public var summary: RunSummary?
    public var lessons = 0
    public var failed: Bool { report.errorCount > 0 || items.contains { $0.status != .reproduced } }

    struct PublishedEntry: Decodable {
        var name: String
        var label: String
        var data: String
        var sha256: String
    }

    struct PublishedManifest: Decodable {
        var entries: [PublishedEntry]
    }

    /// Runs `lessons` with no cache and compares with `output`'s manifest.
    public static func run(lessons: String, output: String, jobs: Int, progress: ProgressReporter) -> Verification {
        let build = SiteBuild(lessonsPath: lessons, outputPath: output, jobs: jobs, useCache: false, progress: progress)
        let rendered = build.render()
        var verification = Verification(report: rendered.report)
        verification.executed = rendered.results?.summary.executed ?? 0
        verification.summary = rendered.results?.summary
        verification.lessons = rendered.lessons
        guard rendered.report.errorCount == 0 else { return verification }
        let manifestPath = LocalPath(output).appending("manifest.json").string
        guard let data = FileManager.default.contents(atPath: manifestPath),
              let published = try? JSONDecoder().decode(PublishedManifest.self, from: data) else {
            verification.report.diagnostics.append(.error(
                at: SourceLocation(path: manifestPath, line: 1, column: 1), "no readable manifest.json in \(output)",
                hint: "build the site first, or give its folder with --out"))
            return verification
        }
        let fresh = rendered.files["manifest.json"].flatMap { try? JSONDecoder().decode(PublishedManifest.self, from: Data($0)) }
        let now = Dictionary((fresh?.entries ?? []).map { ($0.data, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: Set<String> = []
        for entry in published.entries {
            seen.insert(entry.data)
            let status: Status
            if let current = now[entry.data] {
                if current.sha256 == entry.sha256 {
                    status = .reproduced
                } else {
                    let old = FileManager.default.contents(atPath: LocalPath(output).appending(entry.data).string).map { [UInt8]($0) } ?? []
                    status = .differs(firstDifference: firstDifference(published: old, now: rendered.files[entry.data] ?? []))
                }
            } else {
                status = .missing("not produced by the lessons any more")
            }
            verification.items.append(Item(name: entry.name, label: entry.label, data: entry.data, status: status))
        }
        for entry in fresh?.entries ?? [] where !seen.contains(entry.data) {
            verification.items.append(Item(name: entry.name, label: entry.label, data: entry.data,
                                           status: .missing("not in the published manifest")))
        }
        return verification
    }

    /// The first line where two data files differ, both sides shown; or a
    /// note that the published file itself no longer matches its hash.
    static func firstDifference(published: [UInt8], now: [UInt8]) -> String {
        let a = String(decoding: published, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: now, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let left = i < a.count ? String(a[i]) : "(end of file)"
            let right = i < b.count ? String(b[i]) : "(end of file)"
            if left != right { return "line \(i + 1): published '\(left)', now '\(right)'" }
        }
        return "the data is unchanged but the manifest's hash differs from it"
    }
}
