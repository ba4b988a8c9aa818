/// Number formatting that gives the same text on every platform.
///
/// Labels use the typographic minus sign (U+2212); SVG coordinates use ASCII.
public enum NumberFormat {
    /// `value` with exactly `decimals` digits after the point: `fixed(0.16667, decimals: 3)` is "0.167".
    ///
    /// Negative zero and values that round to zero print without a sign; non-finite values print
    /// as "NaN", "∞" or "−∞".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        fixed(value, decimals: decimals, minus: "−")
    }

    /// `value` rounded to `digits` significant digits with trailing zeros removed.
    ///
    /// Plain notation for 10⁻⁴ ≤ |value| < 10⁶ ("0.0123", "1520"), otherwise scientific ("1.2e−7").
    public static func significant(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return nonFinite(value) }
        if value == 0 { return "0" }
        let digits = max(1, min(digits, 15))
        let (mantissa, exponent) = decompose(abs(value), digits: digits)
        let sign = value < 0 ? "−" : ""
        if exponent >= -4 && exponent < 6 {
            let decimals = max(0, digits - 1 - exponent)
            return trimZeros(fixed(value, decimals: decimals))
        }
        let head = trimZeros(fixed(Double(mantissa) / PlotMath.pow10(digits - 1), decimals: digits - 1))
        return sign + head + "e" + (exponent < 0 ? "−" : "") + String(abs(exponent))
    }

    /// "10" with `exponent` in Unicode superscripts: `powerOfTen(-3)` is "10⁻³".
    public static func powerOfTen(_ exponent: Int) -> String {
        "10" + superscript(exponent)
    }

    /// `exponent` written in Unicode superscript digits ("⁻¹²").
    public static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = ""
        for char in String(abs(exponent)) {
            if let d = char.wholeNumberValue { text.append(digits[d]) }
        }
        return (exponent < 0 ? "⁻" : "") + text
    }

    /// An SVG coordinate: one decimal, ASCII minus, no trailing ".0".
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = fixed(value, decimals: 1, minus: "-")
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    static func fixed(_ value: Double, decimals: Int, minus: String) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let decimals = max(0, min(decimals, 15))
        let scaled = (abs(value) * PlotMath.pow10(decimals)).rounded()
        guard scaled < 9e15 else { return significant(value, digits: 15) }
        var digits = String(UInt64(scaled))
        if digits.count <= decimals {
            digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
        }
        var text = digits
        if decimals > 0 {
            text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
        }
        return (value < 0 && scaled != 0 ? minus : "") + text
    }

    /// Splits |value| > 0 into an integer mantissa of `digits` digits and a decimal exponent.
    static func decompose(_ magnitude: Double, digits: Int) -> (mantissa: UInt64, exponent: Int) {
        var exponent = PlotMath.floorLog10(magnitude)
        var mantissa = scaledMantissa(magnitude, exponent: exponent, digits: digits)
        if mantissa >= UInt64(PlotMath.pow10(digits)) {
            exponent += 1
            mantissa = scaledMantissa(magnitude, exponent: exponent, digits: digits)
        }
        return (mantissa, exponent)
    }

    private static func scaledMantissa(_ magnitude: Double, exponent: Int, digits: Int) -> UInt64 {
        let shift = exponent - digits + 1
        let scaled = shift < 0 ? magnitude * PlotMath.pow10(-shift) : magnitude / PlotMath.pow10(shift)
        return UInt64(max(0, min(scaled.rounded(), 9e15)))
    }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }

    private static func nonFinite(_ value: Double) -> String {
        value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞")
    }
}
