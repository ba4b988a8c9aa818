import Engine
import Figures
import Lessons
import Testing
@testable import Site

/// The engine's published wiring reaches the diagram whole: every gate, operation and
/// connection, each role, activation, kind and node mapped to the one of the same name.
@Suite struct WiringConversionTests {
    @Test(arguments: DiagramCell.allCases)
    func conversionLosesNothing(cell: DiagramCell) throws {
        let engine = WiringConversion.engineWiring(for: cell)
        let figure = WiringConversion.figureWiring(engine, title: WiringConversion.title(cell))
        #expect(figure.name == WiringConversion.title(cell))
        #expect(figure.gates.map(\.id) == engine.gates.map(\.id))
        #expect(figure.gates.map(\.activation.rawValue) == engine.gates.map(\.activation.rawValue))
        #expect(figure.operations.map(\.id) == engine.operations.map(\.id))
        #expect(figure.operations.map(\.kind.rawValue) == engine.operations.map(\.kind.rawValue))
        #expect(figure.operations.map { $0.role?.rawValue } == engine.operations.map { $0.role?.rawValue })
        #expect(figure.connections.count == engine.connections.count)
        _ = try CellDiagram(wiring: figure).render()
    }

    /// Each case goes to the case of the same word, so a swapped line in a switch is caught.
    @Test func everyCaseKeepsItsName() {
        for gate in Engine.Gate.allCases { #expect(WiringConversion.role(gate).rawValue == gate.rawValue) }
        #expect(WiringConversion.role(WiringGate.Role.linear) == .linear)
        for activation in WiringGate.Activation.allCases {
            #expect(WiringConversion.activation(activation).rawValue == activation.rawValue)
        }
        for kind in Engine.PointwiseOperation.Kind.allCases { #expect(WiringConversion.kind(kind).rawValue == kind.rawValue) }
        for names in GateNames.allCases { #expect(WiringConversion.naming(names).rawValue == names.rawValue) }
        let nodes: [(Engine.CellWiring.Node, Figures.WiringNode)] = [
            (.input, .input), (.hiddenStateIn, .hiddenStateIn), (.cellStateIn, .cellStateIn),
            (.hiddenStateOut, .hiddenStateOut), (.cellStateOut, .cellStateOut), (.gate("f"), .gate("f")), (.operation("m"), .operation("m")),
        ]
        for (engine, figure) in nodes { #expect(WiringConversion.node(engine) == figure) }
    }

    /// The RNN's one layer is drawn as the hidden layer, without a gate label.
    @Test func theRNNLayerIsTheHiddenLayer() {
        let rnn = WiringConversion.figureWiring(CellKind.rnn(.relu).wiring, title: "RNN")
        #expect(rnn.gates.map(\.role) == [.hidden] && rnn.gates.map(\.activation) == [.relu])
    }

    @Test func gruDiagramsFollowTheEngine() {
        #expect(WiringConversion.engineWiring(for: .gru) == CellKind.gru(resetAfter: true).wiring)
        #expect(WiringConversion.engineWiring(for: .gruCho) == CellKind.gru(resetAfter: false).wiring)
    }
}
