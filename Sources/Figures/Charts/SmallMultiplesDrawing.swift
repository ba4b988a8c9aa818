extension SmallMultiplesLayout {
    func render() -> String {
        let columns = max(1, min(figure.columns, planned.count))
        let rows = (planned.count + columns - 1) / columns
        let width = figure.panelWidth * Double(columns)
        let legendHeight = sharedLegend.map { $0.height(inWidth: width - 80) + 10 } ?? 0
        let rowTops = (0...rows).map { row in legendHeight + (0..<row).reduce(0.0) { $0 + figure.height(ofRow: $1) } }
        let height = rowTops[rows]
        let left = sharedLeftMargin
        let right = figure.shareX ? sharedRightMargin : nil
        var body = SVGWriter()
        if let sharedLegend {
            sharedLegend.draw(into: &body, origin: Point(x: left, y: 6), maxWidth: width - left - 20)
        }
        for (index, plan) in planned.enumerated() {
            let row = index / columns, column = index % columns
            let frame = Rect(x: Double(column) * figure.panelWidth, y: rowTops[row],
                             width: figure.panelWidth, height: figure.height(ofRow: row))
            let isBottom = row == rows - 1 || index + columns >= planned.count
            var options = ChartDrawOptions()
            options.panelTitle = figure.panels[index].title
            options.idSuffix = "-\(index)"
            options.showLegend = sharedLegend == nil
            options.showXTitle = isBottom
            options.showXTickLabels = isBottom || !figure.shareX
            options.showYTitle = column == 0
            options.showYTickLabels = column == 0 || !figure.shareY
            options.fixedLeftMargin = options.showYTickLabels ? left : 16
            options.minimumRightMargin = right
            switch plan {
            case .line(let line): line.draw(into: &body, frame: frame, options: options)
            case .heatmap(let map):
                options.showYTickLabels = true
                options.fixedLeftMargin = left
                map.draw(into: &body, frame: frame, options: options)
            }
        }
        let colors = planned.flatMap { plan -> [Int] in
            if case .line(let line) = plan { return line.series.map(\.color) }
            return []
        }
        return FigureDocument.render(width: width, height: height, title: figure.title, description: figure.summary ?? summary,
                                     explicitID: figure.id, extraStyle: HeatmapPlan.style, seriesColors: colors, body: body.text)
    }

    /// The widest right margin any line panel needs (a legend beside one of them), so panels
    /// that share an x axis draw it at the same width.
    var sharedRightMargin: Double {
        var options = ChartDrawOptions()
        options.showLegend = sharedLegend == nil
        return planned.compactMap { plan -> Double? in
            if case .line(let line) = plan { return line.rightMargin(options, frameWidth: figure.panelWidth) }
            return nil
        }.max() ?? 14
    }

    /// The widest left margin any panel needs, so panels line up in columns.
    var sharedLeftMargin: Double {
        var options = ChartDrawOptions()
        options.showYTitle = true
        return planned.map { plan -> Double in
            switch plan {
            case .line(let line): return line.leftMargin(options)
            case .heatmap(let map): return (map.rowLabels.map { TextMetrics.width($0, fontSize: 11) }.max() ?? 0) + 32
            }
        }.max() ?? 40
    }

    var summary: String {
        let parts = planned.enumerated().map { index, plan -> String in
            let text: String
            switch plan {
            case .line(let line): text = line.summary
            case .heatmap(let map): text = map.summary
            }
            return "Panel \(index + 1), \(figure.panels[index].title): \(text)"
        }
        return "\(planned.count) panels. " + parts.joined(separator: " ")
    }
}
