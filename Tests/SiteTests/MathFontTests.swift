import Runner
import Testing
@testable import Site

/// The math font comes from the package's own resources, byte for byte what the published
/// site holds, with its license beside it.
@Suite struct MathFontTests {
    @Test func fontAndLicenseComeFromTheResources() throws {
        let (files, warnings) = MathFont.files()
        #expect(warnings.isEmpty, "\(warnings.map(\.message))")
        let font = try #require(files[MathFont.siteFont])
        let license = try #require(files[MathFont.siteLicense])
        #expect(Array(font.prefix(4)) == Array("OTTO".utf8), "an OpenType font with CFF outlines")
        #expect(try CacheKey.digest(font) == "6075562b771f8b82f0c179e363389684f2dd09de30038269e2628e504bd7be0f")
        #expect(try CacheKey.digest(license) == "2bd69affc3da00715116f713f57eab9707e96daf3562ad0215987b15b9c16f73")
        #expect(String(decoding: license, as: UTF8.self).contains("GUST Font License"))
        #expect(files.count == 2, "only the font and its license go into the site")
    }
}
