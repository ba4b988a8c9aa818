import Engine
import Foundation
import Lessons

/// The files a lesson's tasks read: the engine builds tasks from the lesson's own
/// ``TaskSpec`` and reads no files, so a text task's corpus is read here, from inside
/// the lessons folder, and its digest joins the cache key.
enum TaskFiles {
    /// The engine's task for `spec`; a text task's file is read from the lessons folder.
    static func task(_ spec: TaskSpec, root: String) throws -> SequenceTask {
        try SequenceTask.make(spec) { file in String(decoding: try inputFile(file, root: root), as: UTF8.self) }
    }

    /// A file a task reads, from inside the lessons folder only (links followed first).
    static func inputFile(_ file: String, root: String) throws -> [UInt8] {
        switch CourseTree(root: root).read(file) {
        case .success(let bytes): return bytes
        case .failure(let refusal): throw RunError("cannot read the text file '\(file)': \(refusal)")
        }
    }

    /// The files `spec` reads, each as its path and the SHA-256 of its bytes, for the cache key:
    /// editing a corpus must re-run what trained on it.
    /// A file that cannot be read stands as "unreadable": the build that trains on it reports why.
    static func inputParts(_ spec: TaskSpec, root: String) throws(DigestError) -> [String] {
        guard case .text(.file(let file), _) = spec else { return [] }
        guard let bytes = try? inputFile(file, root: root) else { return ["file \(file)", "unreadable"] }
        return ["file \(file)", try CacheKey.digest(bytes)]
    }
}

/// A failure while executing a directive that the checks could not foresee.
public struct RunError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
