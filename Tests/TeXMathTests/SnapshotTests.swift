import Testing
@testable import TeXMath
import TestSupport

@Suite("Golden MathML for each construct")
struct SnapshotTests {
    @Test("constructs convert to the recorded MathML, which is well-formed XML",
          arguments: ConstructCases.groups.map(\.name))
    func group(_ name: String) throws {
        let cases = try #require(ConstructCases.groups.first { $0.name == name }).cases
        var text = ""
        for item in cases {
            let result = MathConverter().convert(item.tex, display: item.display, macros: .builtIn)
            switch result {
            case .success(let conversion):
                let markup = conversion.mathML ?? "(nothing: definitions only)"
                if let mathML = conversion.mathML {
                    #expect(XMLCheck.problem(mathML) == nil, "\(item.tex)")
                }
                text += "\(item.display ? "$$" : "$") \(item.tex)\n\(markup)\n\n"
            case .failure(let error):
                Issue.record("\(item.tex): \(error)")
            }
        }
        Snapshot.check(text, file: "\(name).txt")
    }
}
