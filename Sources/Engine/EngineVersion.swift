/// The version of the engine's numerics.
///
/// Bump it in the same commit as any change that can alter a single bit of a
/// result (an equation, a summation order, an initialiser, a random stream,
/// an elementary function). Result caches key on it, and the determinism test
/// pins the bits recorded under it.
public let engineVersion = 2
