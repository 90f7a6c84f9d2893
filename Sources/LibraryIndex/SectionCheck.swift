import Foundation

/// The checksums of an index file's search sections (analyses, postings, word sequences), checked after
/// the browser's first frame instead of before it: reading 220 MB of a 100,000-article index to check it
/// took most of the start-up time, for sections that only searches and counts read. Until then those
/// sections are only known to be well formed (every offset in bounds), never trusted to be undamaged.
public struct SectionCheck: Sendable {
    struct Section: Sendable {
        var range: Range<Int>
        var sum: UInt64
    }

    let data: Data
    let sections: [Section]
    /// Whether `data` is a mapping made by `MappedFile.map`, whose pages are given back once read.
    let mapped: Bool
    let path: String

    /// Throws when a section's bytes are not those the file was written with.
    func run() throws(IndexFile.Damaged) {
        let good = data.withUnsafeBytes { buffer in
            sections.allSatisfy { SectionCheck.matches($0, in: buffer, mapped: mapped) }
        }
        if !good { throw IndexFile.Damaged(path: path, reason: "checksum mismatch") }
    }

    /// Whether `section` of `buffer` has its checksum; a mapped file's pages are given back as they are
    /// read (a touched page of a mapping stays resident until the process ends).
    static func matches(_ section: Section, in buffer: UnsafeRawBufferPointer, mapped: Bool) -> Bool {
        let start = section.range.lowerBound
        let release: ((Range<Int>) -> Void)? = mapped
            ? { MappedFile.release($0.lowerBound + start..<$0.upperBound + start, of: buffer) } : nil
        return Checksum.of(UnsafeRawBufferPointer(rebasing: buffer[section.range]), checked: release) == section.sum
    }
}
