/// Routes orthogonal edges on a grid of channels between nodes (Dijkstra with bend costs).
///
/// Nodes sit on grid points and block them; channels run between rows and columns, so an
/// edge that never passes a blocked point never crosses a box. Edges carrying the same value
/// (same `key`) may share track, which draws fan-out as a tree; different values pay heavily to
/// share a track or to turn where another edge runs, and a little to cross one.
struct GridRouter {
    struct GridPoint: Hashable, Comparable {
        var ix: Int
        var iy: Int
        static func < (a: GridPoint, b: GridPoint) -> Bool { (a.iy, a.ix) < (b.iy, b.ix) }
    }

    enum Direction: Int, CaseIterable {
        case right, down, left, up
        var step: (Int, Int) {
            switch self {
            case .right: return (1, 0)
            case .down: return (0, 1)
            case .left: return (-1, 0)
            case .up: return (0, -1)
            }
        }
        var isHorizontal: Bool { self == .right || self == .left }
        var opposite: Direction { Direction(rawValue: (rawValue + 2) % 4) ?? self }
    }

    private struct Segment: Hashable {
        var a: GridPoint
        var b: GridPoint
        init(_ p: GridPoint, _ q: GridPoint) { (a, b) = p < q ? (p, q) : (q, p) }
    }

    private enum Use { case horizontal, vertical, corner }

    let xs: [Double]
    let ys: [Double]
    var blocked: Set<GridPoint> = []
    private var segmentKeys: [Segment: Set<String>] = [:]
    private var pointUses: [GridPoint: [(key: String, use: Use)]] = [:]

    init(xs: [Double], ys: [Double]) {
        self.xs = xs
        self.ys = ys
    }

    func position(_ p: GridPoint) -> Point { Point(x: xs[p.ix], y: ys[p.iy]) }

    /// The cheapest path from any of `starts` to `target`, or nil when none exists.
    mutating func route(from starts: [GridPoint], to target: GridPoint, key: String,
                        startDirections: Set<Direction>, endDirections: Set<Direction>) -> [GridPoint]? {
        struct State: Hashable { var point: GridPoint; var arrived: Int }  // 4 = at a start
        var best: [State: Double] = [:]
        var previous: [State: State] = [:]
        var heap = MinHeap<State>()
        for start in starts {
            let s = State(point: start, arrived: 4)
            best[s] = 0
            heap.push(s, priority: 0)
        }
        while let (state, cost) = heap.pop() {
            guard cost <= best[state] ?? .infinity else { continue }
            if state.point == target {
                var path = [state.point]
                var cursor = state
                while let p = previous[cursor] {
                    path.insert(p.point, at: 0)
                    cursor = p
                }
                record(path, key: key)
                return path
            }
            let arrived = Direction(rawValue: state.arrived)
            for direction in Direction.allCases {
                if let arrived, direction == arrived.opposite { continue }
                if arrived == nil && !startDirections.contains(direction) { continue }
                let q = GridPoint(ix: state.point.ix + direction.step.0, iy: state.point.iy + direction.step.1)
                guard q.ix >= 0, q.iy >= 0, q.ix < xs.count, q.iy < ys.count else { continue }
                if q == target && !endDirections.contains(direction) { continue }
                if blocked.contains(q) && q != target { continue }
                let next = State(point: q, arrived: direction.rawValue)
                let total = cost + stepCost(from: state.point, to: q, direction: direction, arrived: arrived, key: key)
                if total < best[next] ?? .infinity {
                    best[next] = total
                    previous[next] = state
                    heap.push(next, priority: total)
                }
            }
        }
        return nil
    }

    private func stepCost(from p: GridPoint, to q: GridPoint, direction: Direction, arrived: Direction?, key: String) -> Double {
        let a = position(p), b = position(q)
        let length = abs(a.x - b.x) + abs(a.y - b.y)
        var cost = length
        let keys = segmentKeys[Segment(p, q)] ?? []
        if keys.contains(where: { $0 != key }) { cost += 3000 } else if keys.contains(key) { cost = length * 0.2 }
        let others = (pointUses[p] ?? []).filter { $0.key != key }
        if let arrived {
            if arrived != direction {
                cost += 30
                if !others.isEmpty { cost += 900 }
            } else {
                for other in others {
                    switch other.use {
                    case .corner: cost += 900
                    case .horizontal: cost += direction.isHorizontal ? 0 : 25
                    case .vertical: cost += direction.isHorizontal ? 25 : 0
                    }
                }
            }
        }
        return cost
    }

    private mutating func record(_ path: [GridPoint], key: String) {
        for (p, q) in zip(path, path.dropFirst()) {
            segmentKeys[Segment(p, q), default: []].insert(key)
        }
        guard path.count > 2 else { return }
        for i in 1..<(path.count - 1) {
            let a = path[i - 1], b = path[i], c = path[i + 1]
            let use: Use = (a.iy == b.iy && b.iy == c.iy) ? .horizontal : (a.ix == b.ix && b.ix == c.ix) ? .vertical : .corner
            pointUses[b, default: []].append((key, use))
        }
    }
}

/// A binary min-heap keyed by priority; ties pop in insertion order for deterministic routes.
struct MinHeap<Element> {
    private var items: [(priority: Double, order: Int, element: Element)] = []
    private var counter = 0

    mutating func push(_ element: Element, priority: Double) {
        items.append((priority, counter, element))
        counter += 1
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard less(i, parent) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Element, Double)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < items.count && less(l, smallest) { smallest = l }
            if r < items.count && less(r, smallest) { smallest = r }
            if smallest == i { break }
            items.swapAt(i, smallest)
            i = smallest
        }
        return (top.element, top.priority)
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        (items[a].priority, items[a].order) < (items[b].priority, items[b].order)
    }
}
