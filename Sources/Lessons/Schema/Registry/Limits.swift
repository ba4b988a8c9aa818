/// Bounds on every size a lesson can ask for, checked before anything runs, so a
/// typo such as `hidden: 100000000` is an error message rather than an out-of-memory.
///
/// They are generous for teaching (the largest figures of the course are a few
/// hundred units and a few thousand steps) and small enough that the worst
/// accepted experiment still fits in memory; `ExperimentCost` bounds the product.
public enum Limits {
    public static let hidden = 1...1024
    public static let layers = 1...4
    public static let models = 1...16
    public static let steps = 1...1_000_000
    public static let batch = 1...1024
    public static let sequenceLength = 1...10_000
    public static let copyCount = 1...100
    public static let seedValue = 0...Int(UInt32.max)
    public static let seedCount = 1...32
    public static let clip = 0.0...1.0e6
    public static let learningRate = 1.0e-12...1.0e4
    /// Adam's β and RMSProp's α must stay below 1 or the averages never forget.
    public static let decayRate = 0.0...0.999_999_999
    public static let momentum = 0.0...0.999_999_999
    /// A schedule's factor (`step`) or floor (`cosine`), as a fraction of the learning rate.
    public static let scheduleFactor = 0.0...1.0
    public static let forgetBias = -100.0...100.0
    /// A loss threshold for "solved" (`:threshold:`).
    public static let threshold = 1e-12...1e6
    public static let period = 0.01...100_000.0
    public static let decay = 0.0...100.0
    /// The engine draws log U[1, maxLength − 1], so maxLength 2 would be an empty range.
    public static let chronoMaxLength = 3...1_000_000
    /// The largest orthogonal gain (the smallest is any number above 0).
    public static let maximumGain = 100.0
    public static let textLength = 1...1_000_000
    public static let functions = 1...12
    public static let plotRange = -1000.0...1000.0
    public static let sigmoidSlope = -1000.0...1000.0
    public static let units = 1...64
    public static let inputLength = 1...1000
    public static let alt = 1...2000
    public static let label = 1...100
    public static let metrics = 1...8
}
