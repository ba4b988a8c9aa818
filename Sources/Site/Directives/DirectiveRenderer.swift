import Figures
import Foundation
import Lessons
import Runner
import Synchronization

/// Renders one directive with its results: a numbered, captioned figure (or
/// table) whose data goes to `data/`, listed in the manifest.
struct DirectiveRenderer {
    var directive: Directive
    var entry: FigureIndex.Entry
    var results: CourseResults
    var directives: CourseDirectives
    /// The caption rendered as inline HTML.
    var captionHTML: String
    let output: RenderOutput
    /// The directive as written, for the figure's "Reproduce" block.
    var written: WrittenDirective? = nil

    var name: String { directive.name ?? entry.anchor }
    var figureID: String { "fig-" + entry.anchor }

    func render() -> String {
        guard directive.variantOf != nil else { return renderContent() }
        // A "Try it" prediction, checked: the variant's figure waits behind a summary.
        return "<details class=\"variant\">\n<summary>What you should see</summary>\n" + renderContent() + "</details>\n"
    }

    func renderContent() -> String {
        switch directive.content {
        case .experiment(let experiment): return experimentFigure(experiment)
        case .gradientFlow: return gradientFlowFigure()
        case .activations: return activationsFigure()
        case .prediction: return predictionFigure()
        case .functionPlot(let plot): return functionPlot(plot)
        case .diagram(let diagram): return diagramFigure(diagram)
        case .table(let table): return tableDirective(table)
        case .claim(let claim): return claimBlock(claim)
        case .outcomes(let outcomes): return outcomesFigure(outcomes)
        case .trace(let trace): return trainingTraceFigure(trace)
        }
    }

    // MARK: Frame

    func figure(_ svg: String, data: String, extra: String = "") -> String {
        let alone = output.addFigurePage(StandaloneFigure(entry: entry, svg: svg, data: data))
        let openAlone = "<a href=\"\(alone.htmlEscaped)\">open alone</a>"
        let links = data.isEmpty ? "<span class=\"alone\">\(openAlone)</span>"
            : "<a class=\"data\" href=\"\(data.htmlEscaped)\">data</a><span class=\"alone\"> · \(openAlone)</span>"
        return """
        <figure class="figure" id="\(entry.anchor.htmlEscaped)">
        \(FigureFrame.html(svg, label: entry.text, cue: ", or open it alone"))\(extra)<figcaption><span class="label">\(entry.text).</span> \(captionHTML) \(links)</figcaption>
        </figure>
        \(written.map { ReproduceBlock.html($0, anchor: entry.anchor, data: data) } ?? "")

        """
    }

    func missing(_ what: String) -> String {
        output.warn(.warning(in: directive.kindRange, "'\(name)' has no results to show: \(what)"))
        return figure(NoDataFigure.render(title: name, reason: what, id: figureID), data: "")
    }

    /// Writes a data file under `data/` and lists it in the manifest.
    func publish(_ bytes: [UInt8], file: String) -> String {
        let path = "data/" + file
        output.add(path, bytes)
        do {
            output.list(ManifestEntry(name: name, kind: directive.kind.rawValue, label: entry.text, page: entry.page,
                                      data: path, sha256: try CacheKey.digest(bytes)))
        } catch {
            // Without its digest the file cannot be verified: the build fails rather than publish it unlisted.
            output.warn(.error(in: directive.kindRange, "cannot list '\(path)' in the manifest: \(error)"))
        }
        return path
    }

    func svg(_ render: () throws(FigureError) -> String, fallback title: String) -> String {
        do {
            return try render()
        } catch {
            output.warn(.warning(in: directive.kindRange, "figure '\(name)' cannot be drawn: \(error.message)"))
            return NoDataFigure.render(title: title, reason: error.message, id: figureID)
        }
    }

    // MARK: Simple figures

    func functionPlot(_ plot: FunctionPlotDirective) -> String {
        let chart = LineChart.functions(title: directive.alt ?? "Functions", plot.functions, x: plot.x,
                                        xTitle: plot.xLabel, yTitle: plot.yLabel, id: figureID)
        var csv = CSV(["function", "x", "y"])
        for series in chart.series {
            for (x, y) in zip(series.x, series.y) { csv.add([series.label, Format.exact(x), Format.exact(y)]) }
        }
        let data = publish(csv.bytes, file: "\(name).csv")
        return figure(svg({ () throws(FigureError) in try chart.render() }, fallback: name), data: data)
    }

    func diagramFigure(_ diagram: DiagramDirective) -> String {
        let engineWiring = WiringConversion.engineWiring(for: diagram.cell)
        let chart = WiringConversion.diagram(of: diagram.cell, names: diagram.names, title: directive.alt, id: figureID)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let json: [UInt8]
        do {
            json = [UInt8](try encoder.encode(engineWiring)) + [10]
        } catch {
            output.warn(.warning(in: directive.kindRange, "the wiring data of this diagram cannot be written: \(error)"))
            json = []
        }
        let data = publish(json, file: "\(name).json")
        return figure(svg({ () throws(FigureError) in try chart.render() }, fallback: name), data: data)
    }
}

/// What rendering a page produces besides its HTML; shared by the
/// renderers of one build. The mutex makes it safe to share between threads.
final class RenderOutput: Sendable {
    private struct Contents {
        var files: [String: [UInt8]] = [:]
        var manifest: [ManifestEntry] = []
        var warnings: [Diagnostic] = []
        var figurePages: [StandaloneFigure] = []
    }

    private let contents = Mutex(Contents())

    var files: [String: [UInt8]] { contents.withLock { $0.files } }
    var manifest: [ManifestEntry] { contents.withLock { $0.manifest } }
    var warnings: [Diagnostic] { contents.withLock { $0.warnings } }
    /// Figures to give a page of their own, in reading order.
    var figurePages: [StandaloneFigure] { contents.withLock { $0.figurePages } }

    func add(_ path: String, _ bytes: [UInt8]) { contents.withLock { $0.files[path] = bytes } }
    /// Lists a figure for its own page and returns that page's path.
    func addFigurePage(_ figure: StandaloneFigure) -> String {
        contents.withLock { $0.figurePages.append(figure) }
        return figure.path
    }
    func list(_ entry: ManifestEntry) { contents.withLock { $0.manifest.append(entry) } }
    func warn(_ diagnostic: Diagnostic) { contents.withLock { $0.warnings.append(diagnostic) } }
}
