/// A fast 64-bit checksum over whole words, to tell a damaged index from a good one. Not FNV byte by
/// byte: an index of 100,000 articles (160 MB) is checked at every start-up. Four independent lanes,
/// so that the processor works on four words at once instead of waiting for each multiplication.
enum Checksum {
    /// The checksum of `bytes`; `checked`, when given, is told of each stretch of about `chunk` bytes once
    /// it has been read (to give its pages back), the last one included.
    static func of(_ bytes: UnsafeRawBufferPointer, chunk: Int = 1 << 22,
                   checked: ((Range<Int>) -> Void)? = nil) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count),
                                                       0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0,
                                                       0x082E_FA98_EC4E_6C89)
        @inline(__always) func mix(_ lane: inout UInt64, _ word: UInt64) {
            lane = (lane ^ word) &* multiplier
            lane ^= lane >> 29
        }
        let words = bytes.count / 8
        var index = 0, reported = 0
        // Whole blocks of four words, a chunk at a time (the same sum however the chunks fall).
        let chunkWords = max(4, chunk / 32 * 4)
        while index + 4 <= words {
            let chunkEnd = min(words / 4 * 4, index + chunkWords)
            while index < chunkEnd {
                let offset = index * 8
                mix(&lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                mix(&lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                mix(&lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                mix(&lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                index += 4
            }
            if let checked, index * 8 < bytes.count {
                checked(reported..<index * 8)
                reported = index * 8
            }
        }
        while index < words {
            mix(&lanes.0, bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            index += 1
        }
        for offset in (words * 8)..<bytes.count { mix(&lanes.1, UInt64(bytes[offset])) }
        checked?(reported..<bytes.count)
        var hash = lanes.0
        for lane in [lanes.1, lanes.2, lanes.3] { mix(&hash, lane) }
        return hash ^ (hash >> 32)
    }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }
}
