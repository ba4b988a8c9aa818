/// Drops points the eye cannot see: within each pixel column only the extremes survive.
///
/// A 2,000-point series on a 500-pixel plot keeps at most two points per column, in their
/// original order, so spikes stay visible and the SVG stays small.
enum Decimation {
    static func reduce(_ points: [Point]) -> [Point] {
        guard points.count > 2 else { return points }
        var kept: [Point] = []
        kept.reserveCapacity(points.count)
        var start = 0
        while start < points.count {
            let column = points[start].x.rounded(.down)
            var end = start + 1
            while end < points.count && points[end].x.rounded(.down) == column { end += 1 }
            kept += extremes(points[start..<end])
            start = end
        }
        if let last = points.last, kept.last != last { kept.append(last) }
        return kept
    }

    /// One side of a band: per pixel column the outermost value (min y on screen for the top edge).
    static func envelope(_ points: [Point], keepMin: Bool) -> [Point] {
        var kept: [Point] = []
        var start = 0
        while start < points.count {
            let column = points[start].x.rounded(.down)
            var end = start + 1
            while end < points.count && points[end].x.rounded(.down) == column { end += 1 }
            let slice = points[start..<end]
            let pick = keepMin ? slice.min(by: { $0.y < $1.y }) : slice.max(by: { $0.y < $1.y })
            if let pick { kept.append(Point(x: slice[slice.startIndex].x, y: pick.y)) }
            start = end
        }
        return kept
    }

    private static func extremes(_ run: ArraySlice<Point>) -> [Point] {
        guard run.count > 2,
              let low = run.indices.min(by: { run[$0].y < run[$1].y }),
              let high = run.indices.max(by: { run[$0].y < run[$1].y }) else { return Array(run) }
        return low == high ? [run[low]] : [run[min(low, high)], run[max(low, high)]]
    }
}
