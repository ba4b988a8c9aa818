/// `lessonrun eval --train`: trains PyTorch-named weights with a linear head
/// on batches read from a file, with the trainer's own step, and writes the
/// final weights with the loss and gradient norm of every step, for
/// checking training against PyTorch step for step.
///
/// The weights file holds the recurrent parameters (`weight_ih_l0`, …) and
/// the head (`head.weight` (O, H), `head.bias` (O)). The batches file holds
/// N batches stacked on a first axis:
/// - `input` (N, T, B, I), F32 or F64; its dtype sets the precision;
/// - either `target` (N, T, B, O) for the mean squared error, or `classes`
///   (N, T, B), I64 (or I32, U8), class indices in 0..<O for cross-entropy;
/// - `mask` (N, T, B), BOOL (or U8, I64) 0 or 1, when the loss reads the
///   masked steps.
///
/// Whatever the loss reads, targets are given for every step (as a task's
/// ``Batch`` holds them); entries the loss does not read are ignored.
/// The output file receives the final parameters under their own names,
/// `losses` (steps) and `grad_norms` (steps): each step's loss before its
/// update and the global gradient norm before clipping.
public struct TrainingReplay: Sendable {
    public var cell: CellKind
    public var layers: Int
    public var optimizer: OptimizerSettings
    /// The largest global gradient norm; 0 turns clipping off.
    public var clip: Double
    /// Which steps the loss reads.
    public var lossSteps: LossSteps
    /// How many updates; `nil` for one per batch in the file.
    public var steps: Int?

    public init(
        cell: CellKind, layers: Int = 1, optimizer: OptimizerSettings, clip: Double, lossSteps: LossSteps,
        steps: Int? = nil
    ) {
        self.cell = cell
        self.layers = layers
        self.optimizer = optimizer
        self.clip = clip
        self.lossSteps = lossSteps
        self.steps = steps
    }

    /// What a replay produced.
    public struct Result<Scalar: EngineScalar>: Sendable {
        /// The model after the last finite update.
        public var model: RecurrentModel<Scalar>
        /// Each step's loss, before its update.
        public var losses: [Double]
        /// Each step's global gradient norm, before clipping.
        public var gradientNorms: [Double]
        public var outcome: TrainingOutcome
    }

    /// Reads the files, trains, writes the results.
    /// - Returns: the names of the tensors written, in order.
    public func run(weights: String, batches: String, output: String) throws(EngineError) -> [String] {
        try check()
        let files = try SafetensorsArchive.open(weights: weights, data: batches)
        switch files.precision {
        case .float: return try run(Float.self, files.weights, files.data, output)
        case .double: return try run(Double.self, files.weights, files.data, output)
        }
    }

    /// Checks the settings, with a message saying what to change.
    public func check() throws(EngineError) {
        guard layers > 0, layers <= ModelSpec.maximumLayers else {
            throw .invalidParameter("--layers must be between 1 and \(ModelSpec.maximumLayers), got \(layers)")
        }
        guard clip.isFinite, clip >= 0 else { throw .invalidParameter("--clip must be 0 (off) or positive, got \(clip)") }
        if let steps, steps < 1 { throw .invalidParameter("--steps must be positive, got \(steps)") }
        try optimizer.validate()
    }

    private func run<S: EngineScalar>(
        _: S.Type, _ weightFile: SafetensorsArchive, _ batchFile: SafetensorsArchive, _ output: String
    ) throws(EngineError) -> [String] {
        let model: RecurrentModel<S> = try model(weightFile)
        let all: [Batch<S>] = try Self.batches(batchFile, lossSteps: lossSteps, for: model)
        let count = steps ?? all.count
        guard count <= all.count else {
            throw .shapeMismatch("\(batchFile.source) holds \(all.count) batches; --steps \(count) needs \(count)")
        }
        let result = try Self.train(model, on: Array(all.prefix(count)), optimizer: optimizer, clip: clip)
        var tensors = result.model.parameters
        tensors["losses"] = try Tensor(shape: [result.losses.count], values: result.losses.map { S($0) })
        tensors["grad_norms"] = try Tensor(shape: [result.gradientNorms.count], values: result.gradientNorms.map { S($0) })
        var outcome = "completed"
        if case .diverged(let step) = result.outcome { outcome = "diverged at step \(step)" }
        try SafetensorsWriter.write(
            tensors, metadata: ["engineVersion": String(engineVersion), "outcome": outcome], to: output)
        return tensors.names
    }

    /// The model the weights file describes, with its head.
    public func model<S: EngineScalar>(_ weightFile: SafetensorsArchive) throws(EngineError) -> RecurrentModel<S> {
        let parameters: NamedTensors<S> = try weightFile.tensors()
        guard let recurrent = parameters["weight_hh_l0"], recurrent.shape.count == 2,
            let inputWeights = parameters["weight_ih_l0"], inputWeights.shape.count == 2
        else {
            throw .missingTensor("\(weightFile.source) needs weight_ih_l0 and weight_hh_l0 as 2-D tensors (it has \(weightFile.names.joined(separator: ", ")))")
        }
        guard let head = parameters["head.weight"], head.shape.count == 2, head.shape[0] > 0 else {
            throw .missingTensor("\(weightFile.source) needs the linear head head.weight (outputs, hidden) and head.bias (outputs) to compute a loss (it has \(weightFile.names.joined(separator: ", ")))")
        }
        let spec = ModelSpec(cell: cell, hidden: recurrent.shape[1], layers: layers)
        try spec.validate()
        do {
            return try RecurrentModel<S>(
                spec: spec, inputSize: inputWeights.shape[1], outputSize: head.shape[0], parameters: parameters)
        } catch {
            throw error.located(in: weightFile.source)
        }
    }

    /// The batches of a file as the trainer's batches, checked against the model.
    public static func batches<S: EngineScalar>(
        _ file: SafetensorsArchive, lossSteps: LossSteps, for model: RecurrentModel<S>
    ) throws(EngineError) -> [Batch<S>] {
        let source = file.source
        guard let outputs = model.outputSize else {
            throw .invalidParameter("the model has no head; give it head.weight and head.bias to compute a loss")
        }
        let input: Tensor<S> = try file.tensor("input")
        guard input.shape.count == 4, input.shape.allSatisfy({ $0 > 0 }) else {
            throw .shapeMismatch("\(source): input has shape \(input.shape); it needs (batches, steps, batch, inputs), none of them 0")
        }
        let (n, t, b, i) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        guard i == model.inputSize else {
            throw .shapeMismatch("\(source): input has \(i) channels (shape \(input.shape)); the weights read \(model.inputSize)")
        }
        let hasValues = file.entry("target") != nil, hasClasses = file.entry("classes") != nil
        guard hasValues != hasClasses else {
            throw .missingTensor(
                "\(source) needs exactly one of target (batches, steps, batch, outputs) for the mean squared error "
                    + "and classes (batches, steps, batch) for cross-entropy (it has \(file.names.joined(separator: ", ")))")
        }
        let loss: LossKind = hasValues ? .meanSquaredError(outputs: outputs, lossSteps) : .crossEntropy(classes: outputs, lossSteps)
        var mask = [Bool](repeating: true, count: n * t * b)
        if lossSteps == .masked {
            let m = try file.integers("mask")
            guard m.shape == [n, t, b] else {
                throw .shapeMismatch("\(source): mask has shape \(m.shape); it needs (batches, steps, batch) = \([n, t, b])")
            }
            guard m.values.allSatisfy({ $0 == 0 || $0 == 1 }) else {
                throw .invalidParameter("\(source): mask holds values other than 0 and 1")
            }
            mask = m.values.map { $0 == 1 }
        } else if file.entry("mask") != nil {
            throw .invalidParameter("\(source) holds a mask but the loss reads \(lossSteps == .lastStep ? "the last step" : "every step"); use --loss-steps masked")
        } else if lossSteps == .lastStep {
            for j in mask.indices { mask[j] = (j / b) % t == t - 1 }
        }
        var values: [S] = [], classes: [Int] = []
        if hasValues {
            let target: Tensor<S> = try file.tensor("target")
            guard target.shape == [n, t, b, outputs] else {
                throw .shapeMismatch("\(source): target has shape \(target.shape); it needs (batches, steps, batch, outputs) = \([n, t, b, outputs])")
            }
            values = target.values
        } else {
            let c = try file.integers("classes")
            guard c.shape == [n, t, b] else {
                throw .shapeMismatch("\(source): classes has shape \(c.shape); it needs (batches, steps, batch) = \([n, t, b])")
            }
            if let bad = c.values.first(where: { $0 < 0 || $0 >= outputs }) {
                throw .invalidParameter("\(source): class \(bad) is outside 0..<\(outputs), the head's outputs")
            }
            classes = c.values
        }
        var result: [Batch<S>] = []
        for k in 0..<n {
            let rows = (k * t * b)..<((k + 1) * t * b)
            let targets: BatchTargets<S> = hasValues
                ? .values(try Tensor(shape: [t, b, outputs], values: Array(values[(rows.lowerBound * outputs)..<(rows.upperBound * outputs)])))
                : .classes(Array(classes[rows]))
            let x = try Tensor(shape: [t, b, i], values: Array(input.values[(rows.lowerBound * i)..<(rows.upperBound * i)]))
            result.append(Batch(inputs: x, targets: targets, mask: Array(mask[rows]), loss: loss))
        }
        return result
    }

    /// Trains `model` one step per batch, as the trainer does, stopping at
    /// the first step that diverges.
    public static func train<S: EngineScalar>(
        _ model: RecurrentModel<S>, on batches: [Batch<S>], optimizer settings: OptimizerSettings, clip: Double
    ) throws(EngineError) -> Result<S> {
        var model = model
        var optimizer = try Optimizer<S>(settings)
        var losses: [Double] = [], norms: [Double] = []
        var outcome = TrainingOutcome.completed
        for (index, batch) in batches.enumerated() {
            let report = try Trainer.step(&model, on: batch, optimizer: &optimizer, clip: clip)
            losses.append(report.loss)
            norms.append(report.gradientNorm)
            if report.diverged {
                outcome = .diverged(step: index + 1)
                break
            }
        }
        return Result(model: model, losses: losses, gradientNorms: norms, outcome: outcome)
    }
}

extension EngineError {
    /// The error with the file it concerns named first.
    func located(in source: String) -> EngineError {
        switch self {
        case .invalidParameter(let m): .invalidParameter("\(source): \(m)")
        case .shapeMismatch(let m): .shapeMismatch("\(source): \(m)")
        case .missingTensor(let m): .missingTensor("\(source): \(m)")
        case .malformedFile(let m): .malformedFile(m)
        }
    }
}
