import Foundation
import Markdown

/// Checks that need the whole course: links to other lessons and files.
public enum CourseChecks {
    public static func run(_ course: Course) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let lessonFiles = course.lessonFiles
        let assets = Set(course.assets)
        let tree = CourseTree(root: course.root)
        for asset in course.assets {
            if let refusal = tree.checkReadable(asset) {
                diagnostics.append(.error(at: SourceLocation(path: CourseLoader.display(tree.root.appending(asset).string), line: 1, column: 1),
                                          "'\(asset)' cannot be copied into the site: \(refusal)",
                                          hint: "make the file readable (chmod a+r), or remove it from the lessons folder"))
            }
        }
        for lesson in course.lessons {
            for (destination, isImage) in links(in: lesson.document.blocks) {
                guard isRelative(destination) else { continue }
                let path = String(destination.prefix { $0 != "#" && $0 != "?" }).removingPercentEncoding ?? ""
                if path.isEmpty { continue }
                let known = path.hasSuffix(".md") ? lessonFiles.contains(path) : assets.contains(normalise(path))
                if !known {
                    let what = isImage ? "image" : path.hasSuffix(".md") ? "lesson" : "file"
                    diagnostics.append(.error(at: locate(destination, in: lesson.source), "\(what) '\(path)' not found",
                                              hint: path.hasSuffix(".md") ? "link to a lesson file in the same folder, e.g. '03-lstm.md'"
                                                  : "put the file beside the lessons; paths are relative to the lessons folder",
                                              length: destination.unicodeScalars.count))
                }
            }
        }
        return diagnostics
    }

    /// Whether a link points at a file beside the lessons (no scheme, not
    /// absolute, not just an anchor); the site rewrites `.md` targets of these.
    public static func isRelative(_ destination: String) -> Bool {
        !destination.isEmpty && !destination.hasPrefix("#") && !destination.hasPrefix("/") && !destination.contains(":")
    }

    static func normalise(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }

    /// Where a link destination is written, found by searching the source
    /// (cmark-gfm does not give positions of inline nodes).
    static func locate(_ destination: String, in file: SourceFile) -> SourceLocation {
        for (i, line) in file.lines.enumerated() {
            if let range = line.range(of: "(" + destination) ?? line.range(of: destination) {
                let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: line.unicodeScalars) ?? line.unicodeScalars.startIndex)
                let skip = line[range].hasPrefix("(") ? 1 : 0
                return file.location(i + 1, column + 1 + skip)
            }
        }
        return file.location(1, 1)
    }

    /// Every link destination (false) and image source (true) of `blocks`.
    static func links(in blocks: [Block]) -> [(String, Bool)] {
        Block.inlines(of: blocks).compactMap { inline in
            switch inline {
            case .link(let destination, _, _): (destination, false)
            case .image(let source, _, _): (source, true)
            default: nil
            }
        }
    }
}
