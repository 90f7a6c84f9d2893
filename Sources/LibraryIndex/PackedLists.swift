import CMalloc
import Foundation

/// Byte lists each in one block of its exact length, freed one by one as they are read: what
/// `SliceArena.pack` makes of its lists, so that the postings table can be written while the lists it
/// is written from shrink, instead of beside an arena freed only at the end.
///
/// A block is allocated when its list's first bytes are moved in, so that blocks lie in the order the
/// arena is swept, next to those of lists that grew at the same time: in one buffer in term order, the
/// first page swept wrote into nearly every page of it at once.
struct PackedLists: ~Copyable {
    private var blocks: [UnsafeMutableRawPointer?]
    private let lengths: [Int]
    private var released = 0

    /// Room for lists of `lengths`, in that order.
    init(lengths: [Int]) {
        self.lengths = lengths
        blocks = Array(repeating: nil, count: lengths.count)
    }

    deinit {
        for block in blocks { free(block) }
    }

    var count: Int { lengths.count }

    /// Where list `index`'s bytes go (the arena writes them); allocated at the first call.
    mutating func start(of index: Int) -> UnsafeMutableRawPointer {
        if let block = blocks[index] { return block }
        guard let block = malloc(max(lengths[index], 1)) else { fatalError("out of memory for the postings") }
        blocks[index] = block
        return block
    }

    /// List `index`'s bytes.
    func list(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: blocks[index], count: blocks[index] == nil ? 0 : lengths[index])
    }

    /// Frees list `index`, which must not be read again.
    mutating func release(_ index: Int) {
        free(blocks[index])
        blocks[index] = nil
        released += 1
        // Freed blocks stay with the allocator: given back every few thousand, they do not add up
        // with the table being written.
        if released % 8192 == 0 { malloc_trim(0) }
    }
}
