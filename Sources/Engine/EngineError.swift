/// Errors from the engine: bad parameters, shapes that do not fit, files that
/// cannot be read. Each carries a message a user can act on.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidParameter(String)
    case shapeMismatch(String)
    case missingTensor(String)
    case malformedFile(String)

    public var description: String {
        switch self {
        case .invalidParameter(let m): "invalid parameter: \(m)"
        case .shapeMismatch(let m): "shape mismatch: \(m)"
        case .missingTensor(let m): "missing tensor: \(m)"
        case .malformedFile(let m): "malformed file: \(m)"
        }
    }
}
