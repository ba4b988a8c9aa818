import Lessons
import Markdown

/// Numbers every figure, table and claim per lesson, in reading order
/// ("Figure 5.2" is lesson 5's second figure), so that `{numref}` can link
/// to it from any page and inserting a lesson renumbers only the lessons
/// after it, never the figures inside the others.
struct FigureIndex {
    struct Entry {
        var label: String
        /// The lesson's position in the course, from 1.
        var lesson: Int
        /// The position among the lesson's entries of the same label, from 1.
        var number: Int
        var page: String
        var anchor: String
        var text: String { "\(label) \(lesson).\(number)" }
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
        for (index, lesson) in course.lessons.enumerated() {
            var counts: [String: Int] = [:]
            for code in CourseScan.codeBlocks(in: lesson.document.blocks) where code.isFenced {
                guard let directive = directives.directive(fencedAt: lesson.source.path, line: code.infoPosition.line) else { continue }
                let label = switch directive.kind {
                case .table: "Table"
                case .claim: "Claim"
                default: "Figure"
                }
                counts[label, default: 0] += 1
                let number = counts[label, default: 1]
                let anchor = directive.name ?? "\(label.lowercased())-\(index + 1)-\(number)"
                let entry = Entry(label: label, lesson: index + 1, number: number, page: lesson.pageName, anchor: anchor)
                byBlock[BlockKey(path: lesson.source.path, line: code.infoPosition.line)] = entry
                if let name = directive.name { byName[name] = entry }
            }
        }
    }
}
