import Foundation
import Lessons

/// Where a site may be written. The build replaces the output folder as a
/// whole, so it must not be the lessons folder or hold it, nor the folder
/// the command runs in; and it must not sit inside the lessons folder, whose
/// other files are copied into the site. Nor may it replace what lessonrun did
/// not write: an existing output must be an empty folder or one holding
/// lessonrun's `manifest.json`. Every path is resolved (links followed) first,
/// exactly as ``AtomicOutput`` resolves the one it writes.
public enum OutputPlacement {
    /// The flag that lets `--out` replace a folder lessonrun did not write; long on purpose.
    public static let overrideFlag = "--replace-folder-not-written-by-lessonrun"

    /// Why `output` cannot take the site built from `lessons`, or nil.
    public static func problem(lessons: String, output: String) -> String? {
        var isFolder: ObjCBool = false
        let lessonsIsFile = FileManager.default.fileExists(atPath: lessons, isDirectory: &isFolder) && !isFolder.boolValue
        var lessonsFolder = LocalPath(lessons).resolved()
        if lessonsIsFile { lessonsFolder = lessonsFolder.parent }
        let out = AtomicOutput.resolve(output)
        let here = LocalPath(FileManager.default.currentDirectoryPath).resolved()
        if out == lessonsFolder { return "'\(output)' is the lessons folder" }
        if lessonsFolder.isInside(out) { return "'\(output)' holds the lessons folder" }
        if out.isInside(lessonsFolder) { return "'\(output)' is inside the lessons folder, whose files are copied into the site" }
        if here.isInside(out) { return "'\(output)' is the current folder or holds it" }
        return nil
    }

    /// The message for the command line: the problem and what to do.
    public static func message(_ problem: String, lessons: String) -> String {
        "--out \(problem); the build replaces the output folder as a whole. Write the site to a folder of its own, e.g. --out \(suggestion(lessons: lessons))"
    }

    /// A `--out` that would work for `lessons`: the first of a few usual names that is neither
    /// placed wrongly nor a folder lessonrun did not write.
    public static func suggestion(lessons: String) -> String {
        let stem = LocalPath(lessons).resolved().lastComponent ?? "lessons"
        let candidates = ["output", "site", "\(stem)-site", "_site"] + (2...9).map { "output-\($0)" }
        return candidates.first { problem(lessons: lessons, output: $0) == nil && foreignContent(output: $0) == nil }
            ?? "../\(stem)-site"
    }

    /// Why the existing `output` is not lessonrun's to replace, or nil when it is absent, an
    /// empty folder, or a folder holding lessonrun's `manifest.json`.
    public static func foreignContent(output: String) -> String? {
        let path = AtomicOutput.resolve(output).string
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else {
            return "'\(output)' is a file, not a folder lessonrun wrote; the build would replace it with the site"
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            return "'\(output)' cannot be listed (\(ErrorText.plain(error))), so lessonrun cannot tell whether it wrote it"
        }
        if entries.isEmpty { return nil }
        let manifest = LocalPath(path).appending("manifest.json").string
        if let data = FileManager.default.contents(atPath: manifest), isLessonrunManifest(data) { return nil }
        return "'\(output)' holds \(entries.count) entr\(entries.count == 1 ? "y" : "ies") but no lessonrun manifest.json, "
            + "so lessonrun did not write it; the build would replace all of it with the site"
    }

    /// The message for a folder lessonrun did not write: what would be lost and the way out.
    public static func foreignMessage(_ problem: String, lessons: String) -> String {
        "--out \(problem). Choose a new or empty folder, e.g. --out \(suggestion(lessons: lessons)), or, to delete what is there, add \(overrideFlag)"
    }

    /// `{"entries": [...]}` as ``Manifest`` writes it.
    static func isLessonrunManifest(_ data: Data) -> Bool {
        // A manifest.json that is not JSON is not one lessonrun wrote: that is the answer, not an error.
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["entries"] is [Any]
    }
}
