/// The scalar types the engine computes in: `Float` for training, `Double`
/// for gradient checks and reference comparisons.
///
/// Every transcendental function the engine uses goes through this protocol
/// and is implemented in ``Elementary`` from `+ − × ÷` and comparisons only
/// (no fused multiply-add, which x86 without FMA3 would call into libm for),
/// so results are the same bits on every machine (no libm, whose last bits
/// differ between platforms and versions).
public protocol EngineScalar: BinaryFloatingPoint, Sendable, CustomStringConvertible
where Self.RawSignificand: FixedWidthInteger {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func sigmoid(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    /// The name used in safetensors headers: `F32` or `F64`.
    static var dtypeName: String { get }
}

extension Float: EngineScalar {
    @inlinable public static func exp(_ x: Float) -> Float { Elementary.exp(x) }
    @inlinable public static func log(_ x: Float) -> Float { Elementary.log(x) }
    @inlinable public static func tanh(_ x: Float) -> Float { Elementary.tanh(x) }
    @inlinable public static func sigmoid(_ x: Float) -> Float { Elementary.sigmoid(x) }
    @inlinable public static func sin(_ x: Float) -> Float { Elementary.sin(x) }
    @inlinable public static func cos(_ x: Float) -> Float { Elementary.cos(x) }
    public static var dtypeName: String { "F32" }
}

extension Double: EngineScalar {
    @inlinable public static func exp(_ x: Double) -> Double { Elementary.exp(x) }
    @inlinable public static func log(_ x: Double) -> Double { Elementary.log(x) }
    @inlinable public static func tanh(_ x: Double) -> Double { Elementary.tanh(x) }
    @inlinable public static func sigmoid(_ x: Double) -> Double { Elementary.sigmoid(x) }
    @inlinable public static func sin(_ x: Double) -> Double { Elementary.sin(x) }
    @inlinable public static func cos(_ x: Double) -> Double { Elementary.cos(x) }
    public static var dtypeName: String { "F64" }
}
