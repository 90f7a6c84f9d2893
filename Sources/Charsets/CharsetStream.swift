import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decodes a byte stream to UTF-8 chunk by chunk, in constant memory: a sequence cut at a chunk's end
/// waits for the next chunk. Invalid bytes become U+FFFD. The output is not normalised (callers normalise
/// the strings they keep, which costs less than normalising a whole feed).
public final class CharsetStream {
    /// The iconv name of the charset being decoded.
    public let charset: String
    private let descriptor: iconv_t?
    /// The bytes of a sequence cut by the end of the previous chunk.
    private var carry: [UInt8] = []

    /// Nil when iconv does not know `charset`.
    public init?(charset: String) {
        let name = CharsetDecoder.canonicalName(charset)
        self.charset = name
        if name == "UTF-8" {
            descriptor = nil
        } else {
            let opened = iconv_open("UTF-8", name)
            guard opened != iconv_t(bitPattern: -1) else { return nil }
            descriptor = opened
        }
    }

    deinit {
        if let descriptor { iconv_close(descriptor) }
    }

    /// Decodes the next chunk; `final` flushes what is left (a cut sequence becomes U+FFFD).
    public func decode(_ chunk: some Collection<UInt8>, final: Bool = false, into output: inout [UInt8]) {
        var input = carry
        input.append(contentsOf: chunk)
        carry = []
        if descriptor == nil {
            let used = UTF8Repair.repair(input, final: final, into: &output)
            carry = Array(input[used...])
        } else {
            convert(input, final: final, into: &output)
        }
    }

    private func convert(_ input: [UInt8], final: Bool, into output: inout [UInt8]) {
        guard let descriptor else { return }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        input.withUnsafeMutableBufferPointer { source in
            chunk.withUnsafeMutableBufferPointer { target in
                let outStart = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = source.count
                var done = false
                while !done {
                    var outPointer: UnsafeMutablePointer<CChar>? = outStart
                    var outLeft = target.count
                    let result: Int
                    if inLeft > 0 {
                        result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    } else if final {
                        // A last call without input flushes any shift state; without it the last character
                        // can be lost.
                        result = iconv(descriptor, nil, nil, &outPointer, &outLeft)
                        done = result != -1 || errno != E2BIG
                    } else {
                        result = 0
                        done = true
                    }
                    let failure = result == -1 ? errno : 0
                    output.append(contentsOf: target[0..<(target.count - outLeft)])
                    if inLeft > 0, failure == EINVAL, !final {
                        // A sequence cut by the chunk's end: keep it for the next chunk.
                        carry = Array(UnsafeBufferPointer(start: UnsafeRawPointer(inPointer!)
                            .assumingMemoryBound(to: UInt8.self), count: inLeft))
                        inLeft = 0
                        done = true
                    } else if inLeft > 0, failure == EILSEQ || failure == EINVAL {
                        // An invalid or truncated sequence: one replacement character, then go on after it.
                        output.append(contentsOf: UTF8Repair.replacement)
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                    } else if inLeft > 0, failure != 0, failure != E2BIG {
                        inLeft = 0  // an error iconv does not document: keep what was decoded
                    }
                }
            }
        }
    }
}
