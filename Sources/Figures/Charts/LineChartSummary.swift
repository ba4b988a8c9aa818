/// The text summary (`<desc>`) of a line chart: what is plotted and where each series ends.
enum LineChartSummary {
    static func make(_ plan: LineChartPlan) -> String {
        let chart = plan.chart
        let scale = chart.yAxis.scale == .log ? " (log scale)" : ""
        var parts = ["Line chart of \(chart.yAxis.title)\(scale) against \(chart.xAxis.title)."]
        for s in plan.series {
            var text = (s.label.isEmpty ? "Series" : s.label) + runsPhrase(s)
            if let last = s.y.indices.last {
                text += ": final value \(NumberFormat.significant(s.y[last])) at \(chart.xAxis.title) \(step(s.x[last]))"
            }
            if let diverged = s.divergedAt {
                text += (s.y.isEmpty ? ": " : ", ") + "diverged (NaN) at step \(step(diverged))"
            }
            if let kind = s.bandKind { text += ", band \(kind.rawValue) across runs" }
            if let stopped = stoppedPhrase(s) { text += ", " + stopped }
            parts.append(text + ".")
        }
        for reference in chart.references {
            parts.append("Reference line \(reference.label) at \(NumberFormat.significant(reference.y)).")
        }
        for marker in chart.markers {
            parts.append("Vertical marker \(marker.label) at \(step(marker.x)).")
        }
        return parts.joined(separator: " ")
    }

    /// A step or x value: integers without decimals, others to 4 significant digits.
    static func step(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return NumberFormat.fixed(value, decimals: 0) }
        return NumberFormat.significant(value, digits: 4)
    }
}

extension LineChartPlan {
    var summary: String { LineChartSummary.make(self) }
}
