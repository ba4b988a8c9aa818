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
        let tree = CourseTree(root: rootPath)
        let configPath = LocalPath(rootPath).appending("course.yml").string
        let (config, configFile) = readConfig(configPath, tree: tree, &diagnostics)
        let macros = config.macros.flatMap { readMacros($0, root: rootPath, configPath: configPath, tree: tree, &diagnostics) }
        let (bibliography, bibliographyFile) = readBibliography(config, root: rootPath, configPath: configPath, tree: tree, &diagnostics)

        let files = publishableFiles(root: rootPath, tree: tree, &diagnostics)
        let allLessons = files.filter { isLessonFile($0) && !isReadme($0) }
        let lessonNames = isFolder.boolValue ? allLessons : [LocalPath(path).lastComponent ?? path]
        if isFolder.boolValue, lessonNames.isEmpty {
            diagnostics.append(.error(at: SourceLocation(path: path, line: 1, column: 1), "no lessons (*.md files) in this folder"))
        }
        let lessons = readLessons(lessonNames, root: rootPath, &diagnostics)

        let skipped = Set(["course.yml", config.macros, config.bibliography].compactMap { $0 })
        let assets = files.filter { !isLessonFile($0) && !skipped.contains($0) }
        let course = Course(config: config, root: rootPath, lessons: lessons, assets: assets, macros: macros,
                            configFile: configFile, bibliography: bibliography, bibliographyFile: bibliographyFile,
                            lessonFiles: Set(allLessons))
        return LoadResult(course: course, diagnostics: diagnostics)
    }

    /// A Markdown file at the top of the folder: a lesson (unless it is the README).
    static func isLessonFile(_ relative: String) -> Bool { relative.hasSuffix(".md") && !relative.contains("/") }

    /// `course.yml` when there is one (defaults otherwise), with its problems.
    static func readConfig(_ configPath: String, tree: CourseTree, _ diagnostics: inout [Diagnostic]) -> (CourseConfig, SourceFile?) {
        guard FileManager.default.fileExists(atPath: configPath), inside(tree, "course.yml", &diagnostics) else { return (CourseConfig(), nil) }
        switch SourceFile.read(path: configPath, displayPath: display(configPath)) {
        case .success(let file):
            let (parsed, problems) = CourseConfig.parse(file)
            diagnostics += problems
            return (parsed, file)
        case .failure(let d):
            diagnostics.append(d)
            return (CourseConfig(), nil)
        }
    }

    /// The macros file `course.yml` names, or nil (and an error) when it cannot be read.
    static func readMacros(_ name: String, root: String, configPath: String, tree: CourseTree,
                           _ diagnostics: inout [Diagnostic]) -> SourceFile? {
        let macrosPath = LocalPath(root).appending(name).string
        let readable: Result<SourceFile, Diagnostic> = switch tree.resolve(name) {
        case .success: SourceFile.read(path: macrosPath, displayPath: display(macrosPath))
        case .failure(let refusal): .failure(.error(at: SourceLocation(path: display(macrosPath), line: 1, column: 1), "\(refusal)"))
        }
        switch readable {
        case .success(let file): return file
        case .failure(let d):
            diagnostics.append(.error(at: SourceLocation(path: display(configPath), line: 1, column: 1),
                                      "the macros file '\(name)' cannot be read: \(d.message)",
                                      hint: "'macros:' is a path relative to the lessons folder"))
            return nil
        }
    }

    /// The bibliography `course.yml` names, read, with its file; nils (and an error) when it cannot be read.
    static func readBibliography(_ config: CourseConfig, root: String, configPath: String, tree: CourseTree,
                                 _ diagnostics: inout [Diagnostic]) -> (Bibliography?, SourceFile?) {
        guard let name = config.bibliography, inside(tree, name, &diagnostics) else { return (nil, nil) }
        let bibPath = LocalPath(root).appending(name).string
        switch SourceFile.read(path: bibPath, displayPath: display(bibPath)) {
        case .success(let file):
            let (entries, problems) = BibTeXReader.read(file)
            diagnostics += problems
            return (Bibliography(entries: entries, style: config.citations), file)
        case .failure(let d):
            diagnostics.append(.error(at: config.bibliographyLocation ?? SourceLocation(path: display(configPath), line: 1, column: 1),
                                      "the bibliography '\(name)' cannot be read: \(d.message)",
                                      hint: "'bibliography:' is a path relative to the lessons folder, e.g. references.bib",
                                      length: max(1, name.unicodeScalars.count)))
            return (nil, nil)
        }
    }

    /// Every file that may go into the site, relative and sorted; a file whose links lead
    /// outside the lessons folder is left out with a warning.
    static func publishableFiles(root: String, tree: CourseTree, _ diagnostics: inout [Diagnostic]) -> [String] {
        let (files, outside) = listFiles(root, tree: tree)
        for (relative, refusal) in outside {
            let shown = display(LocalPath(root).appending(relative).string)
            diagnostics.append(.warning(at: SourceLocation(path: shown, line: 1, column: 1),
                                        "'\(relative)' is not read or published: \(refusal)",
                                        hint: "nothing outside the lessons folder goes into the site; copy the file in instead of linking to it"))
        }
        return files
    }

    /// The lessons of `names`, in course order (front matter `order`, then slug), with their problems.
    static func readLessons(_ names: [String], root: String, _ diagnostics: inout [Diagnostic]) -> [Lesson] {
        var lessons: [Lesson] = []
        for name in names {
            let full = LocalPath(root).appending(name).string
            switch SourceFile.read(path: full, displayPath: display(full)) {
            case .success(let file):
                let (lesson, problems) = Lesson.make(file, fileName: name)
                lessons.append(lesson)
                diagnostics += problems
            case .failure(let d): diagnostics.append(d)
            }
        }
        return lessons.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    static func isReadme(_ name: String) -> Bool { name.lowercased() == "readme.md" }

    /// Whether `relative` stays inside the tree; if not, an error says so.
    static func inside(_ tree: CourseTree, _ relative: String, _ diagnostics: inout [Diagnostic]) -> Bool {
        guard case .failure(let refusal) = tree.resolve(relative) else { return true }
        let shown = display(tree.root.appending(relative).string)
        diagnostics.append(.error(at: SourceLocation(path: shown, line: 1, column: 1), "'\(relative)' is not read: \(refusal)",
                                  hint: "nothing outside the lessons folder is read; copy the file in instead of linking to it"))
        return false
    }

    /// Every regular file under `root`, relative, sorted; hidden files skipped. Files whose
    /// links lead outside `tree` are returned apart, with the reason.
    static func listFiles(_ root: String, tree: CourseTree) -> (files: [String], outside: [(String, CourseTree.Refusal)]) {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return ([], []) }
        var result: [String] = []
        var outside: [(String, CourseTree.Refusal)] = []
        while let relative = walker.nextObject() as? String {
            let name = LocalPath(relative).lastComponent ?? relative
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            var isFolder: ObjCBool = false
            let full = LocalPath(root).appending(relative).string
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                if case .failure(let refusal) = tree.resolve(relative) {
                    outside.append((relative, refusal))
                } else {
                    result.append(relative)
                }
            }
        }
        return (result.sorted(), outside.sorted { $0.0 < $1.0 })
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
