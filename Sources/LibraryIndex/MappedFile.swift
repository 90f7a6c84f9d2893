import Foundation

/// An index file mapped read-only into memory, whose pages can be handed back once they are checked.
///
/// Checking the whole file at start-up touched every page of it, and a touched page of a mapping counts
/// as resident until the process ends: 238 MB of a 100,000-article index stayed resident after the first
/// frame though only the list's entries were needed. The pages given back stay in the page cache; a later
/// search maps in only what it reads.
enum MappedFile {
    /// The file's bytes, mapped (unmapped when the last `Data` sharing them goes); nil when it cannot be
    /// opened or mapped, with `errno` set.
    static func map(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        guard size > 0 else { return Data() }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        return Data(bytesNoCopy: base, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
    }

    /// Hands back the whole pages within `range` of `buffer`, which must lie in a mapping made by `map`
    /// (on any other memory this would throw its contents away). The pages are read again if used.
    static func release(_ range: Range<Int>, of buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress, !range.isEmpty else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = UInt(bitPattern: base + range.lowerBound), end = UInt(bitPattern: base + range.upperBound)
        let first = (start + UInt(page) - 1) / UInt(page) * UInt(page), last = end / UInt(page) * UInt(page)
        guard first < last, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(pointer, Int(last - first), MADV_DONTNEED)
    }
}
