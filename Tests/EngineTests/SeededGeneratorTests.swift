import Testing
@testable import Engine

@Suite struct SeededGeneratorTests {
    @Test func belowMatchesTheStandardLibraryAndStaysInRange() {
        for bound in [1, 2, 3, 7, 10, 1000, 1 << 40, Int.max] {
            var ours = SeededGenerator(seed: 42, stream: "below")
            var library = ours
            for _ in 0..<500 {
                let value = ours.below(bound)
                #expect(value == Int(library.next(upperBound: UInt64(bound))))
                #expect((0..<bound).contains(value))
            }
        }
    }

    @Test func streamsArePinned() {
        // The first draws of seed 1, from a Python transcription of the
        // reference xoshiro256** and SplitMix64 (Blackman & Vigna):
        // changing them changes every experiment.
        var g = SeededGenerator(seed: 1)
        let first = (0..<3).map { _ in g.next() }
        #expect(first == [12_966_619_160_104_079_557, 9_600_361_134_598_540_522, 10_590_380_919_521_690_900])
        var other = SeededGenerator(seed: 1, stream: "data")
        #expect(other.next() != first[0])
        var n = SeededGenerator(seed: 9)
        let normals = (0..<20_000).map { _ in n.normal() }
        let mean = normals.reduce(0, +) / 20_000
        let variance = normals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 20_000
        #expect(abs(mean) < 0.03 && abs(variance - 1) < 0.03)
    }
}
