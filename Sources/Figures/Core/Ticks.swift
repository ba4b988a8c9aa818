/// One tick on an axis: where it sits, its label (empty for minor ticks), and whether it is major.
public struct Tick: Sendable, Hashable {
    /// The data value of the tick.
    public var value: Double
    /// The text drawn beside a major tick; empty for minor ticks.
    public var label: String
    /// Major ticks get a label and a grid line; minor ticks only a short mark.
    public var isMajor: Bool

    public init(value: Double, label: String, isMajor: Bool = true) {
        self.value = value
        self.label = label
        self.isMajor = isMajor
    }
}

/// "Nice" tick positions (1, 2, 5 × 10ⁿ) and their labels.
public enum Ticks {
    /// Linear ticks inside `lower...upper`, about `target` of them, at multiples of 1, 2 or 5 × 10ⁿ.
    ///
    /// A zero-width range is widened around its value so there are always ticks to draw.
    public static func linear(_ lower: Double, _ upper: Double, target: Int = 5) -> [Tick] {
        let (lo, hi) = widened(lower, upper)
        let step = niceStep(span: hi - lo, target: max(2, target))
        let first = (lo / step.value).rounded(.up)
        let last = (hi / step.value).rounded(.down)
        guard first <= last, last - first < 1000 else { return [] }
        let multiples = (Int(first)...Int(last)).map { $0 }
        let largest = multiples.map { abs(step.value(times: $0)) }.max() ?? 0
        let scientific = largest >= 1e6 || step.exponent < -5
        return multiples.map { k in
            let value = step.value(times: k)
            let label = scientific ? scientificLabel(k * step.mantissa, exponent: step.exponent)
                : NumberFormat.fixed(value, decimals: max(0, -step.exponent))
            return Tick(value: value, label: label)
        }
    }

    /// Logarithmic ticks for `lower...upper` (both > 0): decades labelled "10⁻³" with minor
    /// ticks at 2…9 when four or more decades are in range; over two or three decades, 1, 2 and
    /// 5 × 10ⁿ with plain labels ("0.02"); within about a decade, linear 1–2–5 ticks.
    public static func log(_ lower: Double, _ upper: Double) -> [Tick] {
        guard lower > 0, upper > 0, lower.isFinite, upper.isFinite else { return [] }
        let lo = min(lower, upper), hi = max(lower, upper)
        let firstDecade = PlotMath.floorLog10(lo)
        let lastDecade = PlotMath.floorLog10(hi)
        let decadeCount = (firstDecade...lastDecade).filter { inside(PlotMath.pow10($0), lo, hi) }.count
        if decadeCount < 2 {
            return linear(lo, hi, target: 4)
        }
        if decadeCount <= 3 {
            return oneTwoFive(lo, hi, firstDecade: firstDecade, lastDecade: lastDecade)
        }
        var ticks: [Tick] = []
        let labelEvery = decadeCount > 8 ? 2 : 1
        for decade in firstDecade...lastDecade {
            let base = PlotMath.pow10(decade)
            if inside(base, lo, hi) {
                let labelled = decade % labelEvery == 0
                ticks.append(Tick(value: base, label: labelled ? NumberFormat.powerOfTen(decade) : "", isMajor: true))
            }
            guard decadeCount <= 12 else { continue }
            for multiple in 2...9 {
                let value = decade >= 0 ? Double(multiple) * base : Double(multiple) / PlotMath.pow10(-decade)
                if inside(value, lo, hi) { ticks.append(Tick(value: value, label: "", isMajor: false)) }
            }
        }
        return ticks
    }

    /// Log ticks over at most a few decades: 1, 2 and 5 × 10ⁿ labelled in plain numbers, the rest minor.
    static func oneTwoFive(_ lo: Double, _ hi: Double, firstDecade: Int, lastDecade: Int) -> [Tick] {
        var ticks: [Tick] = []
        for decade in firstDecade...lastDecade {
            for multiple in 1...9 {
                let value = decade >= 0 ? Double(multiple) * PlotMath.pow10(decade) : Double(multiple) / PlotMath.pow10(-decade)
                guard inside(value, lo, hi) else { continue }
                let major = multiple == 1 || multiple == 2 || multiple == 5
                ticks.append(Tick(value: value, label: major ? NumberFormat.significant(value, digits: 1) : "", isMajor: major))
            }
        }
        return ticks
    }

    /// A step of `mantissa` × 10^`exponent` with `mantissa` in {1, 2, 5}.
    struct Step {
        var mantissa: Int
        var exponent: Int
        var value: Double { value(times: 1) }
        /// k·step computed as an integer times an exact power of ten, so 0.1667 prints as 0.1667.
        func value(times k: Int) -> Double {
            let integer = Double(k * mantissa)
            return exponent >= 0 ? integer * PlotMath.pow10(exponent) : integer / PlotMath.pow10(-exponent)
        }
    }

    static func niceStep(span: Double, target: Int) -> Step {
        let raw = span / Double(target)
        var exponent = PlotMath.floorLog10(raw)
        let fraction = raw / PlotMath.pow10(exponent)
        let mantissa: Int
        if fraction < 1.5 { mantissa = 1 } else if fraction < 3.5 { mantissa = 2 } else if fraction < 7.5 { mantissa = 5 } else {
            mantissa = 1
            exponent += 1
        }
        return Step(mantissa: mantissa, exponent: exponent)
    }

    static func widened(_ lower: Double, _ upper: Double) -> (Double, Double) {
        let lo = min(lower, upper), hi = max(lower, upper)
        if hi > lo { return (lo, hi) }
        let pad = lo == 0 ? 1 : abs(lo) * 0.1
        return (lo - pad, hi + pad)
    }

    private static func inside(_ value: Double, _ lo: Double, _ hi: Double) -> Bool {
        let slack = (hi - lo) * 1e-9
        return value >= lo - slack && value <= hi + slack
    }

    private static func scientificLabel(_ integer: Int, exponent: Int) -> String {
        if integer == 0 { return "0" }
        var mantissa = integer
        var power = exponent
        while mantissa % 10 == 0 { mantissa /= 10; power += 1 }
        let sign = mantissa < 0 ? "−" : ""
        let body = abs(mantissa) == 1 ? NumberFormat.powerOfTen(power) : "\(abs(mantissa))×" + NumberFormat.powerOfTen(power)
        return sign + body
    }
}
