import Foundation
import Testing
@testable import Engine

/// Our functions against the platform's libm (glibc here: within 1 ulp for
/// exp, log, sin, cos, and a couple for tanh) over wide ranges.
@Suite struct ElementaryTests {
    /// The distance in ulps between two values of the same sign.
    static func ulps<F: BinaryFloatingPoint>(_ a: F, _ b: F) -> Int where F.RawSignificand: FixedWidthInteger {
        if a == b || (a.isNaN && b.isNaN) { return 0 }
        if a.isNaN || b.isNaN || a.sign != b.sign { return .max }
        var distance = 0
        var x = min(abs(a), abs(b))
        let y = max(abs(a), abs(b))
        while x < y && distance < 1000 { x = x.nextUp; distance += 1 }
        return distance
    }

    /// `count` points spread over `range` (uniform, from a fixed seed).
    static func points(_ range: ClosedRange<Double>, _ count: Int, seed: UInt64 = 1) -> [Double] {
        var g = SeededGenerator(seed: seed, stream: "elementary-tests")
        return (0..<count).map { _ in g.uniform(range.lowerBound, range.upperBound) }
    }

    /// Points with exponents spread evenly over `exponents` (log-uniform).
    static func logPoints(_ exponents: ClosedRange<Double>, _ count: Int) -> [Double] {
        points(exponents, count, seed: 2).map { Foundation.exp($0) }
    }

    static func worst(_ xs: [Double], _ ours: (Double) -> Double, _ reference: (Double) -> Double) -> (Int, Double) {
        var worst = (0, 0.0)
        for x in xs {
            let d = ulps(ours(x), reference(x))
            if d > worst.0 { worst = (d, x) }
        }
        return worst
    }

    static func worstFloat(_ xs: [Double], _ ours: (Float) -> Float, _ reference: (Double) -> Double) -> (Int, Float) {
        var worst = (0, Float(0))
        for x in xs.map(Float.init) {
            let d = ulps(ours(x), Float(reference(Double(x))))
            if d > worst.0 { worst = (d, x) }
        }
        return worst
    }

    static func referenceSigmoid(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
    }

    @Test func doubleAgainstLibm() {
        let exp = Self.worst(Self.points(-745...709.7, 20_000) + Self.points(-1...1, 5000), Elementary.exp, Foundation.exp)
        #expect(exp.0 <= 1, "exp off by \(exp.0) ulps at \(exp.1)")
        let logs = Self.logPoints(-69...69, 20_000) + Self.points(0.5...2, 5000) + Self.logPoints(-744...709, 5000)
        let log = Self.worst(logs, Elementary.log, Foundation.log)
        #expect(log.0 <= 1, "log off by \(log.0) ulps at \(log.1)")
        let trig = Self.points(-1e4...1e4, 20_000) + Self.points(-4...4, 5000) + Self.points(-1e5...1e5, 5000)
        let sin = Self.worst(trig, Elementary.sin, Foundation.sin)
        #expect(sin.0 <= 1, "sin off by \(sin.0) ulps at \(sin.1)")
        let cos = Self.worst(trig, Elementary.cos, Foundation.cos)
        #expect(cos.0 <= 1, "cos off by \(cos.0) ulps at \(cos.1)")
        let hyperbolic = Self.points(-20...20, 20_000) + Self.points(-1...1, 5000) + Self.logPoints(-60...0, 2000)
        let tanh = Self.worst(hyperbolic, Elementary.tanh, Foundation.tanh)
        #expect(tanh.0 <= 2, "tanh off by \(tanh.0) ulps at \(tanh.1)")
        let sigmoid = Self.worst(hyperbolic + Self.points(-700...700, 5000), Elementary.sigmoid, Self.referenceSigmoid)
        #expect(sigmoid.0 <= 3, "sigmoid off by \(sigmoid.0) ulps at \(sigmoid.1)")
        let expm1 = Self.worst(Self.points(-40...40, 10_000) + Self.logPoints(-60...0, 2000), Elementary.expm1, Foundation.expm1)
        #expect(expm1.0 <= 1, "expm1 off by \(expm1.0) ulps at \(expm1.1)")
    }

    @Test func floatAgainstCorrectlyRoundedDouble() {
        let exp = Self.worstFloat(Self.points(-104...88.8, 20_000) + Self.points(-1...1, 5000), Elementary.exp, Foundation.exp)
        #expect(exp.0 <= 1, "Float exp off by \(exp.0) ulps at \(exp.1)")
        let logs = Self.logPoints(-69...69, 20_000) + Self.points(0.5...2, 5000) + Self.logPoints(-103...88, 5000)
        let log = Self.worstFloat(logs, Elementary.log, Foundation.log)
        #expect(log.0 <= 1, "Float log off by \(log.0) ulps at \(log.1)")
        let trig = Self.points(-1e4...1e4, 20_000) + Self.points(-4...4, 5000) + Self.points(-1e5...1e5, 5000)
        let sin = Self.worstFloat(trig, Elementary.sin, Foundation.sin)
        #expect(sin.0 <= 1, "Float sin off by \(sin.0) ulps at \(sin.1)")
        let cos = Self.worstFloat(trig, Elementary.cos, Foundation.cos)
        #expect(cos.0 <= 1, "Float cos off by \(cos.0) ulps at \(cos.1)")
        let hyperbolic = Self.points(-20...20, 20_000) + Self.points(-1...1, 5000) + Self.logPoints(-60...0, 2000)
        let tanh = Self.worstFloat(hyperbolic + hyperbolic.map { -$0 }, Elementary.tanh, Foundation.tanh)
        #expect(tanh.0 <= 2, "Float tanh off by \(tanh.0) ulps at \(tanh.1)")
        // Below −87 σ is under Float's smallest normal and is flushed to 0 (floatSpecialValues).
        let sigmoid = Self.worstFloat(hyperbolic + Self.points(-87...110, 5000), Elementary.sigmoid, Self.referenceSigmoid)
        #expect(sigmoid.0 <= 2, "Float sigmoid off by \(sigmoid.0) ulps at \(sigmoid.1)")
    }

    @Test func exactPoints() {
        #expect(Elementary.exp(0.0) == 1 && Elementary.exp(Float(0)) == 1)
        #expect(Elementary.log(1.0) == 0 && Elementary.log(Float(1)) == 0)
        #expect(Elementary.sin(0.0) == 0 && Elementary.cos(0.0) == 1)
        #expect(Elementary.tanh(0.0) == 0 && Elementary.tanh(Float(0)) == 0)
        #expect(Elementary.sigmoid(0.0) == 0.5 && Elementary.sigmoid(Float(0)) == 0.5)
        #expect(Elementary.tanh(-0.0).sign == .minus)
        #expect(Elementary.tanh(1e-300) == 1e-300)
        #expect(Elementary.tanh(Float(1e-30)) == Float(1e-30))
        #expect(Elementary.log(2.0) == 0.6931471805599453)
    }

    @Test func doubleSpecialValues() {
        for f in [Elementary.exp, Elementary.log, Elementary.tanh, Elementary.sigmoid, Elementary.sin, Elementary.cos] as [(Double) -> Double] {
            #expect(f(.nan).isNaN)
        }
        #expect(Elementary.exp(710.0) == .infinity && Elementary.exp(Double.infinity) == .infinity)
        #expect(Elementary.exp(-746.0) == 0 && Elementary.exp(-Double.infinity) == 0)
        #expect(Elementary.exp(-740.0) == Foundation.exp(-740.0))  // subnormal, rounded once
        #expect(Elementary.exp(709.78) == Foundation.exp(709.78))
        #expect(Elementary.log(0.0) == -.infinity && Elementary.log(-0.0) == -.infinity)
        #expect(Elementary.log(-1.0).isNaN && Elementary.log(-Double.infinity).isNaN)
        #expect(Elementary.log(Double.infinity) == .infinity)
        #expect(Elementary.log(Double.leastNonzeroMagnitude) == Foundation.log(Double.leastNonzeroMagnitude))
        #expect(Elementary.tanh(30.0) == 1 && Elementary.tanh(-Double.infinity) == -1)
        #expect(Elementary.sigmoid(-800.0) == 0 && Elementary.sigmoid(-Double.infinity) == 0)
        #expect(Elementary.sigmoid(800.0) == 1 && Elementary.sigmoid(Double.infinity) == 1)
        #expect(Elementary.sin(Double.infinity).isNaN && Elementary.cos(-Double.infinity).isNaN)
    }

    @Test func floatSpecialValues() {
        for f in [Elementary.exp, Elementary.log, Elementary.tanh, Elementary.sigmoid, Elementary.sin, Elementary.cos] as [(Float) -> Float] {
            #expect(f(.nan).isNaN)
        }
        #expect(Elementary.exp(Float(89)) == .infinity && Elementary.exp(Float.infinity) == .infinity)
        #expect(Elementary.exp(Float(88.72)) == Float(Foundation.exp(Double(Float(88.72)))))
        #expect(Elementary.exp(Float(-104)) == 0 && Elementary.exp(-Float.infinity) == 0)
        #expect(Elementary.exp(Float(-100)) == Float(Foundation.exp(Double(Float(-100)))))  // subnormal
        #expect(Elementary.log(Float(0)) == -.infinity && Elementary.log(Float(-2)).isNaN)
        #expect(Elementary.log(Float.infinity) == .infinity)
        #expect(Elementary.log(Float.leastNonzeroMagnitude) == Float(Foundation.log(Double(Float.leastNonzeroMagnitude))))
        #expect(Elementary.tanh(Float(15)) == 1 && Elementary.tanh(-Float.infinity) == -1)
        #expect(Elementary.tanh(Float(-0.0)).sign == .minus)
        #expect(Elementary.sigmoid(Float(-200)) == 0 && Elementary.sigmoid(-Float.infinity) == 0)
        #expect(Elementary.sigmoid(Float(-87)) > 0)  // 1.6·10⁻³⁸, a normal Float
        #expect(Elementary.sigmoid(Float(-87).nextDown) == 0)  // below the smallest normal: flushed
        #expect(Elementary.sigmoid(Float(16)) < 1 && Elementary.sigmoid(Float(20)) == 1)
        #expect(Elementary.sigmoid(Float.infinity) == 1)
        #expect(Elementary.sin(Float.infinity).isNaN)
    }

    @Test func hugeTrigonometricArguments() {
        // Payne–Hanek territory: |x| from 1.2·10⁶ to 10³⁰⁸, both signs.
        let huge = Self.logPoints(14...709, 4000) + Self.logPoints(14...709, 1000).map { -$0 }
        let sin = Self.worst(huge, Elementary.sin, Foundation.sin)
        #expect(sin.0 <= 1, "sin off by \(sin.0) ulps at \(sin.1)")
        let cos = Self.worst(huge, Elementary.cos, Foundation.cos)
        #expect(cos.0 <= 1, "cos off by \(cos.0) ulps at \(cos.1)")
        let floats = Self.worstFloat(Self.logPoints(14...88, 2000), Elementary.sin, Foundation.sin)
        #expect(floats.0 <= 1, "Float sin off by \(floats.0) ulps at \(floats.1)")
    }

    /// (x, sin x, cos x) correctly rounded, from Fixtures/elementary/huge_trig.py
    /// (mpmath): the first is the double nearest a multiple of π/2, where
    /// glibc itself is 8 ulps off.
    static let hugeReferences: [(Double, Double, Double)] = [
        (0x1.6ac5b262ca1ffp+849, 0x1.0000000000000p+0, -0x1.14ae72e6ba22fp-61),
        (0x1.fffffffffffffp+1023, 0x1.452fc98b34e97p-8, -0x1.fffe62ecfab75p-1),
        (0x1.921fc00000000p+20, 0x1.3e479a61836ebp-1, 0x1.910d18d26c0d4p-1),
        (0x1.0f0cf064dd592p+73, -0x1.b453ab76bf397p-1, 0x1.0be2cef01c8f4p-1),
        (-0x1.1eb2d66005835p+998, 0x1.0f95d8b7703f3p-2, 0x1.edaa09963e8e4p-1),
    ]

    @Test func hugeArgumentsAgainstMPMath() {
        for (x, sin, cos) in Self.hugeReferences {
            #expect(Self.ulps(Elementary.sin(x), sin) <= 1, "sin(\(x))")
            #expect(Self.ulps(Elementary.cos(x), cos) <= 1, "cos(\(x))")
        }
    }

    @Test func tanhNearZeroKeepsRelativeAccuracy() {
        for x in Self.logPoints(-40...(-1), 2000) {
            #expect(Self.ulps(Elementary.tanh(x), Foundation.tanh(x)) <= 1)
            let f = Float(x)
            #expect(Self.ulps(Elementary.tanh(f), Float(Foundation.tanh(Double(f)))) <= 1)
        }
    }
}
