import CCmarkGFM

/// Finds directive fences (info string `{kind}`) that are never closed.
///
/// CommonMark lets a fence run to the end of its container, so a forgotten closing fence
/// turns the rest of a lesson, headings included, into a directive's caption without a
/// word. cmark-gfm does not say whether a fence was closed; the block's last line tells:
/// a closed fence ends on a line of at least as many fence characters as it opened with.
enum UnclosedFences {
    /// The line and byte column of each unclosed directive fence's opening line.
    static func find(in root: OpaquePointer, lines: [[Unicode.Scalar]]) -> [(line: Int, byteColumn: Int)] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var found: [(line: Int, byteColumn: Int)] = []
        while true {
            let event = cmark_iter_next(iterator)
            guard event != CMARK_EVENT_DONE, event != CMARK_EVENT_NONE, let node = cmark_iter_get_node(iterator) else { break }
            guard event == CMARK_EVENT_ENTER, cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { continue }
            var length: Int32 = 0, offset: Int32 = 0
            var fenceCharacter: CChar = 0
            guard cmark_node_get_fenced(node, &length, &offset, &fenceCharacter) != 0 else { continue }
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            guard info.hasPrefix("{") else { continue }
            let start = Int(cmark_node_get_start_line(node))
            let end = Int(cmark_node_get_end_line(node))
            let closing = Unicode.Scalar(UInt8(bitPattern: fenceCharacter))
            let closed = end > start && end <= lines.count && isClosingFence(lines[end - 1], character: closing, length: Int(length))
            if !closed { found.append((line: start, byteColumn: Int(cmark_node_get_start_column(node)))) }
        }
        return found
    }

    /// A line of `length` or more `character`s, after container markers and blanks.
    static func isClosingFence(_ line: [Unicode.Scalar], character: Unicode.Scalar, length: Int) -> Bool {
        var rest = line[...].drop { $0 == " " || $0 == "\t" || $0 == ">" }
        while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
        return rest.count >= length && rest.allSatisfy { $0 == character }
    }
}
