import Foundation
import Lessons

/// Where a lesson's source lives: its path in the repository (the lessons
/// folder's name, then the file: `lessons/05-forget-bias.md`) and, when
/// course.yml gives `repository`, its web addresses (GitHub's, Gitea's and
/// Forgejo's form: `…/blob/BRANCH/PATH`, `…/edit/BRANCH/PATH`).
struct RepositoryLinks {
    var config: CourseConfig
    /// The lessons folder's name, as the repository holds it.
    var folder: String

    init(course: Course) {
        config = course.config
        let name = URL(fileURLWithPath: course.root).standardizedFileURL.lastPathComponent
        folder = name.isEmpty || name == "/" ? "lessons" : name
    }

    var branch: String { config.branch ?? "main" }

    func path(of lesson: Lesson) -> String { "\(folder)/\(lesson.slug).md" }

    /// The file's page in the repository, at a line if given.
    func source(_ path: String, line: Int? = nil) -> String? {
        guard let repository = config.repository else { return nil }
        return "\(repository)/blob/\(branch)/\(path)" + (line.map { "#L\($0)" } ?? "")
    }

    /// The repository's editor for the file.
    func edit(_ path: String) -> String? {
        config.repository.map { "\($0)/edit/\(branch)/\(path)" }
    }
}

/// The line under a lesson naming its source, with "edit this page" when
/// the course says where its repository is.
struct SourceLinks {
    var course: Course
    var lesson: Lesson

    func html() -> String {
        let links = RepositoryLinks(course: course)
        let path = links.path(of: lesson)
        guard let source = links.source(path), let edit = links.edit(path) else {
            return "<p class=\"page-source\">Built from <code>\(path.htmlEscaped)</code> · <a href=\"\(RunPage.path)\">run this course yourself</a></p>\n"
        }
        return "<p class=\"page-source\">Built from <a href=\"\(source.htmlEscaped)\"><code>\(path.htmlEscaped)</code></a> · <a href=\"\(edit.htmlEscaped)\">Edit this page</a> · <a href=\"\(RunPage.path)\">Run this course yourself</a></p>\n"
    }
}
