import Foundation

/// An error as words a user can act on: never "NSCocoaErrorDomain error 512".
public enum ErrorText {
    /// The reason (and file, when known) behind `error`, in plain words.
    public static func plain(_ error: any Error) -> String {
        let object = error as NSError
        let path = object.userInfo[NSFilePathErrorKey] as? String
            ?? (object.userInfo[NSURLErrorKey] as? URL)?.path
        let reason = reason(object)
        return path.map { "'\($0)': \(reason)" } ?? reason
    }

    private static func reason(_ error: NSError) -> String {
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return reason(underlying) }
        guard error.domain == NSCocoaErrorDomain else {
            let text = "\(error.localizedDescription)"
            return text.contains("Domain") ? "failed (\(error.code))" : text
        }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "no space left on the device"
        case .fileWriteVolumeReadOnly: return "the file system is read-only"
        case .fileWriteFileExists: return "a file of that name exists"
        case .fileWriteInvalidFileName, .fileReadInvalidFileName: return "the file name is not valid here (too long?)"
        case .fileReadCorruptFile: return "the file is damaged"
        default: return "the file system refused (code \(error.code))"
        }
    }
}
