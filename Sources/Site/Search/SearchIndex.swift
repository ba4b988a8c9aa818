import Foundation
import Lessons
import Markdown

/// The full-text search index, built with the site: one entry per section
/// of a lesson (its title and the plain text under it, up to the next
/// heading of level 2 or 3), written as a script that sets
/// `window.lessonrunSearch`, so that a page opened from `file://` loads it
/// with a script tag (a browser refuses to fetch a JSON file there).
struct SearchIndex {
    struct Section: Encodable, Equatable {
        /// The page and the heading's anchor ("" for the top of the page).
        var page: String
        var anchor: String
        /// "Lesson 5 · The forget-gate bias".
        var lesson: String
        var title: String
        var text: String
    }

    static let file = "search-index.js"

    private(set) var sections: [Section] = []

    /// Adds a lesson's sections. `directiveText` gives the searchable text of
    /// a fenced block that is a directive (its label and caption), or nil
    /// for plain code.
    mutating func add(_ lesson: Lesson, number: Int, directiveText: @escaping (CodeBlock) -> String?) {
        var walker = Walker(page: lesson.pageName, lesson: "Lesson \(number) · \(lesson.title)", directiveText: directiveText)
        walker.start(anchor: "", title: lesson.title)
        walker.walk(lesson.document.blocks)
        walker.finish()
        sections += walker.sections
    }

    /// `search-index.js`: the sections as a JSON array assigned to a global.
    /// - Throws: the encoder's error (the page's search would be empty without the index).
    func script() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(sections), as: UTF8.self)
        return Array("window.lessonrunSearch = \(json);\n".utf8)
    }

    /// Walks a lesson's blocks in the order the page renders them, naming
    /// headings' anchors the same way, so every entry links to its section.
    private struct Walker {
        var page: String
        var lesson: String
        var directiveText: (CodeBlock) -> String?
        var anchors = AnchorNamer()
        var sections: [Section] = []
        var current: Section?
        var words: [String] = []

        init(page: String, lesson: String, directiveText: @escaping (CodeBlock) -> String?) {
            self.page = page
            self.lesson = lesson
            self.directiveText = directiveText
        }

        mutating func start(anchor: String, title: String) {
            finish()
            current = Section(page: page, anchor: anchor, lesson: lesson, title: title, text: "")
        }

        mutating func finish() {
            guard var section = current else { return }
            section.text = words.joined(separator: " ")
            // A title heading with nothing under it before the first section adds nothing.
            if !section.text.isEmpty || !section.anchor.isEmpty { sections.append(section) }
            current = nil
            words = []
        }

        mutating func add(_ text: String) {
            let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !collapsed.isEmpty { words.append(collapsed) }
        }

        mutating func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let level, let content, _):
                    let title = content.plainText
                    let anchor = anchors.anchor(for: title)
                    if level == 1, current?.anchor == "", words.isEmpty {
                        current?.anchor = anchor
                        current?.title = title
                    } else if level <= 3 {
                        start(anchor: anchor, title: title)
                    } else {
                        add(title)
                    }
                case .paragraph(let content): add(content.plainText)
                case .blockQuote(let content), .footnoteDefinition(_, let content): walk(content)
                case .admonition(let box):
                    add(box.title ?? box.kind.title)
                    walk(box.blocks)
                case .list(let list): for item in list.items { walk(item.content) }
                case .codeBlock(let code): add(directiveText(code) ?? code.code)
                case .table(let table):
                    for cell in table.header { add(cell.plainText) }
                    for row in table.rows { for cell in row { add(cell.plainText) } }
                case .html, .thematicBreak: break
                }
            }
        }
    }
}
