import Foundation
import Testing
@testable import Figures

/// Every series colour must stand out from the page: WCAG 2 asks 3:1 for graphics.
@Suite("Palette contrast")
struct PaletteContrastTests {
    /// WCAG 2 relative luminance of "#RRGGBB".
    static func luminance(_ hex: String) throws -> Double {
        let digits = Array(hex.dropFirst())
        try #require(hex.hasPrefix("#") && digits.count == 6, "\(hex) is not #RRGGBB")
        let channels = try stride(from: 0, to: 6, by: 2).map { i -> Double in
            let byte = try #require(UInt8(String(digits[i...i + 1]), radix: 16))
            let c = Double(byte) / 255
            return c <= 0.040_45 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ a: String, _ b: String) throws -> Double {
        let la = try luminance(a), lb = try luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func themes() throws -> [(name: String, background: String, series: [String])] {
        try [("light", FigureTheme.lightDefaults), ("dark", FigureTheme.darkDefaults)].map { name, values in
            let background = try #require(values.first { $0.name == "--fig-bg" }?.value)
            let series = (1...FigureTheme.seriesFallbacks.count).compactMap { n in values.first { $0.name == "--fig-series-\(n)" }?.value }
            return (name, background, series)
        }
    }

    @Test func knownValues() throws {
        #expect(abs(try Self.contrast("#000000", "#ffffff") - 21) < 1e-9)
        #expect(abs(try Self.contrast("#777777", "#ffffff") - 4.48) < 0.01)
    }

    @Test func everySeriesColourHasThreeToOneOnItsThemesBackground() throws {
        for theme in try Self.themes() {
            #expect(theme.series.count == FigureTheme.seriesFallbacks.count, "\(theme.name) theme sets every palette colour")
            for (index, colour) in theme.series.enumerated() {
                let ratio = try Self.contrast(colour, theme.background)
                #expect(ratio >= 3, "series \(index + 1) \(colour) is \(ratio):1 on the \(theme.name) background \(theme.background)")
            }
        }
    }

    /// The fallbacks colour figures on pages that set no theme, light or dark.
    @Test func fallbacksHaveThreeToOneOnBothBackgrounds() throws {
        for theme in try Self.themes() {
            for colour in FigureTheme.seriesFallbacks {
                let ratio = try Self.contrast(colour, theme.background)
                #expect(ratio >= 3, "fallback \(colour) is \(ratio):1 on \(theme.background)")
            }
        }
    }
}
