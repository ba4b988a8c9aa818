// swift-tools-version: 6.0
import PackageDescription

// The engine's numerics are the product: it is compiled with optimisation even
// in debug builds so that `swift test` can train small models in seconds.
// `-O` never enables fast-math or FP contraction in Swift, so results are the
// same bits as a release build.
let optimised: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "lessonrun",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lessonrun", targets: ["lessonrun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        .target(name: "Lessons", dependencies: ["Markdown", "Yams"]),
        .target(name: "Engine", swiftSettings: optimised),
        .target(name: "Figures"),
        .target(name: "TeXMath"),
        .target(
            name: "Runner",
            dependencies: ["Lessons", "Engine", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "Site", dependencies: ["Lessons", "Runner", "Engine", "Figures", "TeXMath"]),
        .target(name: "Preview", dependencies: ["Site", "Lessons", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(
            name: "lessonrun",
            dependencies: [
                "Lessons", "Engine", "Figures", "TeXMath", "Runner", "Site", "Preview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures"], resources: [.copy("Snapshots")]),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath"], exclude: ["Fixtures", "Snapshots"]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner"]),
        .testTarget(name: "SiteTests", dependencies: ["Site"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview"]),
        .testTarget(name: "LessonrunTests", dependencies: ["lessonrun"]),
    ]
)
