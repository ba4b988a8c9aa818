import Engine
import Lessons

/// The results a claim reads, found by the names its options give.
struct ClaimContext {
    var experiment: ExperimentOutcomes?
    var gradients: GradientFlowResult?
    var gradientLabels: [String] = []
    var activations: ActivationsResult?
    var prediction: PredictionResult?
}

/// A claim's value while it is evaluated.
enum ClaimValue {
    case number(Double)
    case sample([Double])
    case boolean(Bool)

    var number: Double {
        if case .number(let value) = self { return value }
        return .nan
    }

    var sample: [Double] {
        if case .sample(let values) = self { return values }
        return []
    }

    var boolean: Bool {
        if case .boolean(let value) = self { return value }
        return false
    }
}

/// Numbers as a claim's note shows them: three significant digits, ∞ as "never".
enum ClaimFormat {
    static func number(_ x: Double) -> String {
        if x == .infinity { return "∞" }
        if x == -.infinity { return "−∞" }
        if x.isNaN { return "NaN" }
        let magnitude = abs(x)
        if x == x.rounded(), magnitude < 1e7 { return String(Int(x)) }
        if magnitude >= 1e-3, magnitude < 1e5 { return trimmed(format3(x)) }
        // Scientific: three significant digits of the mantissa, as 1.54e-21.
        var exponent = 0
        var mantissa = magnitude
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        if (mantissa * 100).rounded() >= 1000 { mantissa /= 10; exponent += 1 }
        return (x < 0 ? "-" : "") + trimmed(format3(mantissa)) + "e" + String(exponent)
    }

    private static func trimmed(_ text: String) -> String {
        var text = text
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// x with three significant digits, without Foundation's locale-dependent formatting.
    private static func format3(_ x: Double) -> String {
        let magnitude = abs(x)
        var decimals = 2
        var scale = 1.0
        while scale * 10 <= magnitude { scale *= 10; decimals -= 1 }
        while magnitude < scale, decimals < 8 { scale /= 10; decimals += 1 }
        decimals = max(0, decimals)
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let rounded = (magnitude * factor).rounded() / factor
        var text = String(Int(rounded))
        if decimals > 0 {
            var fraction = Int(((rounded - rounded.rounded(.down)) * factor).rounded())
            var digits = ""
            for _ in 0..<decimals {
                digits = String(fraction % 10) + digits
                fraction /= 10
            }
            text += "." + digits
        }
        return (x < 0 ? "-" : "") + text
    }

    static func sample(_ values: [Double]) -> String {
        "[" + values.map(number).joined(separator: ", ") + "]"
    }

    /// "p = 0.031", or "p < 0.0001" for the smallest.
    static func pValue(_ p: Double) -> String {
        p < 0.0001 ? "p < 0.0001" : "p = " + number(p)
    }
}
