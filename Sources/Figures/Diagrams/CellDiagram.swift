/// A diagram of a recurrent cell, laid out automatically from its wiring.
///
/// The state line (c, or h for cells without c) runs across the top through its pointwise
/// operations; gates sit as labelled boxes in a row below; [hₜ₋₁, xₜ] runs along the bottom as
/// one bus; orthogonal arrows never cross a box.
public struct CellDiagram: Sendable, Hashable, DrawableFigure {
    public var wiring: CellWiring
    public var naming: GateNaming
    /// Defaults to "<name> cell".
    public var title: String?
    public var id: String?
    public var summary: String?

    public init(wiring: CellWiring, naming: GateNaming = .classic, title: String? = nil, id: String? = nil, summary: String? = nil) {
        self.wiring = wiring
        self.naming = naming
        self.title = title
        self.id = id
        self.summary = summary
    }

    /// What a placeholder for this figure shows when the data cannot be drawn.
    public var placeholder: FigurePlaceholder { FigurePlaceholder(title: title ?? wiring.name, width: 560, height: 280, id: id) }

    /// The SVG text, or an error saying what is wrong with the wiring.
    public func render() throws(FigureError) -> String {
        let graph = try DiagramGraph(wiring)
        let layout = try DiagramLayout(graph)
        var body = SVGWriter()
        DiagramDrawing(layout: layout, naming: naming).draw(into: &body)
        let heading = title ?? "\(wiring.name) cell"
        return FigureDocument.render(width: layout.width, height: layout.height, title: heading,
                                     description: summary ?? DiagramDrawing.summary(graph, naming: naming),
                                     explicitID: id, extraStyle: DiagramDrawing.style, seriesCount: 0, body: body.text)
    }
}
