import Markdown

/// Every directive and role of a course checked in one pass: the check stage's
/// entry point for directives.
public struct CourseScan: Sendable {
    /// The course's valid directives by name, for the runner and the site.
    public var directives: CourseDirectives
    /// Syntax, schema, duplicate-name, reference and role errors of all lessons, in lesson order.
    public var diagnostics: [Diagnostic]

    /// Parses every directive block of `documents` (in course order), then checks
    /// references and every `{result}` / `{numref}` role.
    /// - Parameter documents: each lesson's display path and Markdown blocks.
    public init(_ documents: [(path: String, blocks: [Block])]) {
        var course = CourseDirectives()
        var diagnostics: [Diagnostic] = []
        var invalid: [FencedBlock] = []
        for document in documents {
            for code in Self.codeBlocks(in: document.blocks) where code.isFenced {
                let block = FencedBlock(code, path: document.path)
                guard block.isDirective else { continue }
                let result = DirectiveParser.parse(block)
                diagnostics += result.diagnostics
                diagnostics += course.add(result)
                if result.directive == nil { invalid.append(block) }
            }
        }
        diagnostics += course.checkReferences()
        diagnostics += course.checkReferences(ofInvalid: invalid)
        for document in documents {
            for role in Self.roles(in: document.blocks) {
                diagnostics += course.checkRole(role, path: document.path).diagnostics
            }
        }
        self.directives = course
        self.diagnostics = diagnostics
    }

    /// The scan of a loaded course's lessons.
    public init(lessons: [Lesson]) {
        self.init(lessons.map { (path: $0.source.path, blocks: $0.document.blocks) })
    }

    /// The scan of a loaded course, also checking that the files of `text(file:)` tasks
    /// are among the files beside the lessons.
    public init(course: Course) {
        self.init(lessons: course.lessons)
        let files = Set(course.assets)
        for directive in directives.directives {
            guard case .experiment(let experiment) = directive.content,
                  case .text(.file(let file), _) = experiment.task else { continue }
            let path = file.hasPrefix("./") ? String(file.dropFirst(2)) : file
            if !files.contains(path) {
                diagnostics.append(.error(in: experiment.taskRange ?? directive.kindRange, "text file '\(file)' not found",
                                          hint: "put the file beside the lessons; the path is relative to the lessons folder"))
            }
        }
    }

    public static func codeBlocks(in blocks: [Block]) -> [CodeBlock] {
        Block.codeBlocks(of: blocks)
    }

    static func roles(in blocks: [Block]) -> [Role] {
        Block.inlines(of: blocks).compactMap { inline in
            if case .role(let role) = inline { return role }
            return nil
        }
    }
}
