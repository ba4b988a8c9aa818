/// A validated wiring with its structure worked out: the state line along the top, the order of
/// nodes from left to right, and the row of every node.
struct DiagramGraph {
    var wiring: CellWiring
    /// The input whose line runs across the top (c, or h for a GRU), and its output.
    var top: (input: WiringNode, output: WiringNode)?
    /// Operations on the top line, left to right.
    var chain: [WiringNode] = []
    /// Gates and operations in left-to-right placement order.
    var order: [WiringNode] = []
    /// Row of every gate and operation: 0 is the top line, then operation levels, then gates.
    var row: [WiringNode: Int] = [:]
    var gateRow = 1
    /// Gates that read the concatenation [hₜ₋₁, xₜ].
    var busReaders: Set<WiringNode> = []

    init(_ wiring: CellWiring) throws(FigureError) {
        self.wiring = wiring
        try validate()
        busReaders = Set(wiring.gates.map { WiringNode.gate($0.id) }.filter {
            predecessors($0).contains(.hiddenStateIn) && predecessors($0).contains(.input)
        })
        findChain()
        placeInOrder()
        assignRows()
    }

    var innerNodes: [WiringNode] { wiring.gates.map { .gate($0.id) } + wiring.operations.map { .operation($0.id) } }

    func predecessors(_ node: WiringNode) -> [WiringNode] { wiring.connections.filter { $0.to == node }.map(\.from) }
    func successors(_ node: WiringNode) -> [WiringNode] { wiring.connections.filter { $0.from == node }.map(\.to) }

    func isOperation(_ node: WiringNode) -> Bool {
        if case .operation = node { return true }
        return false
    }

    func isGate(_ node: WiringNode) -> Bool {
        if case .gate = node { return true }
        return false
    }

    private func validate() throws(FigureError) {
        let ids = wiring.gates.map(\.id) + wiring.operations.map(\.id)
        guard !wiring.gates.isEmpty else { throw FigureError("cell '\(wiring.name)' has no gates") }
        guard Set(ids).count == ids.count else { throw FigureError("cell '\(wiring.name)' uses an id twice among its gates and operations") }
        let known = Set(innerNodes)
        for c in wiring.connections {
            for end in [c.from, c.to] where !known.contains(end) && (isGate(end) || isOperation(end)) {
                throw FigureError("cell '\(wiring.name)': a connection names \(Self.name(end)), which is not a gate or operation of the cell")
            }
            if c.to == .cellStateIn || c.to == .hiddenStateIn || c.to == .input || c.from == .cellStateOut || c.from == .hiddenStateOut {
                throw FigureError("cell '\(wiring.name)': the connection \(Self.name(c.from)) → \(Self.name(c.to)) runs backwards")
            }
        }
        for node in innerNodes {
            if predecessors(node).isEmpty { throw FigureError("cell '\(wiring.name)': \(Self.name(node)) has no inputs") }
            if successors(node).isEmpty { throw FigureError("cell '\(wiring.name)': \(Self.name(node)) is not used") }
        }
        if wiring.connections.filter({ $0.to == .hiddenStateOut }).count != 1 {
            throw FigureError("cell '\(wiring.name)' needs exactly one connection into the hidden state output")
        }
        // Kahn's algorithm: every node must be reachable in a topological order, or there is a cycle.
        var indegree = Dictionary(uniqueKeysWithValues: innerNodes.map { ($0, predecessors($0).filter(known.contains).count) })
        var ready = innerNodes.filter { indegree[$0] == 0 }
        var seen = 0
        while let node = ready.popLast() {
            seen += 1
            for next in successors(node) where known.contains(next) {
                indegree[next, default: 0] -= 1
                if indegree[next] == 0 { ready.append(next) }
            }
        }
        guard seen == innerNodes.count else { throw FigureError("cell '\(wiring.name)' has a cycle inside one time step") }
    }

    /// The top line: c when the cell has one, otherwise h if a path of operations carries it through.
    private mutating func findChain() {
        for candidate in [(WiringNode.cellStateIn, WiringNode.cellStateOut), (.hiddenStateIn, .hiddenStateOut)] {
            if let path = operationPath(from: candidate.0, to: candidate.1) {
                top = candidate
                chain = path
                return
            }
        }
    }

    /// The shortest path from `start` to `end` through operations only (breadth first, in connection order).
    private func operationPath(from start: WiringNode, to end: WiringNode) -> [WiringNode]? {
        var previous: [WiringNode: WiringNode] = [:]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let node = queue[index]
            index += 1
            for next in successors(node) {
                if next == end && node != start {
                    var path = [node]
                    while let p = previous[path[0]], p != start { path.insert(p, at: 0) }
                    return path
                }
                if isOperation(next) && previous[next] == nil {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return nil
    }

    /// Left-to-right order: each top-line operation after what feeds it, operations that read the
    /// line's earlier value before it, then whatever makes hₜ, then anything left.
    private mutating func placeInOrder() {
        var placed: Set<WiringNode> = []
        var result: [WiringNode] = []
        let known = Set(innerNodes)
        func place(_ node: WiringNode) {
            guard !placed.contains(node), isGate(node) || isOperation(node) else { return }
            placed.insert(node)
            for p in predecessors(node) { place(p) }
            result.append(node)
            // What an off-line operation feeds goes right after it when nothing else is missing,
            // so its arrow is short (the GRU's r⊙h into the candidate).
            guard isOperation(node), !chain.contains(node) else { return }
            for next in successors(node) where known.contains(next) && !chain.contains(next) && !placed.contains(next) {
                if predecessors(next).allSatisfy({ !known.contains($0) || placed.contains($0) }) { place(next) }
            }
        }
        let segmentStarts = top.map { [$0.input] } ?? []
        for (k, op) in chain.enumerated() {
            let source = k == 0 ? segmentStarts.first : chain[k - 1]
            if let source {
                for reader in successors(source) where isOperation(reader) && !chain.contains(reader) { place(reader) }
            }
            place(op)
        }
        for c in wiring.connections where c.to == .hiddenStateOut { place(c.from) }
        for node in innerNodes { place(node) }
        order = result
    }

    /// Operations next to the top line get level 1, their operation neighbours 2, and so on; gates sit below.
    private mutating func assignRows() {
        var level: [WiringNode: Int] = [:]
        for op in chain { level[op] = 0 }
        var frontier = chain + (top.map { [$0.input] } ?? [])
        var depth = 0
        while !frontier.isEmpty {
            depth += 1
            var next: [WiringNode] = []
            for node in frontier {
                for neighbour in predecessors(node) + successors(node) where isOperation(neighbour) && level[neighbour] == nil {
                    level[neighbour] = depth
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        for op in wiring.operations.map({ WiringNode.operation($0.id) }) where level[op] == nil { level[op] = 1 }
        gateRow = max(1, (level.values.max() ?? 0) + 1)
        for gate in wiring.gates { level[.gate(gate.id)] = gateRow }
        row = level
    }

    static func name(_ node: WiringNode) -> String {
        switch node {
        case .cellStateIn: return "the cell state input"
        case .hiddenStateIn: return "the hidden state input"
        case .input: return "the input x"
        case .cellStateOut: return "the cell state output"
        case .hiddenStateOut: return "the hidden state output"
        case .gate(let id): return "gate '\(id)'"
        case .operation(let id): return "operation '\(id)'"
        }
    }
}
