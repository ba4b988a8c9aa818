extension DiagramLayout {
    /// One edge to route: where it may start (any of `starts`), where it ends, the value it
    /// carries (edges with one key may share track), and the directions it may leave and enter by.
    private struct EdgeSpec {
        var starts: [GridRouter.GridPoint]
        var target: GridRouter.GridPoint
        var key: String
        var startDirections: Set<GridRouter.Direction>
        var endDirections: Set<GridRouter.Direction>
        var source: WiringNode?
        var targetNode: WiringNode?
        var isStateLine = false
    }

    /// The edges planned so far and what they already draw.
    private struct EdgePlan {
        var specs: [EdgeSpec] = []
        /// Connections drawn by the state line or the bus, so not routed on their own.
        var covered: Set<Connection> = []
        /// The state-line segment leaving a node: a branch from that node's value may start anywhere along it.
        var segmentOf: [WiringNode: (key: String, starts: [GridRouter.GridPoint])] = [:]
    }

    /// The grid point nearest to a position.
    private struct Snap {
        var xs: [Double]
        var ys: [Double]

        func callAsFunction(_ p: Point) -> GridRouter.GridPoint {
            let ix = xs.indices.min(by: { abs(xs[$0] - p.x) < abs(xs[$1] - p.x) }) ?? 0
            let iy = ys.indices.min(by: { abs(ys[$0] - p.y) < abs(ys[$1] - p.y) }) ?? 0
            return GridRouter.GridPoint(ix: ix, iy: iy)
        }
    }

    private static let anyDirection = Set(GridRouter.Direction.allCases)

    /// Routes every edge on the grid of `xs` × `ys`: the state line first, then the bus, then
    /// the other connections, shortest first.
    mutating func routeEdges(xs: [Double], ys: [Double]) throws(FigureError) {
        let grid = Snap(xs: xs, ys: ys)
        var router = GridRouter(xs: xs, ys: ys)
        for point in center.values { router.blocked.insert(grid(point)) }
        if let junction { router.blocked.insert(grid(junction)) }
        var plan = EdgePlan()
        planStateLine(&plan, grid)
        planBus(&plan, grid)
        let others = otherEdges(plan, grid)
        // Short edges first so they get straight runs; ties keep connection order (sort is not stable).
        plan.specs += others.enumerated()
            .sorted { (Self.estimate($0.element, router), $0.offset) < (Self.estimate($1.element, router), $1.offset) }
            .map(\.element)
        try route(plan.specs, with: &router)
    }

    /// The top line, input → each operation of the chain → output, one segment each.
    private func planStateLine(_ plan: inout EdgePlan, _ grid: Snap) {
        guard let top = graph.top else { return }
        let line = [top.input] + graph.chain + [top.output]
        for (k, pair) in zip(line, line.dropFirst()).enumerated() {
            guard let a = center[pair.0], let b = center[pair.1] else { continue }
            let key = "seg\(k)"
            plan.specs.append(EdgeSpec(starts: [grid(a)], target: grid(b), key: key, startDirections: [.right], endDirections: [.right],
                                       source: pair.0, targetNode: pair.1, isStateLine: true))
            plan.covered.insert(Connection(pair.0, pair.1))
            let (ga, gb) = (grid(a), grid(b))
            // The line's own start too, so a branch may run down the track the bus already takes.
            let starts = (ga.ix..<max(ga.ix + 1, gb.ix)).map { GridRouter.GridPoint(ix: $0, iy: ga.iy) }
            plan.segmentOf[pair.0] = (key, starts)
        }
    }

    /// hₜ₋₁ and xₜ into the junction, and the bus from it up into every gate that reads both.
    private func planBus(_ plan: inout EdgePlan, _ grid: Snap) {
        guard let junction else { return }
        let j = grid(junction)
        let hiddenOnTop = graph.top?.input == .hiddenStateIn
        if let h = center[.hiddenStateIn] {
            plan.specs.append(EdgeSpec(starts: [grid(h)], target: j, key: hiddenOnTop ? "seg0" : "h",
                                       startDirections: hiddenOnTop ? [.down] : [.right], endDirections: Self.anyDirection,
                                       source: .hiddenStateIn))
        }
        if let x = center[.input] {
            plan.specs.append(EdgeSpec(starts: [grid(x)], target: j, key: "x", startDirections: [.up], endDirections: Self.anyDirection,
                                       source: .input))
        }
        let readers = graph.busReaders.sorted { (center[$0]?.x ?? 0) < (center[$1]?.x ?? 0) }
        for reader in readers {
            guard let c = center[reader] else { continue }
            plan.specs.append(EdgeSpec(starts: [j], target: grid(c), key: "bus", startDirections: [.right, .up], endDirections: [.up],
                                       source: nil, targetNode: reader))
            plan.covered.insert(Connection(.hiddenStateIn, reader))
            plan.covered.insert(Connection(.input, reader))
        }
    }

    /// Every connection the state line and the bus do not draw, in connection order.
    private func otherEdges(_ plan: EdgePlan, _ grid: Snap) -> [EdgeSpec] {
        var others: [EdgeSpec] = []
        for connection in graph.wiring.connections where !plan.covered.contains(connection) {
            guard let targetPoint = center[connection.to] else { continue }
            let endDirections: Set<GridRouter.Direction>
            switch connection.to {
            case .gate: endDirections = [.up, .left, .right]
            case .cellStateOut, .hiddenStateOut: endDirections = [.right]
            default: endDirections = Self.anyDirection
            }
            var spec = EdgeSpec(starts: [], target: grid(targetPoint), key: "", startDirections: Self.anyDirection,
                                endDirections: endDirections, source: connection.from, targetNode: connection.to)
            if let segment = plan.segmentOf[connection.from] {
                (spec.key, spec.starts, spec.startDirections, spec.source) = (segment.key, segment.starts, [.down], nil)
            } else if let sourcePoint = center[connection.from] {
                spec.starts = [grid(sourcePoint)]
                spec.key = DiagramGraph.name(connection.from)
                switch connection.from {
                case .gate: spec.startDirections = [.up, .left, .right]
                case .input: spec.startDirections = [.up, .right]
                case .hiddenStateIn, .cellStateIn: spec.startDirections = [.right, .up, .down]
                default: break
                }
            }
            guard !spec.starts.isEmpty else { continue }
            others.append(spec)
        }
        return others
    }

    /// The shortest straight-line (Manhattan) length of an edge, to order edges by.
    private static func estimate(_ spec: EdgeSpec, _ router: GridRouter) -> Double {
        let t = router.position(spec.target)
        return spec.starts.map { s in
            let p = router.position(s)
            return abs(p.x - t.x) + abs(p.y - t.y)
        }.min() ?? 0
    }

    /// Routes the edges in order, each clipped to the outlines of its ends, then marks branch points.
    private mutating func route(_ specs: [EdgeSpec], with router: inout GridRouter) throws(FigureError) {
        var gridPaths: [(key: String, path: [GridRouter.GridPoint])] = []
        for spec in specs {
            guard let path = router.route(from: spec.starts, to: spec.target, key: spec.key,
                                          startDirections: spec.startDirections, endDirections: spec.endDirections) else {
                let target = spec.targetNode.map(DiagramGraph.name) ?? "the gate bus"
                throw FigureError("cell '\(graph.wiring.name)': no room to draw the connection into \(target)")
            }
            gridPaths.append((spec.key, path))
            var points = Self.corners(path.map(router.position))
            if let source = spec.source { points = clip(points, atStartFor: source) }
            if let target = spec.targetNode { points = clip(points, atEndFor: target) }
            let intoJunction = spec.targetNode == nil && spec.key != "bus"
            edges.append(Edge(points: points, key: spec.key, isStateLine: spec.isStateLine, hasArrow: !intoJunction))
        }
        dots = Self.branchPoints(gridPaths, blocked: router.blocked).map(router.position)
        if let junction { dots.append(junction) }
    }

    /// Keeps only the points where the path turns.
    static func corners(_ points: [Point]) -> [Point] {
        guard points.count > 2 else { return points }
        var result = [points[0]]
        for i in 1..<(points.count - 1) {
            let a = result[result.count - 1], b = points[i], c = points[i + 1]
            let straight = (a.x == b.x && b.x == c.x) || (a.y == b.y && b.y == c.y)
            if !straight { result.append(b) }
        }
        result.append(points[points.count - 1])
        return result
    }

    /// Points where three or more track pieces of one value meet: drawn as dots so a branch
    /// reads as a branch and not as a crossing.
    static func branchPoints(_ paths: [(key: String, path: [GridRouter.GridPoint])], blocked: Set<GridRouter.GridPoint>) -> [GridRouter.GridPoint] {
        var neighbours: [String: [GridRouter.GridPoint: Set<GridRouter.GridPoint>]] = [:]
        for (key, path) in paths {
            for (p, q) in zip(path, path.dropFirst()) {
                neighbours[key, default: [:]][p, default: []].insert(q)
                neighbours[key, default: [:]][q, default: []].insert(p)
            }
        }
        var result: Set<GridRouter.GridPoint> = []
        for (_, graph) in neighbours {
            for (point, adjacent) in graph where adjacent.count >= 3 && !blocked.contains(point) { result.insert(point) }
        }
        return result.sorted()
    }

    /// Half the node's extent along a direction, so edges stop at its outline.
    func extent(_ node: WiringNode, horizontal: Bool) -> Double {
        switch node {
        case .gate: return horizontal ? Self.gateSize.width / 2 : Self.gateSize.height / 2
        case .operation(let id):
            let kind = graph.wiring.operations.first { $0.id == id }?.kind
            return kind == .tanh && horizontal ? 18 : Self.opRadius
        default: return 0
        }
    }

    private func clip(_ points: [Point], atStartFor node: WiringNode) -> [Point] {
        guard points.count >= 2 else { return points }
        var result = points
        let a = points[0], b = points[1]
        let d = extent(node, horizontal: a.y == b.y)
        result[0] = Point(x: a.x + sign(b.x - a.x) * d, y: a.y + sign(b.y - a.y) * d)
        return result
    }

    private func clip(_ points: [Point], atEndFor node: WiringNode) -> [Point] {
        guard points.count >= 2 else { return points }
        var result = points
        let a = points[points.count - 1], b = points[points.count - 2]
        let d = extent(node, horizontal: a.y == b.y)
        result[result.count - 1] = Point(x: a.x + sign(b.x - a.x) * d, y: a.y + sign(b.y - a.y) * d)
        return result
    }

    private func sign(_ v: Double) -> Double { v > 0 ? 1 : (v < 0 ? -1 : 0) }
}
