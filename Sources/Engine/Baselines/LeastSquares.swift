/// Ordinary least squares by the normal equations, in Double with a fixed order of
/// operations (same bits everywhere).
///
/// A tiny ridge (1e-12 × the mean diagonal of XᵀX) keeps the solve defined when the
/// columns are dependent — a noise-free damped sine satisfies an exact order-2
/// recurrence, so an order-3 fit has one column too many — and changes a
/// well-posed fit by far less than its rounding.
struct LeastSquares {
    /// Unknowns: the number of columns of X.
    let size: Int
    private var gram: [Double]
    private var moment: [Double]
    private(set) var rows = 0

    init(size: Int) {
        self.size = size
        gram = [Double](repeating: 0, count: size * size)
        moment = [Double](repeating: 0, count: size)
    }

    /// Adds one row x of X with its target y.
    mutating func add(_ x: [Double], _ y: Double) {
        for i in 0..<size {
            moment[i] += x[i] * y
            for j in 0..<size { gram[i * size + j] += x[i] * x[j] }
        }
        rows += 1
    }

    /// The coefficients minimising ‖Xβ − y‖², or nil without a single row.
    func solve() -> [Double]? {
        guard rows > 0 else { return nil }
        var a = gram, b = moment
        var trace = 0.0
        for i in 0..<size { trace += a[i * size + i] }
        let ridge = 1e-12 * max(trace / Double(size), 1e-300)
        for i in 0..<size { a[i * size + i] += ridge }
        return Self.eliminate(&a, &b, size)
    }

    /// Gaussian elimination with partial pivoting (first largest pivot wins a tie).
    private static func eliminate(_ a: inout [Double], _ b: inout [Double], _ n: Int) -> [Double]? {
        for column in 0..<n {
            var pivot = column
            for row in (column + 1)..<max(column + 1, n) where abs(a[row * n + column]) > abs(a[pivot * n + column]) {
                pivot = row
            }
            guard a[pivot * n + column] != 0, a[pivot * n + column].isFinite else { return nil }
            if pivot != column {
                for j in 0..<n { a.swapAt(pivot * n + j, column * n + j) }
                b.swapAt(pivot, column)
            }
            for row in (column + 1)..<max(column + 1, n) {
                let factor = a[row * n + column] / a[column * n + column]
                guard factor != 0 else { continue }
                for j in column..<n { a[row * n + j] -= factor * a[column * n + j] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for j in (row + 1)..<max(row + 1, n) { sum -= a[row * n + j] * x[j] }
            x[row] = sum / a[row * n + row]
        }
        return x.allSatisfy(\.isFinite) ? x : nil
    }
}
