import Build
import Foundation
import Lessons
import Testing

/// Seeded mutations of the fixture lessons, fed to `check` in-process: it must never
/// crash, and every rejection must come with a located diagnostic.
///
/// The run is bounded by time (`LESSONRUN_FUZZ_SECONDS`, 15 s by default so that it fits
/// in CI with room to spare) and by `LESSONRUN_FUZZ_SEED` for reproduction; a failing
/// case prints its seed and iteration.
@Suite struct CheckFuzzTests {
    /// SplitMix64: small, seeded, the same on every machine.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
    }

    static let deepPieces = [
        "{", "[", "(", ">", "- ", "*", "\\frac{", "\\left(", "x^{", "![", "\\sqrt", "\\displaystyle ", "lstm(init: ",
    ]

    static let hugeNumbers = ["99999999999999999999999", "1e308", "-1e400", "0x7fffffffffffffff", "nan", "-0", "1.5e-320",
                              "9223372036854775807", "-9223372036854775808", "1...99999999999"]

    static func mutate(_ bytes: [UInt8], using g: inout Generator) -> [UInt8] {
        var bytes = bytes
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func joined() -> [UInt8] { Array(lines.joined(separator: "\n").utf8) }
        switch g.below(10) {
        case 0:
            for _ in 0..<(1 + g.below(8)) where !bytes.isEmpty {
                bytes[g.below(bytes.count)] ^= UInt8(1 << g.below(8))
            }
            return bytes
        case 1:
            return Array(bytes.prefix(g.below(bytes.count + 1)))
        case 2:
            if !lines.isEmpty { let i = g.below(lines.count); lines.insert(lines[i], at: i) }
        case 3:
            if !lines.isEmpty { lines.remove(at: g.below(lines.count)) }
        case 4:
            if lines.count > 1 { lines.swapAt(g.below(lines.count), g.below(lines.count)) }
        case 5:
            let piece = deepPieces[g.below(deepPieces.count)]
            let depth = [10, 200, 2_000, 20_000][g.below(4)]
            let line = g.below(lines.count + 1)
            let wrap = g.below(2) == 0 ? "$" : ""
            lines.insert(wrap + String(repeating: piece, count: depth) + "x" + wrap, at: min(line, lines.count))
        case 6:
            let newline = g.below(2) == 0 ? "\r\n" : "\r"
            return Array(lines.joined(separator: newline).utf8)
        case 7:
            var text = lines.joined(separator: "\n")
            let digits = text.indices.filter { text[$0].isNumber }
            if !digits.isEmpty {
                let at = digits[g.below(digits.count)]
                text.replaceSubrange(at...at, with: hugeNumbers[g.below(hugeNumbers.count)])
            }
            return Array(text.utf8)
        case 8:
            let fences = ["```{experiment} fuzz", "```{table} t", "```", "````", "$$", "---", "```{activations} a\n:experiment: tiny"]
            lines.insert(fences[g.below(fences.count)], at: g.below(lines.count + 1))
        default:
            let at = g.below(bytes.count + 1)
            let noise = (0..<(1 + g.below(16))).map { _ in UInt8(truncatingIfNeeded: g.next()) }
            bytes.insert(contentsOf: noise, at: at)
            return bytes
        }
        return joined()
    }

    static var fixture: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/course")
    }

    @Test func mutatedLessonsAreCheckedWithoutCrashing() throws {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["LESSONRUN_FUZZ_SECONDS"].flatMap(Double.init) ?? 15
        let seed = environment["LESSONRUN_FUZZ_SEED"].flatMap(UInt64.init) ?? 2026
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: folder) }
        try fm.copyItem(at: Self.fixture, to: folder)
        let files = try fm.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") || $0 == "course.yml" }.sorted()
        let originals = try files.map { try Array(Data(contentsOf: folder.appendingPathComponent($0))) }
        var generator = Generator(state: seed)
        let deadline = Date().addingTimeInterval(seconds)
        var iterations = 0, rejected = 0
        while Date() < deadline {
            iterations += 1
            let which = generator.below(files.count)
            var bytes = originals[which]
            for _ in 0..<(1 + generator.below(3)) { bytes = Self.mutate(bytes, using: &generator) }
            let url = folder.appendingPathComponent(files[which])
            try Data(bytes).write(to: url)
            let (_, report) = PreparedCourse.prepare(path: folder.path)
            try Data(originals[which]).write(to: url)
            let errors = report.diagnostics.filter { $0.severity == .error }
            guard !errors.isEmpty else { continue }
            rejected += 1
            let lineCount = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\n" || $0 == "\r" }.count + 1
            for error in errors {
                let place = "seed \(seed), iteration \(iterations), \(files[which]): \(error.location): \(error.message)"
                #expect(!error.location.path.isEmpty, "\(place)")
                #expect(error.location.line >= 1 && error.location.column >= 1, "\(place)")
                if error.location.path.hasSuffix(files[which]) {
                    #expect(error.location.line <= lineCount + 1, "\(place)")
                }
                #expect(!error.message.isEmpty && !error.message.contains("Domain"), "\(place)")
            }
        }
        print("check fuzz: seed \(seed), \(iterations) mutated lessons, \(rejected) rejected, in \(seconds) s")
        #expect(iterations > 20)
    }
}
