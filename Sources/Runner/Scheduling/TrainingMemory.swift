import Engine

/// What one training run (one model, one seed) allocates at its peak, from the buffers the
/// engine keeps, and the one memory budget a whole build runs within.
///
/// Per layer, the forward pass keeps its input, h (and c) for every step, the gate
/// activations and one more (T, B, H) array (LayerRecord); training adds the batch, the
/// head's outputs and their gradients, ∂L/∂output, and per layer backward the
/// pre-activation gradients (GRU: also the recurrent ones) and ∂L/∂input. The held-out
/// evaluation batch (128 sequences) stays for the whole run, and an evaluation pass makes
/// its own records. The sum is raised by 25% for allocator slack and short-lived copies
/// and by 64 MiB for the process itself; `TrainingMemoryTests` hold it above measured peaks.
public enum TrainingMemory {
    /// The memory all runs of a build share at any moment, whatever `--jobs` is; a single
    /// model that needs more is an error at check time.
    public static let budget = 2.0 * 1024 * 1024 * 1024
    static let safety = 1.25
    static let processOverhead = 64.0 * 1024 * 1024
    /// Sequences in the held-out batch (ExperimentUnit.evaluationBatch).
    static let evaluationBatch = 128.0

    /// Estimated peak bytes of training `spec` on `task` with `batch` sequences per step (Float32).
    public static func peakBytes(_ spec: ModelSpec, task: SequenceTask, batch: Int) -> Double {
        let hidden = Double(spec.hidden), steps = Double(task.steps)
        let inputs = Double(task.inputSize), outputs = Double(task.outputSize)
        let (gates, hasCell, hasExtra, gruRecurrent): (Double, Bool, Bool, Bool) = switch spec.cell {
        case .rnn: (1, false, false, false)
        case .lstm: (4, true, true, false)
        case .gru(let resetAfter): (3, false, true, resetAfter)
        }
        let width = gates * hidden
        var records = hidden  // the top layer's output
        var widestInput = 0.0
        for layer in 0..<spec.layers {
            let layerInput = layer == 0 ? inputs : hidden
            widestInput = max(widestInput, layerInput)
            records += layerInput + hidden * (hasCell ? 2 : 1) + width + (hasExtra ? hidden : 0)
        }
        // Targets: class indices are Int (two Float32s wide); the mask is one byte.
        let targets = task.loss.isClassification ? 2 : outputs
        let batchArrays = inputs + targets + 0.25
        let training = records + batchArrays + 2 * outputs + hidden + width + (gruRecurrent ? width : 0) + 2 * widestInput
        let evaluation = records + 2 * outputs
        let perSequence = 4 * steps
        let peak = max(training * Double(batch), evaluation * evaluationBatch) + batchArrays * evaluationBatch
        return safety * perSequence * peak + processOverhead
    }

    /// `1.7 GB`, for messages.
    public static func format(_ bytes: Double) -> String {
        bytes >= 1e9 ? "\(Double(Int(bytes / 1e8)) / 10) GB" : "\(Int((bytes / 1e6).rounded())) MB"
    }
}
