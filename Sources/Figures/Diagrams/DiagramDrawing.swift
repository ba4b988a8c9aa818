/// Draws a laid-out cell: state lines, arrows, gate boxes, operation circles and labels.
struct DiagramDrawing {
    var layout: DiagramLayout
    var naming: GateNaming

    static let style = [
        ".ed{stroke:var(--fig-ink,currentColor);fill:none;stroke-width:1.5px;stroke-linejoin:round}",
        ".st{stroke-width:2.6px}",
        ".gt{fill:var(--fig-gate,rgba(230,159,0,.2));stroke:var(--fig-ink,currentColor);stroke-width:1.3px}",
        ".op{fill:var(--fig-op,none);stroke:var(--fig-ink,currentColor);stroke-width:1.3px}",
        ".ar{fill:var(--fig-ink,currentColor)}",
        ".dt{fill:var(--fig-ink,currentColor)}",
    ].map { " #" + FigureDocument.idToken + " " + $0 }.joined()

    func draw(into svg: inout SVGWriter) {
        let arrowID = FigureDocument.idToken + "-arrow"
        svg.open("defs")
        svg.open("marker", [("id", arrowID), ("viewBox", "0 0 10 10"), ("refX", "9"), ("refY", "5"),
                            ("markerWidth", "7"), ("markerHeight", "7"), ("markerUnits", "userSpaceOnUse"), ("orient", "auto")])
        svg.element("path", [("class", "ar"), ("d", "M0,1L10,5L0,9z")])
        svg.close("marker")
        svg.close("defs")
        svg.newline()
        for edge in layout.edges {
            var attributes = [("class", edge.isStateLine ? "ed st" : "ed"), ("d", PathData.polyline(edge.points, closed: false))]
            if edge.hasArrow { attributes.append(("marker-end", "url(#\(arrowID))")) }
            svg.element("path", attributes)
        }
        for dot in layout.dots {
            svg.element("circle", [("class", "dt"), ("cx", fmt(dot.x)), ("cy", fmt(dot.y)), ("r", "3")])
        }
        svg.newline()
        for gate in layout.graph.wiring.gates { drawGate(gate, into: &svg) }
        for op in layout.graph.wiring.operations { drawOperation(op, into: &svg) }
        drawBoundaryLabels(into: &svg)
    }

    private func drawGate(_ gate: Gate, into svg: inout SVGWriter) {
        guard let c = layout.center[.gate(gate.id)] else { return }
        let (w, h) = DiagramLayout.gateSize
        svg.element("rect", [("class", "gt"), ("x", fmt(c.x - w / 2)), ("y", fmt(c.y - h / 2)), ("width", fmt(w)), ("height", fmt(h)), ("rx", "5")])
        let label = naming.label(gate.role)
        let symbolY = label.isEmpty ? c.y + 5 : c.y - 1
        svg.element("text", [("x", fmt(c.x)), ("y", fmt(symbolY)), ("text-anchor", "middle"), ("font-size", "14")], text: gate.activation.symbol)
        if !label.isEmpty {
            svg.element("text", [("class", "mu"), ("x", fmt(c.x)), ("y", fmt(c.y + 13)), ("text-anchor", "middle"), ("font-size", "10")], text: label)
        }
    }

    private func drawOperation(_ op: PointwiseOperation, into svg: inout SVGWriter) {
        guard let c = layout.center[.operation(op.id)] else { return }
        let r = DiagramLayout.opRadius
        if op.kind == .tanh {
            svg.element("ellipse", [("class", "op"), ("cx", fmt(c.x)), ("cy", fmt(c.y)), ("rx", "18"), ("ry", fmt(r))])
            svg.element("text", [("x", fmt(c.x)), ("y", fmt(c.y + 4)), ("text-anchor", "middle"), ("font-size", "11")], text: "tanh")
        } else {
            svg.element("circle", [("class", "op"), ("cx", fmt(c.x)), ("cy", fmt(c.y)), ("r", fmt(r))])
            let size = op.kind == .oneMinus ? "11" : "15"
            svg.element("text", [("x", fmt(c.x)), ("y", fmt(c.y + (op.kind == .oneMinus ? 4 : 5))), ("text-anchor", "middle"), ("font-size", size)],
                        text: op.kind.symbol)
        }
        // An operation that is a gate (the coupled LSTM's 1 − i) is named like one.
        if let role = op.role {
            let label = naming.label(role)
            let half = op.kind == .tanh ? 18.0 : r
            svg.element("text", [("class", "mu ha"), ("x", fmt(c.x + half + 4)), ("y", fmt(c.y - r + 2)), ("font-size", "10")], text: label)
        }
    }

    /// c₍ₜ₋₁₎, h₍ₜ₋₁₎, xₜ, cₜ, hₜ beside where the lines enter and leave.
    private func drawBoundaryLabels(into svg: inout SVGWriter) {
        let labels: [(WiringNode, String, String)] = [
            (.cellStateIn, "c", "t−1"), (.hiddenStateIn, "h", "t−1"), (.cellStateOut, "c", "t"), (.hiddenStateOut, "h", "t"), (.input, "x", "t"),
        ]
        let used = Set(layout.graph.wiring.connections.flatMap { [$0.from, $0.to] })
        for (node, letter, lower) in labels where used.contains(node) {
            guard let p = layout.center[node] else { continue }
            let attributes: [(String, String)]
            switch node {
            case .cellStateIn, .hiddenStateIn: attributes = [("x", fmt(p.x - 6)), ("y", fmt(p.y + 5)), ("text-anchor", "end")]
            case .input: attributes = [("x", fmt(p.x)), ("y", fmt(p.y + 18)), ("text-anchor", "middle")]
            default: attributes = [("x", fmt(p.x + 6)), ("y", fmt(p.y + 5))]
            }
            svg.open("text", attributes + [("font-size", "15"), ("font-style", "italic")])
            svg.append(text: letter)
            svg.element("tspan", [("dy", "4"), ("font-size", "10")], text: lower)
            svg.close("text")
        }
    }

    static func summary(_ graph: DiagramGraph, naming: GateNaming) -> String {
        let wiring = graph.wiring
        let gates = wiring.gates.map { gate -> String in
            let label = naming.label(gate.role)
            return (label.isEmpty ? "" : label + " gate ") + "(\(gate.activation.symbol))"
        }
        var text = "Diagram of the \(wiring.name) cell. Gates: " + gates.joined(separator: ", ") + "."
        if let top = graph.top {
            let state = top.input == .cellStateIn ? "cell state c" : "hidden state h"
            let ops = graph.chain.compactMap { node -> String? in
                guard case .operation(let id) = node else { return nil }
                return wiring.operations.first { $0.id == id }?.kind.symbol
            }
            text += " The \(state) runs across the top through " + ops.joined(separator: " then ") + "."
        }
        let names = Dictionary(uniqueKeysWithValues: wiring.gates.map { ($0.id, naming.label($0.role).isEmpty ? $0.activation.symbol : naming.label($0.role)) })
        for op in wiring.operations {
            guard let role = op.role else { continue }
            let operands = graph.predecessors(.operation(op.id)).map { describe($0, names, wiring) }
            let noun = naming.label(role) + (role == .candidate ? "" : " gate")
            text += " The \(noun) is computed, not learned: \(op.kind.symbol) of " + operands.joined(separator: " and ") + "."
        }
        let flows = wiring.connections.map { c in "\(describe(c.from, names, wiring)) → \(describe(c.to, names, wiring))" }
        return text + " Connections: " + flows.joined(separator: "; ") + "."
    }

    private static func describe(_ node: WiringNode, _ names: [String: String], _ wiring: CellWiring) -> String {
        switch node {
        case .cellStateIn: return "c(t−1)"
        case .hiddenStateIn: return "h(t−1)"
        case .input: return "x(t)"
        case .cellStateOut: return "c(t)"
        case .hiddenStateOut: return "h(t)"
        case .gate(let id): return names[id] ?? id
        case .operation(let id): return (wiring.operations.first { $0.id == id }?.kind.symbol ?? "") + " (\(id))"
        }
    }
}
