import Foundation

/// A course: its configuration, its lessons in order and the other files
/// beside them (images, data) that the site copies.
public struct Course: Sendable {
    public var config: CourseConfig
    /// The lessons folder on disk.
    public var root: String
    public var lessons: [Lesson]
    /// Paths relative to `root` of files to copy into the site as they are.
    public var assets: [String]
    /// The course-wide macros file's text and path, if course.yml names one.
    public var macros: SourceFile?
    /// course.yml itself, to quote its lines in diagnostics.
    public var configFile: SourceFile?
    /// The works of the BibTeX file course.yml names, and the file (to quote it).
    public var bibliography: Bibliography?
    public var bibliographyFile: SourceFile?
    /// Every lesson file in the folder, including those not being built
    /// (when one lesson is built alone), so links to them still check.
    public var lessonFiles: Set<String>

    /// The lesson whose file is `name` (`03-lstm.md`), if any.
    public func lesson(fileNamed name: String) -> Lesson? {
        lessons.first { $0.slug + ".md" == name }
    }
}

/// The outcome of loading: a course if its files could be read at all, and
/// every problem found on the way.
public struct LoadResult: Sendable {
    public var course: Course?
    public var diagnostics: [Diagnostic]
}
