import Foundation

/// Byte lists one after another in one anonymous mapping, read in order and given back to the system
/// as they are read: what `SliceArena.pack` makes of its lists, so that the postings table can be
/// written while the lists it is written from shrink, instead of beside an arena freed only at the end.
struct PackedLists: ~Copyable {
    private let base: UnsafeMutableRawPointer?
    private let size: Int
    /// Where each list starts, and where the last one ends.
    private let starts: [Int]
    /// The bytes before this were given back.
    private var released = 0

    /// Room for lists of `lengths`, in that order, in memory that is not used until written.
    init(lengths: [Int]) {
        var starts = [0]
        starts.reserveCapacity(lengths.count + 1)
        for length in lengths { starts.append(starts[starts.count - 1] + length) }
        self.starts = starts
        size = starts[starts.count - 1]
        if size == 0 {
            base = nil
        } else {
            let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            guard let mapped, mapped != MAP_FAILED else { fatalError("out of memory for the postings") }
            base = mapped
        }
    }

    deinit {
        if let base { munmap(base, size) }
    }

    var count: Int { starts.count - 1 }

    /// Where list `index`'s bytes go (the arena writes them).
    func start(of index: Int) -> UnsafeMutableRawPointer {
        base! + starts[index]
    }

    /// List `index`'s bytes.
    func list(_ index: Int) -> UnsafeRawBufferPointer {
        guard let base else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: base + starts[index], count: starts[index + 1] - starts[index])
    }

    /// Gives the memory of the lists before `index` back to the system, a megabyte at a time; they
    /// must not be read again.
    mutating func release(before index: Int) {
        let page = Int(getpagesize())
        let end = starts[index] / page * page
        guard let base, end - released >= 1 << 20 else { return }
        _ = madvise(base + released, end - released, MADV_DONTNEED)
        released = end
    }
}
