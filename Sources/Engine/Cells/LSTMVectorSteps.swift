/// The plain LSTM's elementwise work for Float, eight units at a time.
///
/// Each lane does the same operations in the same order as the generic
/// loops of ``LSTMCell/plainStep(B:H:x:a:g:cPrev:c:tanhC:h:)`` and
/// ``LSTMCell/plainUnits(_:row:H:dOut:g:d:cPrev:tanhC:dh:dc:dhts:dcts:)``, so
/// the bits are the same; written with SIMD8 because those loops write
/// through several pointers the compiler cannot prove apart, and stay
/// scalar. A hidden size that is not a multiple of 8 finishes each row one
/// unit at a time.
enum LSTMVectorSteps {
    typealias V = SIMD8<Float>

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> V {
        UnsafeRawPointer(p).loadUnaligned(as: V.self)
    }

    @inline(__always)
    static func load(_ p: UnsafeMutablePointer<Float>) -> V {
        UnsafeRawPointer(p).loadUnaligned(as: V.self)
    }

    @inline(__always)
    static func store(_ v: V, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
    }

    /// c = f ⊙ c₋₁ + i ⊙ g for every row of activated gates (i, f, g, o).
    static func cell(B: Int, H: Int, g: UnsafePointer<Float>, cPrev: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>) {
        let W = 4 * H
        for b in 0..<B {
            let gRow = g + b * W, cRow = c + b * H, cpRow = cPrev + b * H
            var u = 0
            while u + 8 <= H {
                store(load(gRow + H + u) * load(cpRow + u) + load(gRow + u) * load(gRow + 2 * H + u), cRow + u)
                u += 8
            }
            while u < H {
                cRow[u] = gRow[H + u] * cpRow[u] + gRow[u] * gRow[2 * H + u]
                u += 1
            }
        }
    }

    /// h = o ⊙ tanh(c) for every row.
    static func hidden(B: Int, H: Int, g: UnsafePointer<Float>, tanhC: UnsafePointer<Float>, h: UnsafeMutablePointer<Float>) {
        let W = 4 * H
        for b in 0..<B {
            let oRow = g + b * W + 3 * H, tRow = tanhC + b * H, hRow = h + b * H
            var u = 0
            while u + 8 <= H {
                store(load(oRow + u) * load(tRow + u), hRow + u)
                u += 8
            }
            while u < H {
                hRow[u] = oRow[u] * tRow[u]
                u += 1
            }
        }
    }

    /// The backward step's elementwise part (see ``LSTMCell``'s generic
    /// `plainStep`): gradients of the pre-activations into `d`, ∂L/∂c₋₁
    /// into `dc`, `dh` cleared for the recurrent product, and ∂L/∂h_t,
    /// ∂L/∂c_t of every unit into `dhts` and `dcts` for the norms.
    static func backward(
        B: Int, H: Int, dOut: UnsafePointer<Float>, g: UnsafePointer<Float>, d: UnsafeMutablePointer<Float>,
        cPrev: UnsafePointer<Float>, tanhC: UnsafePointer<Float>,
        dh: UnsafeMutablePointer<Float>, dc: UnsafeMutablePointer<Float>,
        dhts: UnsafeMutablePointer<Float>, dcts: UnsafeMutablePointer<Float>
    ) {
        let W = 4 * H
        let one = V(repeating: 1)
        for b in 0..<B {
            let gRow = g + b * W, dRow = d + b * W
            let off = b * H
            var u = 0
            while u + 8 <= H {
                let j = off + u
                let dht = load(dOut + j) + load(dh + j)
                let tc = load(tanhC + j)
                let i = load(gRow + u), f = load(gRow + H + u), cand = load(gRow + 2 * H + u), o = load(gRow + 3 * H + u)
                let dao = dht * tc * o * (one - o)
                let dct = load(dc + j) + dht * o * (one - tc * tc)
                let di = dct * cand
                let dg = dct * i
                let df = dct * load(cPrev + j)
                store(df * f * (one - f), dRow + H + u)
                store(di * i * (one - i), dRow + u)
                store(dg * (one - cand * cand), dRow + 2 * H + u)
                store(dao, dRow + 3 * H + u)
                store(dct * f, dc + j)
                store(V(), dh + j)
                store(dht, dhts + j)
                store(dct, dcts + j)
                u += 8
            }
            LSTMCell.plainUnits(
                u..<H, row: b, H: H, dOut: dOut, g: g, d: d, cPrev: cPrev, tanhC: tanhC,
                dh: dh, dc: dc, dhts: dhts, dcts: dcts)
        }
    }
}
