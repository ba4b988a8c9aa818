/// How an axis maps data to position.
public enum AxisScale: Sendable, Hashable {
    /// Evenly spaced values.
    case linear
    /// Evenly spaced decades; every value on the axis must be positive.
    case log
}

/// Maps a data interval onto a pixel interval, linearly or in log space.
struct ScaleMap {
    var scale: AxisScale
    var domain: (Double, Double)
    var range: (Double, Double)

    func callAsFunction(_ value: Double) -> Double {
        let (d0, d1) = transformedDomain
        let t = transform(value)
        guard d1 != d0 else { return (range.0 + range.1) / 2 }
        return range.0 + (t - d0) / (d1 - d0) * (range.1 - range.0)
    }

    var transformedDomain: (Double, Double) { (transform(domain.0), transform(domain.1)) }

    func transform(_ value: Double) -> Double {
        switch scale {
        case .linear: return value
        case .log: return PlotMath.log10(value)
        }
    }
}
