/// A value handed to concurrent workers that use it safely themselves (disjoint parts of one buffer,
/// or bytes that outlive them and nobody writes).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}
