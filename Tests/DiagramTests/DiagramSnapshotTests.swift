import Engine
@testable import Figures
import Lessons
@testable import Site
import Testing
import TestSupport

/// Golden files of the diagrams the site draws: the engine's own wirings, through the
/// site's one conversion.
@Suite("Cell diagram golden files")
struct DiagramSnapshotTests {
    static func diagram(_ cell: DiagramCell, names: GateNames = .classic, id: String) -> CellDiagram {
        WiringConversion.diagram(of: cell, names: names, title: nil, id: id)
    }

    static func figureWiring(_ cell: DiagramCell) -> Figures.CellWiring {
        WiringConversion.figureWiring(WiringConversion.engineWiring(for: cell), title: WiringConversion.title(cell))
    }

    @Test(arguments: DiagramCell.allCases)
    func engineCell(cell: DiagramCell) throws {
        let name = "diagram-\(cell.rawValue)"
        let diagram = Self.diagram(cell, id: name)
        let svg = try diagram.render()
        checkFigure(svg, named: name)
        for gate in diagram.wiring.gates where gate.role != .hidden && gate.role != .linear {
            #expect(svg.contains(">\(gate.role.rawValue)</text>"))
        }
        for role in diagram.wiring.operations.compactMap(\.role) {
            #expect(svg.contains(">\(role.rawValue)</text>"), "an operation that is a gate is labelled like one")
        }
    }

    /// PyTorch's GRU: r multiplies W_hn·hₜ₋₁ + b_hn (a linear box), and tanh is taken after the sum.
    @Test func gruResetsAfterTheRecurrentProduct() throws {
        let gru = Self.figureWiring(.gru)
        #expect(gru.connections.contains(Connection(.gate("n_h"), .operation("reset_mul"))))
        #expect(!gru.connections.contains(Connection(.hiddenStateIn, .operation("reset_mul"))))
        #expect(gru.connections.contains(Connection(.operation("n_add"), .operation("n"))))
        let svg = try Self.diagram(.gru, id: "gru").render()
        #expect(svg.contains(">linear</text>") && svg.contains(">candidate</text>"))
        #expect(svg.contains("The candidate is computed, not learned: tanh of + (n_add)."))
        let cho = Self.figureWiring(.gruCho)
        #expect(cho.connections.contains(Connection(.hiddenStateIn, .operation("reset_mul"))))
        #expect(cho.connections.contains(Connection(.operation("reset_mul"), .gate("n"))))
    }

    /// The coupled LSTM learns i and computes f = 1 − i: with remember/save/focus names,
    /// remember = 1 − save.
    @Test func coupledRememberIsOneMinusSave() throws {
        let coupled = Self.figureWiring(.coupled)
        #expect(!coupled.gates.contains { $0.role == .forget })
        #expect(coupled.connections.contains(Connection(.gate("i"), .operation("one_minus_i"))))
        #expect(coupled.connections.contains(Connection(.operation("one_minus_i"), .operation("forget_mul"))))
        #expect(coupled.connections.contains(Connection(.gate("i"), .operation("input_mul"))))
        let svg = try Self.diagram(.coupled, names: .remember, id: "diagram-coupled-remember").render()
        checkFigure(svg, named: "diagram-coupled-remember")
        for word in ["remember", "save", "focus"] { #expect(svg.contains(">\(word)</text>")) }
        for word in ["forget", "input", "output"] { #expect(!svg.contains(">\(word)</text>")) }
        #expect(svg.contains("The remember gate is computed, not learned: 1− of save."))
    }

    @Test func rememberSaveFocusNames() throws {
        let svg = try Self.diagram(.lstm, names: .remember, id: "diagram-lstm-remember").render()
        checkFigure(svg, named: "diagram-lstm-remember")
        for word in ["remember", "save", "focus"] { #expect(svg.contains(">\(word)</text>")) }
        #expect(!svg.contains(">forget</text>"))
    }

    @Test func layoutPutsGatesInOneRowBelowTheStateLine() throws {
        let lstm = Self.figureWiring(.lstm)
        let layout = try DiagramLayout(DiagramGraph(lstm))
        let gateYs = Set(lstm.gates.compactMap { layout.center[.gate($0.id)]?.y })
        #expect(gateYs.count == 1)
        let lineY = try #require(layout.center[.operation("c_add")]?.y)
        #expect(try #require(gateYs.first) > lineY)
        #expect(layout.center[.operation("forget_mul")]?.y == lineY)
    }

    @Test(arguments: DiagramCell.allCases)
    func edgesAreOrthogonalAndMissEveryBox(cell: DiagramCell) throws {
        let wiring = Self.figureWiring(cell)
        let layout = try DiagramLayout(DiagramGraph(wiring))
        for edge in layout.edges {
            for (a, b) in zip(edge.points, edge.points.dropFirst()) {
                #expect(a.x == b.x || a.y == b.y, "diagonal segment in \(cell)")
                for gate in wiring.gates {
                    guard let c = layout.center[.gate(gate.id)] else { continue }
                    let box = Rect(x: c.x - DiagramLayout.gateSize.width / 2 + 0.5, y: c.y - DiagramLayout.gateSize.height / 2 + 0.5,
                                   width: DiagramLayout.gateSize.width - 1, height: DiagramLayout.gateSize.height - 1)
                    #expect(!Self.segment(a, b, crosses: box), "an edge of \(cell) crosses gate \(gate.id)")
                }
            }
        }
    }

    static func segment(_ a: Point, _ b: Point, crosses box: Rect) -> Bool {
        let minX = min(a.x, b.x), maxX = max(a.x, b.x), minY = min(a.y, b.y), maxY = max(a.y, b.y)
        return minX < box.maxX && maxX > box.minX && minY < box.maxY && maxY > box.minY
    }
}
