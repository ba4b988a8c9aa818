/// Where every node of a cell diagram sits and how every edge runs.
///
/// Columns follow data-flow order; a node shares a column with the node that feeds it when it
/// can sit directly above or below it, so gate → operation arrows run straight up.
struct DiagramLayout {
    /// One routed edge: its points (corners only), what it carries, and how it is drawn.
    struct Edge {
        var points: [Point]
        var key: String
        var isStateLine: Bool
        var hasArrow: Bool
    }

    static let columnSpacing = 86.0
    static let gateSize = (width: 62.0, height: 38.0)
    static let opRadius = 12.0

    var graph: DiagramGraph
    var center: [WiringNode: Point] = [:]
    var junction: Point?
    var dots: [Point] = []
    var edges: [Edge] = []
    var width = 0.0
    var height = 0.0
    var rowY: [Double] = []
    var busRow = 0
    var inputRow = 0

    init(_ graph: DiagramGraph) throws(FigureError) {
        self.graph = graph
        let columns = Self.columns(graph)
        busRow = graph.gateRow + 1
        inputRow = busRow + 1
        var y = 46.0
        for r in 0...inputRow {
            rowY.append(y)
            y += r < graph.gateRow - 1 ? 50 : (r == graph.gateRow - 1 ? 58 : (r == graph.gateRow ? 56 : 40))
        }
        let s = Self.columnSpacing
        let xLeft = 62.0
        let gapLeft = xLeft + 34
        let x0 = gapLeft + s / 2
        for (c, members) in columns.enumerated() {
            for node in members { center[node] = Point(x: x0 + Double(c) * s, y: rowY[graph.row[node] ?? 0]) }
        }
        let lastX = x0 + Double(max(0, columns.count - 1)) * s
        let xRight = lastX + s / 2 + 34
        width = xRight + 52
        height = rowY[inputRow] + 26

        // Grid lines: column centres, the gaps between columns, and the margins.
        var xs = [xLeft, gapLeft]
        for c in columns.indices {
            xs += [x0 + Double(c) * s, x0 + Double(c) * s + s / 2]
        }
        xs.append(xRight)
        var ys: [Double] = []
        for r in 0...inputRow {
            ys.append(rowY[r])
            if r < inputRow { ys.append((rowY[r] + rowY[r + 1]) / 2) }
        }
        if let top = graph.top {
            center[top.input] = Point(x: xLeft, y: rowY[0])
            center[top.output] = Point(x: xRight, y: rowY[0])
        }
        if center[.hiddenStateIn] == nil { center[.hiddenStateIn] = Point(x: xLeft, y: rowY[busRow]) }
        if center[.hiddenStateOut] == nil {
            center[.hiddenStateOut] = Point(x: xRight, y: graph.chain.isEmpty ? rowY[0] : rowY[busRow])
        }
        center[.input] = Point(x: gapLeft, y: rowY[inputRow])
        if !graph.busReaders.isEmpty { junction = Point(x: gapLeft, y: rowY[busRow]) }
        try routeEdges(xs: xs, ys: ys)
    }

    static func columns(_ graph: DiagramGraph) -> [[WiringNode]] {
        var columns: [[WiringNode]] = []
        for node in graph.order {
            let r = graph.row[node] ?? 0
            if let last = columns.last {
                let rows = last.map { graph.row[$0] ?? 0 }
                let preds = Set(graph.predecessors(node))
                if let top = last.min(by: { (graph.row[$0] ?? 0) < (graph.row[$1] ?? 0) }),
                   let bottom = last.max(by: { (graph.row[$0] ?? 0) < (graph.row[$1] ?? 0) }),
                   let minRow = rows.min(), let maxRow = rows.max() {
                    let above = r < minRow && preds.contains(top)
                    let below = r > maxRow && preds.contains(bottom)
                    if above || below {
                        columns[columns.count - 1].append(node)
                        continue
                    }
                }
            }
            columns.append([node])
        }
        return columns
    }
}
