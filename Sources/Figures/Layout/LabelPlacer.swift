/// Places annotation labels so they do not overlap each other: each label tries a list of
/// candidate positions and takes the first one that is free and inside the bounds.
struct LabelPlacer {
    var bounds: Rect
    private(set) var placed: [Rect] = []

    init(bounds: Rect) {
        self.bounds = bounds
    }

    /// Marks a region as taken (e.g. a label placed by other means).
    mutating func reserve(_ rect: Rect) {
        placed.append(rect)
    }

    /// The first candidate box (left x, baseline y, width) that fits; the first candidate if none does.
    mutating func place(width: Double, fontSize: Double, candidates: [(x: Double, baseline: Double)]) -> (x: Double, baseline: Double) {
        let height = fontSize * 1.2
        func box(_ c: (x: Double, baseline: Double)) -> Rect {
            Rect(x: c.x - 1, y: c.baseline - fontSize, width: width + 2, height: height)
        }
        let choice = candidates.first { c in
            let r = box(c)
            return r.minX >= bounds.minX && r.maxX <= bounds.maxX && r.minY >= bounds.minY && r.maxY <= bounds.maxY
                && !placed.contains { Self.overlaps($0, r) }
        } ?? candidates.first ?? (bounds.minX, bounds.minY + fontSize)
        placed.append(box(choice))
        return choice
    }

    static func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
    }
}
