/// Places annotation labels so they do not overlap each other: each label tries a list of
/// candidate positions and takes the first one that is free and inside the bounds.
struct LabelPlacer {
    var bounds: Rect
    private(set) var placed: [Rect] = []
    /// Data curves (screen polylines) that a label should not cover when
    /// some candidate avoids them.
    var curves: [[Point]] = []

    init(bounds: Rect, curves: [[Point]] = []) {
        self.bounds = bounds
        self.curves = curves
    }

    /// Marks a region as taken (e.g. a label placed by other means).
    mutating func reserve(_ rect: Rect) {
        placed.append(rect)
    }

    /// The first candidate box (left x, baseline y, width) that fits in the
    /// bounds, overlaps no label and crosses no curve; else the first that
    /// overlaps no label; else the first candidate.
    mutating func place(width: Double, fontSize: Double, candidates: [(x: Double, baseline: Double)]) -> (x: Double, baseline: Double) {
        let height = fontSize * 1.2
        func box(_ c: (x: Double, baseline: Double)) -> Rect {
            Rect(x: c.x - 1, y: c.baseline - fontSize, width: width + 2, height: height)
        }
        func free(_ c: (x: Double, baseline: Double)) -> Bool {
            let r = box(c)
            return r.minX >= bounds.minX && r.maxX <= bounds.maxX && r.minY >= bounds.minY && r.maxY <= bounds.maxY
                && !placed.contains { Self.overlaps($0, r) }
        }
        let choice = candidates.first { c in free(c) && !curves.contains { Self.crosses($0, box(c)) } }
            ?? candidates.first(where: free) ?? candidates.first ?? (bounds.minX, bounds.minY + fontSize)
        placed.append(box(choice))
        return choice
    }

    static func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
    }

    /// Whether a polyline passes through a rectangle.
    static func crosses(_ curve: [Point], _ r: Rect) -> Bool {
        guard var previous = curve.first else { return false }
        if curve.count == 1 { return previous.x >= r.minX && previous.x <= r.maxX && previous.y >= r.minY && previous.y <= r.maxY }
        for point in curve.dropFirst() {
            if segment(previous, point, meets: r) { return true }
            previous = point
        }
        return false
    }

    /// Liang–Barsky: whether the segment from a to b has a point in r.
    static func segment(_ a: Point, _ b: Point, meets r: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let t = q / p
            if p < 0 {
                if t > t1 { return false }
                t0 = max(t0, t)
            } else {
                if t < t0 { return false }
                t1 = min(t1, t)
            }
        }
        return t0 <= t1
    }
}
