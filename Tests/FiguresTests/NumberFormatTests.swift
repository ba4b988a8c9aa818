import Testing
@testable import Figures

@Suite("Number formatting")
struct NumberFormatTests {
    @Test func fixedDecimals() {
        #expect(NumberFormat.fixed(0.16667, decimals: 3) == "0.167")
        #expect(NumberFormat.fixed(2, decimals: 2) == "2.00")
        #expect(NumberFormat.fixed(-0.5, decimals: 1) == "−0.5")
        #expect(NumberFormat.fixed(-0.0001, decimals: 2) == "0.00", "values that round to zero have no sign")
        #expect(NumberFormat.fixed(1234.5, decimals: 0) == "1235" || NumberFormat.fixed(1234.5, decimals: 0) == "1234")
        #expect(NumberFormat.fixed(.nan, decimals: 2) == "NaN")
    }

    @Test func significantDigits() {
        #expect(NumberFormat.significant(1.0 / 6) == "0.167")
        #expect(NumberFormat.significant(0.0123456) == "0.0123")
        #expect(NumberFormat.significant(1520) == "1520")
        #expect(NumberFormat.significant(0.999_96, digits: 3) == "1")
        #expect(NumberFormat.significant(1.234e-7) == "1.23e−7")
        #expect(NumberFormat.significant(-2.5e8) == "−2.5e8")
        #expect(NumberFormat.significant(0) == "0")
        #expect(NumberFormat.significant(.infinity) == "∞")
    }

    @Test func powersOfTen() {
        #expect(NumberFormat.powerOfTen(-3) == "10⁻³")
        #expect(NumberFormat.powerOfTen(0) == "10⁰")
        #expect(NumberFormat.powerOfTen(12) == "10¹²")
    }

    @Test func coordinatesRoundToOneDecimal() {
        #expect(NumberFormat.coordinate(12.34) == "12.3")
        #expect(NumberFormat.coordinate(12.96) == "13")
        #expect(NumberFormat.coordinate(-0.04) == "0")
        #expect(NumberFormat.coordinate(-3.25) == "-3.3" || NumberFormat.coordinate(-3.25) == "-3.2")
        #expect(NumberFormat.coordinate(.nan) == "0")
    }

    @Test func ownMathMatchesKnownValues() {
        #expect(abs(PlotMath.ln(10) - 2.302_585_092_994_046) < 1e-14)
        #expect(abs(PlotMath.exp(1) - 2.718_281_828_459_045) < 1e-14)
        #expect(abs(PlotMath.log10(1e-6) + 6) < 1e-13)
        #expect(PlotMath.floorLog10(1000) == 3)
        #expect(PlotMath.floorLog10(999.9) == 2)
        #expect(PlotMath.floorLog10(0.001) == -3)
        #expect(abs(PlotMath.tanh(0.5) - 0.462_117_157_260_009_8) < 1e-14)
    }
}
