/// Options of ```{outcomes}```.
enum OutcomesChecker {
    static func check(_ options: OptionReader, _ d: ValueReader) -> OutcomesDirective? {
        let experiment = options.reference("experiment", example: "forget-bias")
        return experiment.map { OutcomesDirective(experiment: $0) }
    }
}
