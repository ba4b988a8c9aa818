import Engine
import Figures
import Lessons
import Testing
@testable import Site

/// The engine's published wiring reaches the diagram whole: no connection dropped, no
/// activation, kind or role replaced by a fallback.
@Suite struct WiringConversionTests {
    @Test(arguments: DiagramCell.allCases)
    func conversionLosesNothing(cell: DiagramCell) throws {
        let engine = WiringConversion.engineWiring(for: cell)
        let figure = WiringConversion.figureWiring(engine, title: WiringConversion.title(cell))
        #expect(figure.connections.count == engine.connections.count)
        #expect(figure.gates.map(\.activation.rawValue) == engine.gates.map(\.activation))
        if engine.gates.count > 1 { #expect(figure.gates.map(\.role.rawValue) == engine.gates.map(\.role)) }
        #expect(figure.operations.map(\.kind.rawValue) == engine.operations.map(\.kind.rawValue))
        #expect(figure.operations.map { $0.role?.rawValue } == engine.operations.map(\.role))
        _ = try CellDiagram(wiring: figure).render()
    }

    @Test func gruDiagramsFollowTheEngine() {
        #expect(WiringConversion.engineWiring(for: .gru) == CellKind.gru(resetAfter: true).wiring)
        #expect(WiringConversion.engineWiring(for: .gruCho) == CellKind.gru(resetAfter: false).wiring)
    }
}
