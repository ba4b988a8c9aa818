import Foundation
import Testing
@testable import Lessons

@Suite struct ErrorTextTests {
    @Test func noErrorDomainInMessages() {
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(ENAMETOOLONG))
        let error = CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: "out/data/x.csv", NSUnderlyingErrorKey: underlying])
        let text = ErrorText.plain(error)
        #expect(text == "'out/data/x.csv': File name too long")
        #expect(!ErrorText.plain(CocoaError(.fileWriteUnknown)).contains("Domain"))
        #expect(ErrorText.plain(CocoaError(.fileWriteNoPermission)) == "permission denied")
    }
}
