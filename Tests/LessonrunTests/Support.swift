import Foundation

/// Runs the built `lessonrun` binary and captures what it printed.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Binary {
    /// The `lessonrun` executable SwiftPM built beside the test bundle.
    static var url: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent("lessonrun").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("lessonrun")
    }

    static func process(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        return (process, out, err)
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
        let (process, out, err) = process(arguments, in: directory, environment: environment)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A scratch folder with a copy of the fixture course, removed afterwards.
final class Workspace {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lessonrun-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// Copies a fixture folder (e.g. `course`) to `lessons/` in the workspace.
    func copyFixture(_ name: String, to destination: String = "lessons") throws {
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: url.appendingPathComponent(destination))
    }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ path: String) -> String? {
        (try? Data(contentsOf: url.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    /// Every file under `path` with its bytes, to compare whole folders.
    func snapshot(_ path: String) -> [String: Data] {
        let root = url.appendingPathComponent(path)
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let relative = walker.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) {
                result[relative] = data
            }
        }
        return result
    }

    /// Names in the workspace's top folder (to spot stray temporary folders),
    /// leaving out the result cache and the output lock, which builds keep on purpose.
    var entries: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { $0 != ".lessonrun" && !$0.hasSuffix(".lock") }.sorted()
    }
}
