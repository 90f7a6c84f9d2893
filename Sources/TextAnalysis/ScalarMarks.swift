import TextKit

extension Unicode.Scalar {
    /// Whether this scalar is one of `marks`, a literal of a few punctuation marks (`".!?\u{2026}"`), read as
    /// UTF-8 in place: `"...".unicodeScalars.contains` made a string and decoded it again at every test,
    /// and the quotation rules test every mark around every quotation.
    @inline(__always)
    func isOne(of marks: StaticString) -> Bool {
        marks.withUTF8Buffer { bytes in
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let (scalar, length) = lead < 0x80 ? (UInt32(lead), 1) : UTF8Scalar.decode(bytes, at: i, lead: lead)
                if scalar == value { return true }
                i &+= length
            }
            return false
        }
    }
}
