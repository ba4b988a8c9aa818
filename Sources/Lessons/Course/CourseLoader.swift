import Foundation

/// Reads a lessons folder (or a single lesson file) from disk.
public enum CourseLoader {
    /// Loads `path`: a folder of `*.md` lessons with an optional `course.yml`,
    /// or one `.md` file (its folder's course.yml still applies).
    public static func load(path: String) -> LoadResult {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return LoadResult(course: nil, diagnostics: [
                .error(at: SourceLocation(path: path, line: 1, column: 1), "no such file or folder",
                       hint: "give the lessons folder (e.g. 'lessons/') or a lesson file"),
            ])
        }
        let rootPath = isFolder.boolValue ? path : LocalPath(path).parent.string
        var diagnostics: [Diagnostic] = []

        var config = CourseConfig()
        let configPath = LocalPath(rootPath).appending("course.yml").string
        if FileManager.default.fileExists(atPath: configPath) {
            switch SourceFile.read(path: configPath, displayPath: display(configPath)) {
            case .success(let file):
                let (parsed, problems) = CourseConfig.parse(file)
                config = parsed
                diagnostics += problems
            case .failure(let d): diagnostics.append(d)
            }
        }

        var macros: SourceFile?
        if let macrosName = config.macros {
            let macrosPath = LocalPath(rootPath).appending(macrosName).string
            switch SourceFile.read(path: macrosPath, displayPath: display(macrosPath)) {
            case .success(let file): macros = file
            case .failure(let d):
                diagnostics.append(.error(at: SourceLocation(path: display(configPath), line: 1, column: 1),
                                          "the macros file '\(macrosName)' cannot be read: \(d.message)",
                                          hint: "'macros:' is a path relative to the lessons folder"))
            }
        }

        let files = listFiles(rootPath)
        let allLessons = files.filter { $0.hasSuffix(".md") && !$0.contains("/") && !isReadme($0) }
        let lessonNames = isFolder.boolValue ? allLessons : [LocalPath(path).lastComponent ?? path]
        if isFolder.boolValue, lessonNames.isEmpty {
            diagnostics.append(.error(at: SourceLocation(path: path, line: 1, column: 1), "no lessons (*.md files) in this folder"))
        }

        var lessons: [Lesson] = []
        for name in lessonNames {
            let full = LocalPath(rootPath).appending(name).string
            switch SourceFile.read(path: full, displayPath: display(full)) {
            case .success(let file):
                let (lesson, problems) = Lesson.make(file, fileName: name)
                lessons.append(lesson)
                diagnostics += problems
            case .failure(let d): diagnostics.append(d)
            }
        }
        lessons.sort { ($0.order, $0.slug) < ($1.order, $1.slug) }

        let skipped = Set(["course.yml", config.macros].compactMap { $0 })
        let assets = files.filter { !($0.hasSuffix(".md") && !$0.contains("/")) && !skipped.contains($0) }
        let course = Course(config: config, root: rootPath, lessons: lessons, assets: assets, macros: macros,
                            lessonFiles: Set(allLessons))
        return LoadResult(course: course, diagnostics: diagnostics)
    }

    static func isReadme(_ name: String) -> Bool { name.lowercased() == "readme.md" }

    /// Every regular file under `root`, relative, sorted; hidden files skipped.
    static func listFiles(_ root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = LocalPath(relative).lastComponent ?? relative
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            var isFolder: ObjCBool = false
            let full = LocalPath(root).appending(relative).string
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }

    /// A path as the user should see it: relative to the working directory
    /// when it is inside it.
    static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let standard = LocalPath(path).lexicallyNormal
        if standard.isAbsolute, let inside = standard.relative(to: LocalPath(cwd)), !inside.isEmpty {
            return inside.joined(separator: "/")
        }
        return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}
