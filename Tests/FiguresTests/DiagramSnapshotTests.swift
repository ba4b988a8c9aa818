import Testing
@testable import Figures
import TestSupport

@Suite("Cell diagram golden files")
struct DiagramSnapshotTests {
    @Test(arguments: CellWiring.standard.map(\.name))
    func standardCell(name: String) throws {
        let wiring = try #require(CellWiring.standard(named: name))
        let svg = try CellDiagram(wiring: wiring, id: "diagram-\(name)").render()
        checkFigure(svg, named: "diagram-\(name)")
        for gate in wiring.gates where gate.role != .hidden && gate.role != .linear {
            #expect(svg.contains(">\(gate.role.rawValue)</text>"))
        }
        for role in wiring.operations.compactMap(\.role) {
            #expect(svg.contains(">\(role.rawValue)</text>"), "an operation that is a gate is labelled like one")
        }
    }

    /// PyTorch's GRU: r multiplies W_hn·hₜ₋₁ + b_hn (a linear box), and tanh is taken after the sum.
    @Test func gruResetsAfterTheRecurrentProduct() throws {
        let gru = CellWiring.gru
        #expect(gru.connections.contains(Connection(.gate("nh"), .operation("rh"))))
        #expect(!gru.connections.contains(Connection(.hiddenStateIn, .operation("rh"))))
        #expect(gru.connections.contains(Connection(.operation("nsum"), .operation("n"))))
        let svg = try CellDiagram(wiring: gru).render()
        #expect(svg.contains(">linear</text>") && svg.contains(">candidate</text>"))
        #expect(svg.contains("The candidate is computed, not learned: tanh of + (nsum)."))
        let cho = CellWiring.gruCho
        #expect(cho.connections.contains(Connection(.hiddenStateIn, .operation("rh"))))
        #expect(cho.connections.contains(Connection(.operation("rh"), .gate("n"))))
    }

    /// The coupled LSTM learns i and computes f = 1 − i: with remember/save/focus names,
    /// remember = 1 − save.
    @Test func coupledRememberIsOneMinusSave() throws {
        let coupled = CellWiring.coupled
        #expect(!coupled.gates.contains { $0.role == .forget })
        #expect(coupled.connections.contains(Connection(.gate("i"), .operation("oneMinusI"))))
        #expect(coupled.connections.contains(Connection(.operation("oneMinusI"), .operation("forget"))))
        #expect(coupled.connections.contains(Connection(.gate("i"), .operation("save"))))
        let svg = try CellDiagram(wiring: coupled, naming: .remember, id: "diagram-coupled-remember").render()
        checkFigure(svg, named: "diagram-coupled-remember")
        for word in ["remember", "save", "focus"] { #expect(svg.contains(">\(word)</text>")) }
        for word in ["forget", "input", "output"] { #expect(!svg.contains(">\(word)</text>")) }
        #expect(svg.contains("The remember gate is computed, not learned: 1− of save."))
    }

    @Test func rememberSaveFocusNames() throws {
        let svg = try CellDiagram(wiring: .lstm, naming: .remember, id: "diagram-lstm-remember").render()
        checkFigure(svg, named: "diagram-lstm-remember")
        for word in ["remember", "save", "focus"] { #expect(svg.contains(">\(word)</text>")) }
        #expect(!svg.contains(">forget</text>"))
    }

    @Test func layoutPutsGatesInOneRowBelowTheStateLine() throws {
        let layout = try DiagramLayout(DiagramGraph(.lstm))
        let gateYs = Set(CellWiring.lstm.gates.compactMap { layout.center[.gate($0.id)]?.y })
        #expect(gateYs.count == 1)
        let lineY = try #require(layout.center[.operation("sum")]?.y)
        #expect(try #require(gateYs.first) > lineY)
        #expect(layout.center[.operation("forget")]?.y == lineY)
    }

    @Test(arguments: CellWiring.standard.map(\.name))
    func edgesAreOrthogonalAndMissEveryBox(name: String) throws {
        let wiring = try #require(CellWiring.standard(named: name))
        let layout = try DiagramLayout(DiagramGraph(wiring))
        for edge in layout.edges {
            for (a, b) in zip(edge.points, edge.points.dropFirst()) {
                #expect(a.x == b.x || a.y == b.y, "diagonal segment in \(name)")
                for gate in wiring.gates {
                    guard let c = layout.center[.gate(gate.id)] else { continue }
                    let box = Rect(x: c.x - DiagramLayout.gateSize.width / 2 + 0.5, y: c.y - DiagramLayout.gateSize.height / 2 + 0.5,
                                   width: DiagramLayout.gateSize.width - 1, height: DiagramLayout.gateSize.height - 1)
                    #expect(!Self.segment(a, b, crosses: box), "an edge of \(name) crosses gate \(gate.id)")
                }
            }
        }
    }

    static func segment(_ a: Point, _ b: Point, crosses box: Rect) -> Bool {
        let minX = min(a.x, b.x), maxX = max(a.x, b.x), minY = min(a.y, b.y), maxY = max(a.y, b.y)
        return minX < box.maxX && maxX > box.minX && minY < box.maxY && maxY > box.minY
    }
}
