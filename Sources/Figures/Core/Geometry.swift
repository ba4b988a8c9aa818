/// A rectangle in SVG user units.
struct Rect: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var minX: Double { x }
    var maxX: Double { x + width }
    var minY: Double { y }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }
}

/// A point in SVG user units.
struct Point: Sendable, Hashable {
    var x: Double
    var y: Double
}

/// Rough text extents for layout: the library cannot measure fonts, so it budgets
/// generously (0.6 em per character) to keep labels from colliding.
enum TextMetrics {
    static func width(_ text: String, fontSize: Double) -> Double {
        var units = 0.0
        for char in text.unicodeScalars {
            switch char {
            case "i", "l", "j", "t", "f", "r", ".", ",", ":", ";", "'", "|", "!", "(", ")", " ", "1":
                units += 0.38
            case "m", "w", "M", "W", "—", "×", "=", "+", "−", "±", "<", ">":
                units += 0.85
            case "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁻":
                units += 0.4
            default:
                units += char.value >= 0x41 && char.value <= 0x5A ? 0.68 : 0.58
            }
        }
        return units * fontSize
    }
}
