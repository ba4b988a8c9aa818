import Foundation
import Testing
import TextTools
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct MarkupEscapingTests {
    @Test func escapesTheFourMarkupCharacters() {
        #expect(MarkupEscaping.escape(#"a < b && c > "d" 'e'"#) == "a &lt; b &amp;&amp; c &gt; &quot;d&quot; 'e'")
    }

    /// Tab, line feed and carriage return are XML characters and stay; every other
    /// control character, DEL, the C1 controls and the noncharacters become U+FFFD.
    @Test func forbiddenCharactersBecomeReplacementCharacters() {
        #expect(MarkupEscaping.escape("a\tb\nc\rd") == "a\tb\nc\rd")
        #expect(MarkupEscaping.escape("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g")
        #expect(MarkupEscaping.escape("\u{7F}\u{80}\u{9F}") == "\u{FFFD}\u{FFFD}\u{FFFD}")
        // Swift's literals refuse some noncharacters, so these are built from their values.
        let noncharacters = String(String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0, 0x10FFFF].compactMap(Unicode.Scalar.init)))
        #expect(noncharacters.unicodeScalars.count == 4)
        #expect(MarkupEscaping.escape(noncharacters) == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(MarkupEscaping.escape("é\u{A0}→\u{1F600}\u{FFFD}") == "é\u{A0}→\u{1F600}\u{FFFD}")
    }

    @Test func everyControlCharacterInTextAndAttributesStillParses() {
        let all = String(String.UnicodeScalarView((0..<0xA0).compactMap(Unicode.Scalar.init)))
        let escaped = MarkupEscaping.escape(all)
        let document = "<r a=\"\(escaped)\">\(escaped)</r>"
        let parser = XMLParser(data: Data(document.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test func invisiblesAsReferencesOnlyWhenAsked() {
        let text = "a\u{A0}b\u{2009}c\u{2061}d\u{FEFF}"
        #expect(MarkupEscaping.escape(text) == text)
        #expect(MarkupEscaping.escape(text, invisibles: .references) == "a&#xA0;b&#x2009;c&#x2061;d&#xFEFF;")
        #expect(MarkupEscaping.escape("\u{1}&", invisibles: .references) == "\u{FFFD}&amp;")
    }
}

@Suite struct JSONEscapingTests {
    @Test func quotesAndEscapes() {
        #expect(JSONEscaping.quoted("plain") == "\"plain\"")
        #expect(JSONEscaping.quoted("a\"b\\c\nd\re\tf\u{1}g\u{1F}") == #""a\"b\\c\nd\re\tf\u0001g\u001f""#)
        #expect(JSONEscaping.quoted("é/€") == "\"é/€\"")
    }

    @Test func decodesBackToTheSameString() throws {
        let text = "q\"\\/\n\r\t\u{0}\u{7}\u{1B}\u{7F}é\u{1F600}"
        let decoded = try JSONDecoder().decode(String.self, from: Data(JSONEscaping.quoted(text).utf8))
        #expect(decoded == text)
    }
}

@Suite struct EditDistanceTests {
    @Test func optimalStringAlignment() {
        #expect(EditDistance.between("epoch", "epochs") == 1)
        #expect(EditDistance.between("hdiden", "hidden") == 1)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abc", "") == 3)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("ca", "abc") == 3, "restricted: a transposed pair is not edited again")
        #expect(EditDistance.between("Tanh", "tanh") == 1, "case matters")
        #expect(EditDistance.between("αβ", "βα") == 1, "counts scalars")
    }
}
