import CMalloc
import Foundation

/// Byte lists each in one block of its exact length, freed one by one as they are read: what
/// `SliceArena.pack` makes of its lists, so that the postings table can be written while the lists it
/// is written from shrink, instead of beside an arena freed only at the end.
///
/// A block is allocated when its list's first bytes are moved in, so that blocks lie in the order the
/// arena is swept, next to those of lists that grew at the same time: in one buffer in term order, the
/// first page swept wrote into nearly every page of it at once. A long list's block is mapped from the
/// system: from malloc, the block after it marked its end at once, a page taken early for each of the
/// thousands of long lists (22 MB more while packing at 100,000 articles).
struct PackedLists: ~Copyable {
    /// The length from which a list has a mapping of its own: the longest few hundred lists of 100,000
    /// articles, two fifths of the bytes.
    static let mappedLength = 16 << 10

    private var blocks: [UnsafeMutableRawPointer?]
    private let lengths: [Int]
    private var released = 0

    /// Room for lists of `lengths`, in that order.
    init(lengths: [Int]) {
        self.lengths = lengths
        blocks = Array(repeating: nil, count: lengths.count)
    }

    deinit {
        for index in blocks.indices { Self.free(blocks[index], length: lengths[index]) }
    }

    private static func free(_ block: UnsafeMutableRawPointer?, length: Int) {
        guard let block else { return }
        if length >= mappedLength { munmap(block, length) } else { Glibc.free(block) }
    }

    var count: Int { lengths.count }

    /// Where list `index`'s bytes go (the arena writes them); allocated at the first call.
    mutating func start(of index: Int) -> UnsafeMutableRawPointer {
        if let block = blocks[index] { return block }
        let length = lengths[index]
        let block = length >= Self.mappedLength
            ? mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0).flatMap { $0 == MAP_FAILED ? nil : $0 }
            : malloc(max(length, 1))
        guard let block else { fatalError("out of memory for the postings") }
        blocks[index] = block
        return block
    }

    /// List `index`'s bytes.
    func list(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: blocks[index], count: blocks[index] == nil ? 0 : lengths[index])
    }

    /// Frees list `index`, which must not be read again.
    mutating func release(_ index: Int) {
        Self.free(blocks[index], length: lengths[index])
        blocks[index] = nil
        released += 1
        // Freed blocks stay with the allocator: given back every few thousand, they do not add up
        // with the table being written.
        if released % 8192 == 0 { malloc_trim(0) }
    }
}
