import Lessons
import Markdown

/// Numbers every figure and table of the course, in reading order, so that
/// `{numref}` can say "Figure 3" and link to it from any page.
struct FigureIndex {
    struct Entry {
        var label: String
        var number: Int
        var page: String
        var anchor: String
        var text: String { "\(label) \(number)" }
    }

    /// By directive name (diagrams without a name are numbered but not referable).
    private(set) var byName: [String: Entry] = [:]
    /// By block position: lesson path and the line of the fence.
    private(set) var byBlock: [BlockKey: Entry] = [:]

    struct BlockKey: Hashable {
        var path: String
        var line: Int
    }

    init(course: Course, directives: CourseDirectives) {
        var figures = 0, tables = 0
        for lesson in course.lessons {
            for code in CourseScan.codeBlocks(in: lesson.document.blocks) where code.isFenced {
                guard let directive = directives.directive(fencedAt: lesson.source.path, line: code.infoPosition.line) else { continue }
                let isTable = directive.kind == .table
                if isTable { tables += 1 } else { figures += 1 }
                let number = isTable ? tables : figures
                let anchor = directive.name ?? "figure-\(number)"
                let entry = Entry(label: isTable ? "Table" : "Figure", number: number, page: lesson.pageName, anchor: anchor)
                byBlock[BlockKey(path: lesson.source.path, line: code.infoPosition.line)] = entry
                if let name = directive.name { byName[name] = entry }
            }
        }
    }
}
