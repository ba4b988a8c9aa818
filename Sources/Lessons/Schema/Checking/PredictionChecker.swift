/// Options of ```{prediction}```.
enum PredictionChecker {
    static func check(_ options: OptionReader, _ d: ValueReader) -> PredictionDirective? {
        let experiment = options.reference("experiment", example: "damped-sine")
        let model = options.read("model", default: ModelReference.index(1)) { d.modelReference($0) }
        let length = options.integerIfGiven("length", in: Limits.sequenceLength)
        let freeRun = options.read("freeRun", default: 0) {
            d.integer($0, "freeRun", in: 0...((length ?? nil) ?? Limits.sequenceLength.upperBound))
        }
        guard let experiment, let model, let length, let freeRun else { return nil }
        return PredictionDirective(experiment: experiment, model: model, modelRange: options.value("model")?.range,
                                   length: length, freeRun: freeRun, freeRunRange: options.value("freeRun")?.range)
    }
}
