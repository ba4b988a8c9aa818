import Testing
@testable import Figures
import TestSupport

/// A cell the library was not written for gets a diagram by describing it.
@Suite("Custom wiring")
struct CustomWiringTests {
    /// The minimal gated unit (Zhou et al. 2016): one forget gate f,
    /// h̃ = tanh(W·[f⊙hₜ₋₁, xₜ]), hₜ = (1 − f)⊙hₜ₋₁ + f⊙h̃.
    static let mgu = CellWiring(
        name: "MGU",
        gates: [Gate(id: "f", role: .forget, activation: .sigmoid), Gate(id: "h", role: .candidate, activation: .tanh)],
        operations: [PointwiseOperation(id: "fh", kind: .multiply), PointwiseOperation(id: "keep", kind: .oneMinus),
                     PointwiseOperation(id: "old", kind: .multiply), PointwiseOperation(id: "new", kind: .multiply),
                     PointwiseOperation(id: "sum", kind: .add)],
        connections: [
            Connection(.hiddenStateIn, .gate("f")), Connection(.input, .gate("f")),
            Connection(.gate("f"), .operation("fh")), Connection(.hiddenStateIn, .operation("fh")),
            Connection(.operation("fh"), .gate("h")), Connection(.input, .gate("h")),
            Connection(.gate("f"), .operation("keep")), Connection(.hiddenStateIn, .operation("old")),
            Connection(.operation("keep"), .operation("old")),
            Connection(.gate("f"), .operation("new")), Connection(.gate("h"), .operation("new")),
            Connection(.operation("old"), .operation("sum")), Connection(.operation("new"), .operation("sum")),
            Connection(.operation("sum"), .hiddenStateOut),
        ])

    @Test func minimalGatedUnit() throws {
        let svg = try CellDiagram(wiring: Self.mgu, id: "diagram-mgu").render()
        checkFigure(svg, named: "diagram-mgu")
        let layout = try DiagramLayout(DiagramGraph(Self.mgu))
        for edge in layout.edges {
            for (a, b) in zip(edge.points, edge.points.dropFirst()) {
                for gate in Self.mgu.gates {
                    guard let c = layout.center[.gate(gate.id)] else { continue }
                    let box = Rect(x: c.x - 30.5, y: c.y - 18.5, width: 61, height: 37)
                    #expect(!Self.segment(a, b, crosses: box))
                }
            }
        }
    }

    static func segment(_ a: Point, _ b: Point, crosses box: Rect) -> Bool {
        let minX = min(a.x, b.x), maxX = max(a.x, b.x), minY = min(a.y, b.y), maxY = max(a.y, b.y)
        return minX < box.maxX && maxX > box.minX && minY < box.maxY && maxY > box.minY
    }
}
