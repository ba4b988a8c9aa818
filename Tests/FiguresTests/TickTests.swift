import Testing
@testable import Figures

@Suite("Ticks")
struct TickTests {
    @Test func linearTicksOnRoundNumbers() {
        let ticks = Ticks.linear(0, 1500)
        #expect(ticks.map(\.label) == ["0", "500", "1000", "1500"] || ticks.map(\.label) == ["0", "200", "400", "600", "800", "1000", "1200", "1400"])
        #expect(ticks.allSatisfy { $0.value >= 0 && $0.value <= 1500 })
    }

    @Test func tinyRangeGetsEnoughDecimals() {
        let ticks = Ticks.linear(0.1667, 0.1668)
        #expect(ticks.count >= 3)
        #expect(ticks.first?.label == "0.16670")
        #expect(ticks.last?.label == "0.16680")
        #expect(Set(ticks.map(\.label)).count == ticks.count, "labels must differ")
    }

    @Test func negativeRange() {
        let ticks = Ticks.linear(-3.2, -0.4)
        #expect(ticks.map(\.label) == ["−3.0", "−2.5", "−2.0", "−1.5", "−1.0", "−0.5"])
        let symmetric = Ticks.linear(-1, 1, target: 4)
        #expect(symmetric.map(\.label) == ["−1.0", "−0.5", "0.0", "0.5", "1.0"])
    }

    @Test func zeroWidthRangeStillHasTicks() {
        #expect(!Ticks.linear(0.5, 0.5).isEmpty)
        #expect(!Ticks.linear(0, 0).isEmpty)
    }

    @Test func logTicksAcrossNineDecades() {
        let ticks = Ticks.log(1e-6, 1e3)
        let labelled = ticks.filter { !$0.label.isEmpty }
        #expect(labelled.first?.label == "10⁻⁶")
        #expect(labelled.last?.label.hasPrefix("10") == true)
        #expect(ticks.contains { $0.value == 1e-6 && $0.isMajor })
        #expect(ticks.contains { $0.value == 1000 && $0.isMajor })
        #expect(ticks.contains { !$0.isMajor && $0.label.isEmpty }, "minor ticks between decades")
        #expect(labelled.count <= 10)
    }

    @Test func logTicksAcrossTwoDecadesUseOneTwoFive() {
        let labels = Ticks.log(0.004, 0.2).filter(\.isMajor).map(\.label)
        #expect(labels == ["0.005", "0.01", "0.02", "0.05", "0.1", "0.2"])
    }

    @Test func logTicksWithinADecadeFallBackToLinear() {
        let ticks = Ticks.log(0.1667, 0.1668)
        #expect(ticks.count >= 3)
        #expect(ticks.allSatisfy { $0.value >= 0.1667 - 1e-12 && $0.value <= 0.1668 + 1e-12 })
    }

    @Test func logTicksRejectNonPositiveBounds() {
        #expect(Ticks.log(0, 10).isEmpty)
        #expect(Ticks.log(-1, 10).isEmpty)
    }

    @Test func tinyLinearValuesUseScientificLabels() {
        let labels = Ticks.linear(0, 4e-6).map(\.label)
        #expect(labels.contains("10⁻⁶") || labels.contains("2×10⁻⁶"))
        #expect(labels.first == "0")
    }
}
