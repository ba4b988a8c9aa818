import Foundation
import Testing
@testable import Preview

/// A built site in a scratch folder, with a secret beside it that no
/// request may reach.
final class ScratchSite {
    let top: URL
    let site: SiteFolder

    init() throws {
        top = FileManager.default.temporaryDirectory.appendingPathComponent("preview-test-\(UUID().uuidString)")
        let output = top.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("images"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("<html><body>index</body></html>".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data("<svg/>".utf8).write(to: output.appendingPathComponent("images/dot.svg"))
        try Data("<html>data</html>".utf8).write(to: output.appendingPathComponent("data/index.html"))
        try Data("secret".utf8).write(to: top.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("escape").path, withDestinationPath: top.path)
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("leak.txt").path,
                                                   withDestinationPath: top.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("alias.svg").path, withDestinationPath: "images/dot.svg")
        site = SiteFolder(path: output.path)
    }

    deinit { try? FileManager.default.removeItem(at: top) }

    func file(_ relative: String) -> SiteFolder.Resolution {
        .file(SiteFolder.realPath(top.appendingPathComponent("output/\(relative)").path) ?? "?")
    }
}

@Suite struct SiteFolderTests {
    @Test func servesFilesAndFolderIndexes() throws {
        let s = try ScratchSite()
        #expect(s.site.resolve(target: "/") == s.file("index.html"))
        #expect(s.site.resolve(target: "/index.html?reload=1") == s.file("index.html"))
        #expect(s.site.resolve(target: "/images/dot.svg") == s.file("images/dot.svg"))
        #expect(s.site.resolve(target: "/images//./dot.svg") == s.file("images/dot.svg"))
        #expect(s.site.resolve(target: "/data/") == s.file("data/index.html"))
        #expect(s.site.resolve(target: "/data") == s.file("data/index.html"))
        #expect(s.site.resolve(target: "/im%61ges/dot.svg") == s.file("images/dot.svg"))
        #expect(s.site.resolve(target: "/alias.svg") == s.file("images/dot.svg"), "a symlink inside the site is fine")
    }

    @Test func missingFilesAreNotFound() throws {
        let s = try ScratchSite()
        #expect(s.site.resolve(target: "/nope.html") == .notFound)
        #expect(s.site.resolve(target: "/images/") == .notFound, "a folder without index.html")
        #expect(SiteFolder(path: s.top.appendingPathComponent("never-built").path).resolve(target: "/") == .notFound)
    }

    @Test(arguments: [
        "/../secret.txt",
        "/images/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/images%2f..%2f..%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/index.html%00.svg",
        "/%ff%fe",
        "//etc/passwd/..",
        "secret.txt",
        "http://127.0.0.1/../secret.txt",
        "/escape/secret.txt",
        "/leak.txt",
    ])
    func refusesEveryWayOut(target: String) throws {
        let s = try ScratchSite()
        let resolution = s.site.resolve(target: target)
        #expect(resolution == .forbidden || resolution == .notFound, "\(target) → \(resolution)")
        if case .file(let path) = resolution { Issue.record("served \(path)") }
    }

    @Test func absolutePathsStayInsideTheSite() throws {
        let s = try ScratchSite()
        // "/etc/passwd" names output/etc/passwd, which does not exist.
        #expect(s.site.resolve(target: "/etc/passwd") == .notFound)
        #expect(s.site.resolve(target: "/\(s.top.path)/secret.txt") == .notFound)
    }
}
