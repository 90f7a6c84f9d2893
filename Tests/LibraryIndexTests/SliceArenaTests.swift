@testable import LibraryIndex
import Testing

@Suite struct SliceArenaTests {
    /// A list's bytes as the arena gives them back.
    func bytes(_ arena: borrowing SliceArena, _ list: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        arena.forEachRun(of: list) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The same numbers written as `BinaryWriter` writes them.
    func varints(_ values: [UInt64]) -> [UInt8] {
        var writer = BinaryWriter()
        for value in values { writer.varint(value) }
        return writer.bytes
    }

    @Test func emptyListsHaveNoBytes() {
        var arena = SliceArena()
        arena.grow(to: 3)
        #expect(arena.count == 3)
        #expect((0..<3).allSatisfy { arena.isEmpty($0) && bytes(arena, $0).isEmpty })
        #expect(arena.pageBytes == 0, "no page before the first byte")
        arena.varint(5, to: 1)
        #expect(arena.isEmpty(0) && !arena.isEmpty(1) && arena.isEmpty(2))
        #expect(bytes(arena, 0).isEmpty && bytes(arena, 2).isEmpty)
    }

    @Test func aListOfOneVarint() {
        var arena = SliceArena()
        arena.grow(to: 1)
        arena.varint(300, to: 0)
        #expect(bytes(arena, 0) == varints([300]))
        #expect(arena.byteCount == 2)
    }

    /// Every length from nothing to past several slices, zero bytes among them (a zero is data, not an
    /// end of slice), the lists written a byte at a time in turn so that their slices interleave.
    @Test func listsOfEveryLengthCrossSlicesIntact() {
        var arena = SliceArena(pageShift: 12)
        let lengths = Array(0..<600)
        arena.grow(to: lengths.count)
        for round in 0..<lengths.count {
            for list in lengths where round < list { arena.varint(UInt64((list + round) % 128), to: list) }
        }
        for list in lengths {
            #expect(bytes(arena, list) == (0..<list).map { UInt8(($0 + list) % 128) }, "list \(list)")
        }
        #expect(arena.byteCount == lengths.reduce(0, +))
    }

    /// One long list runs through slices of every size and over many pages.
    @Test func aLongListCrossesPages() {
        var arena = SliceArena(pageShift: 12)
        arena.grow(to: 2)
        let values = (0..<5000).map { UInt64($0 * 7919 % 100_000) }
        for value in values { arena.varint(value, to: 1) }
        #expect(arena.pageBytes >= 3 << 12)
        #expect(bytes(arena, 1) == varints(values))
        #expect(bytes(arena, 0).isEmpty)
        var runs = 0
        arena.forEachRun(of: 1) { run in
            runs += 1
            #expect(run.count <= SliceArena.sliceSizes.last! - 4)
        }
        #expect(runs > SliceArena.sliceSizes.count, "a run per slice")
    }

    /// Many lists, varints of one to ten bytes added in a shuffled order: each comes back as if it had
    /// had a writer of its own.
    @Test(arguments: [12, 20])
    func manyInterleavedListsMatchTheirOwnWriters(pageShift: Int) {
        var arena = SliceArena(pageShift: pageShift)
        var expected = [[UInt64]](repeating: [], count: 500)
        arena.grow(to: 250)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for step in 0..<40_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Some lists much longer than others, as with common and rare words.
            let list = Int(state >> 33) % (step % 3 == 0 ? 7 : expected.count)
            if list >= arena.count { arena.grow(to: list + 1) }
            let value = (state >> 7) >> UInt64(state % 64)
            arena.varint(value, to: list)
            expected[list].append(value)
        }
        for list in 0..<arena.count { #expect(bytes(arena, list) == varints(expected[list]), "list \(list)") }
        #expect(arena.byteCount == expected.reduce(0) { $0 + varints($1).count })
    }

    /// Packed, the lists come one after another in the order asked, whole, and the arena is empty.
    @Test func packedListsFollowEachOtherInTheOrderAsked() {
        var arena = SliceArena(pageShift: 12)
        arena.grow(to: 5)
        var expected = [[UInt64]](repeating: [], count: 5)
        for step in 0..<6000 {
            // List 0 stays empty; list 4 has one byte; lists 1 to 3 run over slices and pages.
            let list = step == 0 ? 4 : 1 + step % 3
            arena.varint(UInt64(step * step), to: list)
            expected[list].append(UInt64(step * step))
        }
        let order = [3, 0, 4, 1, 2]
        let lengths = order.map { arena.length(of: $0) }
        #expect(lengths == order.map { varints(expected[$0]).count })
        var packed = arena.pack(order: order)
        #expect(arena.pageBytes == 0 && arena.byteCount == 0 && (0..<5).allSatisfy { arena.isEmpty($0) })
        #expect(packed.count == 5)
        // Freeing some lists leaves the others readable.
        for index in 0..<3 { packed.release(index) }
        for (index, list) in order.enumerated().dropFirst(3) { #expect(Array(packed.list(index)) == varints(expected[list])) }
        var fresh = SliceArena()
        fresh.grow(to: 1)
        let none = fresh.pack(order: [0])
        #expect(none.count == 1 && none.list(0).isEmpty)
    }

    /// A list longer than `PackedLists.mappedLength` has a block of its own kind: packed and freed the same.
    @Test func aLongListIsPackedWholeBesideShortOnes() {
        var arena = SliceArena(pageShift: 12)
        arena.grow(to: 3)
        let long = (0..<(PackedLists.mappedLength * 2)).map { UInt64($0 % 128) }
        for (step, value) in long.enumerated() {
            arena.varint(value, to: 1)
            if step % 1000 == 0 { arena.varint(UInt64(step), to: 0) }
        }
        arena.varint(7, to: 2)
        var packed = arena.pack(order: [2, 1, 0])
        #expect(Array(packed.list(1)) == varints(long))
        packed.release(1)
        #expect(Array(packed.list(0)) == [7])
        #expect(Array(packed.list(2)) == varints(stride(from: 0, to: long.count, by: 1000).map(UInt64.init)))
    }

    @Test func removeAllEmptiesEveryListForReuse() {
        var arena = SliceArena(pageShift: 12)
        arena.grow(to: 2)
        for value in 0..<2000 { arena.varint(UInt64(value), to: value % 2) }
        arena.removeAll()
        #expect(arena.pageBytes == 0 && arena.byteCount == 0)
        #expect(arena.isEmpty(0) && arena.isEmpty(1) && bytes(arena, 0).isEmpty)
        arena.varint(1, to: 1)
        #expect(bytes(arena, 1) == [1])
    }
}
