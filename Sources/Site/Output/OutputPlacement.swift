import Foundation
import Lessons

/// Where a site may be written. The build replaces the output folder as a
/// whole, so it must not be the lessons folder or hold it, nor the folder
/// the command runs in; and it must not sit inside the lessons folder, whose
/// other files are copied into the site.
public enum OutputPlacement {
    /// Why `output` cannot take the site built from `lessons`, or nil.
    public static func problem(lessons: String, output: String) -> String? {
        var isFolder: ObjCBool = false
        let lessonsIsFile = FileManager.default.fileExists(atPath: lessons, isDirectory: &isFolder) && !isFolder.boolValue
        var lessonsFolder = PathText.absoluteComponents(lessons)
        if lessonsIsFile { lessonsFolder.removeLast() }
        let out = PathText.absoluteComponents(output)
        let here = PathText.absoluteComponents(FileManager.default.currentDirectoryPath)
        func starts(_ path: [String], with prefix: [String]) -> Bool {
            prefix.count <= path.count && Array(path.prefix(prefix.count)) == prefix
        }
        if out == lessonsFolder { return "'\(output)' is the lessons folder" }
        if starts(lessonsFolder, with: out) { return "'\(output)' holds the lessons folder" }
        if starts(out, with: lessonsFolder) { return "'\(output)' is inside the lessons folder, whose files are copied into the site" }
        if starts(here, with: out) { return "'\(output)' is the current folder or holds it" }
        return nil
    }

    /// The message for the command line: the problem and what to do.
    public static func message(_ problem: String) -> String {
        "--out \(problem); the build replaces the output folder as a whole. Write the site to a folder of its own, e.g. --out output"
    }
}
