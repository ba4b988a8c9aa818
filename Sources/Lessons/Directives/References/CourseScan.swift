import Foundation
import Markdown

/// Every directive and role of a course checked in one pass: the check stage's
/// entry point for directives.
public struct CourseScan: Sendable {
    /// The course's valid directives by name, for the runner and the site.
    public var directives: CourseDirectives
    /// Syntax, schema, duplicate-name, reference and role errors of all lessons, in lesson order.
    public var diagnostics: [Diagnostic]
    /// The labelled and tagged display formulas, numbered per lesson.
    public var equations: EquationIndex
    /// The keys each lesson cites (by display path), in the order first cited.
    public var cited: [String: [String]] = [:]

    /// Parses every directive block of `documents` (in course order), then checks
    /// references and every `{result}` / `{numref}` role.
    /// - Parameters:
    ///   - documents: each lesson's display path and Markdown blocks.
    ///   - pages: each lesson's page, for equation links (by path; the path's stem + .html when absent).
    ///   - bibliography: the works `{cite}` may name.
    public init(_ documents: [(path: String, blocks: [Block])], pages: [String: String] = [:], bibliography: Bibliography? = nil) {
        var course = CourseDirectives()
        var diagnostics: [Diagnostic] = []
        var blocks: [(block: FencedBlock, raw: RawDirective?, diagnostics: [Diagnostic])] = []
        var invalid: [FencedBlock] = []
        for document in documents {
            for code in Self.codeBlocks(in: document.blocks) where code.isFenced {
                let block = FencedBlock(code, path: document.path)
                guard block.isDirective else { continue }
                let (raw, syntax) = BlockParser.parse(block)
                blocks.append((block, raw, syntax))
            }
        }
        // Variants may name an experiment written later in the course.
        var bases: [String: RawDirective] = [:]
        for case (_, let raw?, _) in blocks where raw.option("from") == nil {
            if let name = raw.argument, bases[name] == nil { bases[name] = raw }
        }
        for (block, raw, syntax) in blocks {
            let result = DirectiveParser.check(raw, syntaxDiagnostics: syntax, bases: bases)
            diagnostics += result.diagnostics
            diagnostics += course.add(result)
            if result.directive == nil { invalid.append(block) }
        }
        diagnostics += course.checkReferences()
        let equations = EquationIndex(documents.map { document in
            let name = LocalPath(document.path).lastComponent ?? document.path
            let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
            return (document.path, pages[document.path] ?? stem + ".html", document.blocks)
        })
        diagnostics += equations.diagnostics
        var cited: [String: [String]] = [:]
        diagnostics += course.checkReferences(ofInvalid: invalid)
        for document in documents {
            for role in Self.roles(in: document.blocks) {
                let location = SourceLocation(path: document.path, line: role.contentPosition.line, column: role.contentPosition.column)
                if Citations.form(ofRole: role.name) != nil {
                    let (keys, problems) = Citations.check(content: role.content, at: location, in: bibliography)
                    diagnostics += problems
                    for key in keys ?? [] where !(cited[document.path]?.contains(key) ?? false) {
                        cited[document.path, default: []].append(key)
                    }
                } else if role.name == "eq" {
                    diagnostics += equations.checkRole(content: role.content, at: location)
                } else {
                    diagnostics += course.checkRole(role, path: document.path).diagnostics
                }
            }
        }
        self.directives = course
        self.diagnostics = diagnostics
        self.equations = equations
        self.cited = cited
    }

    /// The scan of a loaded course's lessons.
    public init(lessons: [Lesson], bibliography: Bibliography? = nil) {
        self.init(lessons.map { (path: $0.source.path, blocks: $0.document.blocks) },
                  pages: Dictionary(lessons.map { ($0.source.path, $0.pageName) }, uniquingKeysWith: { a, _ in a }),
                  bibliography: bibliography)
    }

    /// The scan of a loaded course, also checking that the files of `text(file:)` tasks
    /// are among the files beside the lessons.
    public init(course: Course) {
        self.init(lessons: course.lessons, bibliography: course.bibliography)
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
