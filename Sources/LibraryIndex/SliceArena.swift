import Foundation

/// Many growing byte lists in one arena of fixed-size pages, the way Lucene's `ByteBlockPool` keeps
/// postings: a million terms' lists as a million `[UInt8]` cost an array header, a malloc chunk and
/// growth slack each, and a uniqueness check at every append.
///
/// A list is a chain of slices of growing size (8, 16, … 1024 bytes, then 1024 again), carved from the
/// current page in order, so that a list's slices lie at rising addresses and never across a page. The
/// last four bytes of a slice are kept for the address of the next one; until the slice is full, the
/// first of them holds its level + 1, a byte that pages (zeroed when allocated) hold nowhere else a
/// list has not written yet: a writer that meets a byte that is not zero has reached the end of its
/// slice. Per list only the addresses of its first slice and of its next byte are kept.
///
/// An address is `page << pageShift | offset`, in 32 bits like the offsets of the postings table. Pages
/// are mapped from the system, not taken from malloc, so that a page let go is memory given back.
struct SliceArena: ~Copyable {
    static let sliceSizes = [8, 16, 32, 64, 128, 256, 512, 1024]
    /// The address of no slice: the head and cursor of an empty list.
    static let none = UInt32.max

    private let pageShift: Int
    private var pages: [UnsafeMutablePointer<UInt8>] = []
    /// Bytes carved from the last page.
    private var pageFill: Int
    /// Per list, the address of its first slice and of the next byte to write (`none` for an empty list).
    private var heads: UnsafeMutablePointer<UInt32>
    private var cursors: UnsafeMutablePointer<UInt32>
    private var capacity: Int
    /// How many lists there are.
    private(set) var count = 0
    /// The bytes written to all lists, not counting the slices' links and unused ends.
    private(set) var byteCount = 0

    /// An empty arena of pages of `1 << pageShift` bytes (at least a system page).
    init(pageShift: Int = 20) {
        precondition(1 << pageShift >= max(Self.sliceSizes.last!, Int(getpagesize())), "a page is a system page or more")
        self.pageShift = pageShift
        pageFill = 1 << pageShift  // no page yet: the first slice takes a new one
        capacity = 0
        heads = .allocate(capacity: 0)
        cursors = .allocate(capacity: 0)
    }

    deinit {
        for page in pages { munmap(page, 1 << pageShift) }
        heads.deallocate()
        cursors.deallocate()
    }

    /// The bytes the pages take.
    var pageBytes: Int { pages.count << pageShift }

    /// Makes lists up to `count - 1` exist (new ones are empty).
    mutating func grow(to count: Int) {
        guard count > self.count else { return }
        if count > capacity {
            let newCapacity = max(count, capacity * 2, 64)
            heads = Self.moved(heads, count: self.count, capacity: newCapacity)
            cursors = Self.moved(cursors, count: self.count, capacity: newCapacity)
            capacity = newCapacity
        }
        (heads + self.count).initialize(repeating: Self.none, count: count - self.count)
        (cursors + self.count).initialize(repeating: Self.none, count: count - self.count)
        self.count = count
    }

    /// `count` values moved from `column` into a new buffer of `capacity`; `column` is freed.
    private static func moved(_ column: UnsafeMutablePointer<UInt32>, count: Int,
                              capacity: Int) -> UnsafeMutablePointer<UInt32> {
        let moved = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        moved.moveInitialize(from: column, count: count)
        column.deallocate()
        return moved
    }

    func isEmpty(_ list: Int) -> Bool { cursors[list] == Self.none }

    private func pointer(_ address: UInt32) -> UnsafeMutablePointer<UInt8> {
        pages[Int(address) >> pageShift] + (Int(address) & ((1 << pageShift) - 1))
    }

    /// A new slice of `level`, its end marked; returns its address.
    private mutating func slice(level: Int) -> UInt32 {
        let size = Self.sliceSizes[level]
        if pageFill + size > 1 << pageShift {
            precondition((pages.count + 1) << pageShift <= Int(Self.none), "the postings outgrow 32-bit offsets")
            // Zeroed, as the ends of slices are told by the only bytes there that are not zero.
            let page = mmap(nil, 1 << pageShift, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            guard let page, page != MAP_FAILED else { fatalError("out of memory for the postings") }
            pages.append(page.assumingMemoryBound(to: UInt8.self))
            pageFill = 0
        }
        let address = UInt32((pages.count - 1) << pageShift | pageFill)
        pageFill += size
        pointer(address)[size - 4] = UInt8(level + 1)
        return address
    }

    /// Appends `value` to `list` as a LEB128 varint (see `BinaryWriter.varint`).
    mutating func varint(_ value: UInt64, to list: Int) {
        var value = value
        var cursor = cursors[list]
        if cursor == Self.none {
            cursor = slice(level: 0)
            heads[list] = cursor
        }
        var at = pointer(cursor)
        while true {
            if at.pointee != 0 {
                // The end of the slice: its marker gives way to the address of the next, one level up.
                let next = slice(level: min(Int(at.pointee), Self.sliceSizes.count - 1))
                UnsafeMutableRawPointer(at).storeBytes(of: next.littleEndian, as: UInt32.self)
                cursor = next
                at = pointer(next)
            }
            at.pointee = UInt8(truncatingIfNeeded: value) | (value >= 0x80 ? 0x80 : 0)
            at += 1
            cursor += 1
            byteCount += 1
            if value < 0x80 { break }
            value >>= 7
        }
        cursors[list] = cursor
    }

    /// The bytes of the slice of `level` at `start` in a list whose next byte goes to `end`, and the
    /// address of the next slice (`none` after the last).
    private func slice(at start: UInt32, level: Int, end: UInt32) -> (bytes: UnsafeRawBufferPointer, next: UInt32) {
        let link = start + UInt32(Self.sliceSizes[level] - 4)
        if end >= start, end <= link { return (UnsafeRawBufferPointer(start: pointer(start), count: Int(end - start)), Self.none) }
        let next = UInt32(littleEndian: UnsafeRawPointer(pointer(link)).loadUnaligned(as: UInt32.self))
        return (UnsafeRawBufferPointer(start: pointer(start), count: Int(link - start)), next)
    }

    /// Calls `body` with each run of `list`'s bytes, in order.
    func forEachRun(of list: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
        var start = heads[list], level = 0
        while start != Self.none {
            let (bytes, next) = slice(at: start, level: level, end: cursors[list])
            body(bytes)
            start = next
            level = min(level + 1, Self.sliceSizes.count - 1)
        }
    }

    /// Moves the lists `order` into a `PackedLists`, the list at `order[n]` its `n`th, and empties the
    /// arena. The pages are swept in address order and each is let go once its slices are moved (a
    /// list's slices lie at rising addresses, so a list is moved in order): the arena shrinks as the
    /// packed lists grow. Read in term order instead, every page would last until nearly the end, as
    /// every page holds slices of common words.
    mutating func pack(order: [Int]) -> PackedLists {
        var packed = PackedLists(lengths: order.map { length(of: $0) })
        // Per packed list: its next slice to move, that slice's level, the bytes moved so far.
        var next = order.map { heads[$0] }
        var levels = [UInt8](repeating: 0, count: order.count), moved = [UInt32](repeating: 0, count: order.count)
        // The packed lists whose next slice is in each page.
        var waiting = [[Int32]](repeating: [], count: pages.count)
        for (index, start) in next.enumerated() where start != Self.none {
            waiting[Int(start) >> pageShift].append(Int32(index))
        }
        for page in pages.indices {
            for waiter in waiting[page] {
                let index = Int(waiter)
                let end = cursors[order[index]]
                while next[index] != Self.none, Int(next[index]) >> pageShift == page {
                    let (bytes, following) = slice(at: next[index], level: Int(levels[index]), end: end)
                    (packed.start(of: index) + Int(moved[index])).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
                    moved[index] += UInt32(bytes.count)
                    next[index] = following
                    levels[index] = min(levels[index] + 1, UInt8(Self.sliceSizes.count - 1))
                }
                if next[index] != Self.none { waiting[Int(next[index]) >> pageShift].append(Int32(index)) }
            }
            waiting[page] = []
            munmap(pages[page], 1 << pageShift)
        }
        pages = []
        removeAll()
        return packed
    }

    /// How many bytes `list` holds.
    func length(of list: Int) -> Int {
        var length = 0
        forEachRun(of: list) { length += $0.count }
        return length
    }

    /// Frees every page and empties every list.
    mutating func removeAll() {
        for page in pages { munmap(page, 1 << pageShift) }
        pages = []
        pageFill = 1 << pageShift
        heads.update(repeating: Self.none, count: count)
        cursors.update(repeating: Self.none, count: count)
        byteCount = 0
    }
}
