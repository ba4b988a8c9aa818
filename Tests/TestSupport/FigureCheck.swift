import Testing

/// Checks an SVG figure: valid standalone XML, the accessible root, unique ids, no NaN
/// coordinates; then compares it with its golden file `Snapshots/<name>.svg`.
public func checkFigure(_ svg: String, named name: String, filePath: String = #filePath,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    let result = XMLCheck.parse(svg)
    #expect(result.parsed, "\(name) does not parse as XML: \(result.error)", sourceLocation: sourceLocation)
    #expect(result.rootName == "svg", sourceLocation: sourceLocation)
    #expect(result.rootAttributes["xmlns"] == "http://www.w3.org/2000/svg", sourceLocation: sourceLocation)
    #expect(result.rootAttributes["role"] == "img", sourceLocation: sourceLocation)
    #expect(result.rootAttributes["viewBox"] != nil, sourceLocation: sourceLocation)
    #expect(Set(result.ids).count == result.ids.count, "duplicate ids in \(name)", sourceLocation: sourceLocation)
    #expect(!svg.contains("<?xml") && !svg.contains("<!DOCTYPE"), sourceLocation: sourceLocation)
    #expect(svg.contains("<title ") && svg.contains("<desc "), sourceLocation: sourceLocation)
    #expect(!svg.contains("NaN") || svg.contains("(NaN)"), "NaN leaked into coordinates of \(name)", sourceLocation: sourceLocation)
    Snapshot.check(svg, file: name + ".svg", filePath: filePath, sourceLocation: sourceLocation)
}
