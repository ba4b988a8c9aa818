import Foundation
import Lessons

extension ResultCache {
    /// The cache of a lessons folder: `.lessonrun/cache` beside it (for
    /// `lessonrun .`, beside the current folder; for one lesson file, beside
    /// the folder that holds it). Build, serve and clean all find it here.
    public init(forLessons path: String) {
        self.init(folder: Self.folder(forLessons: path))
    }

    /// Where the cache of the lessons at `path` lives.
    public static func folder(forLessons path: String) -> String {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        // Absolute, so that "." and "lessons/" have a parent to stand beside.
        var lessons = LocalPath(FileManager.default.currentDirectoryPath).appending(path).lexicallyNormal
        if exists && !isFolder.boolValue { lessons = lessons.parent }
        return lessons.parent.appending(".lessonrun/cache").string
    }
}
