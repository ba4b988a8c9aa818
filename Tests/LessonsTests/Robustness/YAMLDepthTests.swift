import Testing
@testable import Lessons

/// YAML in front matter and course.yml is composed by Yams, which recurses once per level;
/// libyaml (vendored by Yams) stops at 1,000 levels, which Yams's composer survives. These
/// tests hold both to it: a located error past the limit, no crash just below it.
@Suite struct YAMLDepthTests {
    static func frontMatter(_ value: String) -> [Diagnostic] {
        let file = SourceFile(path: testPath, text: "---\ntitle: \(value)\n---\n# A\n")
        return FrontMatter.split(file).2
    }

    @Test(arguments: [999, 1_000, 5_000, 100_000])
    func deepFlowSequences(_ depth: Int) {
        let diagnostics = Self.frontMatter(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.location.line >= 2 })
    }

    @Test(arguments: [999, 5_000])
    func deepFlowMappings(_ depth: Int) {
        let diagnostics = Self.frontMatter(String(repeating: "{a: ", count: depth) + "b" + String(repeating: "}", count: depth))
        #expect(!diagnostics.isEmpty)
    }

    @Test func deepBlockSequences() {
        let file = SourceFile(path: "course.yml", text: "credits:\n" + String(repeating: "- ", count: 3_000) + "x\n")
        let (_, diagnostics) = CourseConfig.parse(file)
        #expect(!diagnostics.isEmpty)
    }
}
