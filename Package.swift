// swift-tools-version: 6.0
import PackageDescription

// The engine's numerics are the product: it is compiled with optimisation even
// in debug builds so that `swift test` can train small models in seconds.
// `-O` never enables fast-math or FP contraction in Swift, so results are the
// same bits as a release build.
//
// On x86-64 the engine is compiled for Haswell-class CPUs (AVX2, the
// x86-64-v3 level) so that its SIMD8<Float> tiles are one register wide.
// Swift never fuses a multiply and an add on its own, so the bits are those
// of a baseline build; `lessonrun` checks the CPU before any engine code
// runs. LESSONRUN_BASELINE_CPU=1 builds for any x86-64 CPU instead.
var optimised: [SwiftSetting] = [.unsafeFlags(["-O"])]
var cpuCheck: [CSetting] = []
#if arch(x86_64)
if Context.environment["LESSONRUN_BASELINE_CPU"] == nil {
    optimised = [.unsafeFlags(["-O", "-target-cpu", "haswell"]), .define("LESSONRUN_X86_64_V3")]
    cpuCheck = [.define("LESSONRUN_X86_64_V3")]
}
#endif

let package = Package(
    name: "lessonrun",
    platforms: [.macOS(.v15)],  // Synchronization.Mutex
    products: [
        .executable(name: "lessonrun", targets: ["lessonrun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // SHA-256 for content addresses, from the system's OpenSSL: swift-crypto would
        // compile BoringSSL on a fresh clone (see the README's measurement).
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        .target(name: "TextTools"),
        .target(name: "Lessons", dependencies: ["Markdown", "Yams", "Engine", "Figures", "TextTools"]),
        .target(name: "Engine", dependencies: ["TextTools"], swiftSettings: optimised),
        .target(name: "CPUCheck", cSettings: cpuCheck),
        .target(name: "Figures", dependencies: ["TextTools"]),
        .target(name: "TeXMath", dependencies: ["TextTools"]),
        .target(
            name: "Runner",
            dependencies: ["Lessons", "Engine", "CLibCrypto"]
        ),
        // The math font ships with the site, from Resources/Fonts (GUST Font License, beside it).
        .target(name: "Site", dependencies: ["Markdown", "Lessons", "Runner", "Engine", "Figures", "TeXMath", "TextTools"],
                resources: [.copy("Resources/Fonts")]),
        // The pipeline: check (with formulas and preflight), run, render, write; and verify.
        .target(name: "Build", dependencies: ["Markdown", "Lessons", "TeXMath", "Runner", "Site"]),
        .target(name: "Preview", dependencies: ["Build", "Site", "Runner", "Lessons", "TextTools", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(
            name: "lessonrun",
            dependencies: [
                "Lessons", "Engine", "Figures", "TeXMath", "Runner", "Site", "Build", "Preview", "CPUCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Golden-file and XML helpers shared by the test targets; nothing else links it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TextToolsTests", dependencies: ["TextTools"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath", "TextTools", "TestSupport"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner"], exclude: ["statistics_reference.py"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Build"]),
        .testTarget(name: "BuildTests", dependencies: ["Build"]),
        // The engine's wirings drawn through the site's conversion: needs Engine, Figures and Site.
        .testTarget(
            name: "DiagramTests", dependencies: ["Engine", "Figures", "Lessons", "Site", "TestSupport"], exclude: ["Snapshots"]
        ),
        .testTarget(name: "PreviewTests", dependencies: ["Preview"]),
        .testTarget(name: "LessonrunTests", dependencies: ["lessonrun"]),
    ]
)
