/// Options of ```{table}```.
enum TableChecker {
    static func check(_ options: OptionReader, _ d: ValueReader) -> TableDirective? {
        let experiment = options.reference("experiment", example: "forget-bias")
        let metrics = options.read("metrics", default: Metric.standard) {
            d.distinctWords($0, "metrics", as: Metric.self, count: Limits.metrics)
        }
        guard let experiment, let metrics else { return nil }
        return TableDirective(experiment: experiment, metrics: metrics, metricsRange: options.value("metrics")?.range)
    }
}
