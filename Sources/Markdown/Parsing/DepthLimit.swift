import CCmarkGFM

/// Cuts a cmark-gfm tree at a fixed nesting depth before it is converted.
///
/// The conversion to `Block` and `Inline`, and every walk over them, recurse once per level;
/// 10,000 nested `>` or `*` would overflow the stack. The tree is measured with cmark's own
/// iterator (which does not recurse), and each node deeper than ``maximumDepth`` is removed
/// with its subtree and reported where it starts.
enum DepthLimit {
    /// Deepest nesting of blocks and inlines kept; real lessons stay below twenty.
    static let maximumDepth = 100

    /// The nodes that start too deep, in document order; each is unlinked from `root` and freed.
    static func prune(_ root: OpaquePointer) -> [(line: Int, byteColumn: Int)] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        var depth = 0
        var tooDeep: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iterator)
            guard event != CMARK_EVENT_DONE, event != CMARK_EVENT_NONE, let node = cmark_iter_get_node(iterator) else {
                break
            }
            // Only nodes with children nest anything; leaves get no EXIT event, so they are not counted.
            guard cmark_node_first_child(node) != nil else { continue }
            if event == CMARK_EVENT_EXIT {
                depth -= 1
            } else if depth == maximumDepth {
                tooDeep.append(node)
                // Skip the subtree: carry on as if the node had just been left.
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            } else {
                depth += 1
            }
        }
        cmark_iter_free(iterator)
        let places = tooDeep.map { (line: Int(cmark_node_get_start_line($0)), byteColumn: Int(cmark_node_get_start_column($0))) }
        for node in tooDeep {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return places
    }
}
