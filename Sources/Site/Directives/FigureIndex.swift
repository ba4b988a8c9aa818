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
        var counts: [String: Int] = [:]
        for lesson in course.lessons {
            for code in CourseScan.codeBlocks(in: lesson.document.blocks) where code.isFenced {
                guard let directive = directives.directive(fencedAt: lesson.source.path, line: code.infoPosition.line) else { continue }
                let label = switch directive.kind {
                case .table: "Table"
                case .claim: "Claim"
                default: "Figure"
                }
                counts[label, default: 0] += 1
                let number = counts[label, default: 1]
                let anchor = directive.name ?? "\(label.lowercased())-\(number)"
                let entry = Entry(label: label, number: number, page: lesson.pageName, anchor: anchor)
                byBlock[BlockKey(path: lesson.source.path, line: code.infoPosition.line)] = entry
                if let name = directive.name { byName[name] = entry }
            }
        }
    }
}
