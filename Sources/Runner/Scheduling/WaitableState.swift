import Foundation

/// A value that threads change and wait on: what `Mutex` is for plain shared state, with a
/// condition variable for "wait until the value lets me go on" (the memory budget's admission).
final class WaitableState<Value>: @unchecked Sendable {
    // `value` is read and written only with `condition` locked, in the two methods below;
    // that lock is what makes sharing this class between threads safe.
    private let condition = NSCondition()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Calls `body` with the value, locked, until it returns a result; after each nil the
    /// thread sleeps until ``update(_:)`` changes the value.
    func wait<Result>(until body: (inout Value) -> Result?) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = body(&value) { return result }
            condition.wait()
        }
    }

    /// Changes the value, locked, and wakes every waiting thread.
    func update<Result>(_ body: (inout Value) -> Result) -> Result {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return body(&value)
    }
}
