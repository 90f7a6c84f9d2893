import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DurableWrite {
    /// Removes, among `names` of `folder`, the temporary files of writers that were killed before they
    /// renamed them (a fetch killed with SIGKILL leaves one); returns the names that remain. A temporary
    /// whose writer (the process id in its name) still runs is kept: it may be renamed at any moment.
    public static func removingAbandonedTemporaries(_ names: [String], in folder: String) -> [String] {
        names.filter { name in
            guard let writer = writerOfTemporary(name), kill(writer, 0) != 0, errno == ESRCH else { return true }
            unlink((folder as NSString).appendingPathComponent(name))
            return false
        }
    }

    /// The process id in a temporary's name (`.NAME.tmp-PID-RANDOM`), nil for any other name.
    static func writerOfTemporary(_ name: String) -> pid_t? {
        guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards) else { return nil }
        let rest = name[marker.upperBound...].split(separator: "-")
        guard rest.count == 2, UInt32(rest[1]) != nil, let pid = pid_t(rest[0]), pid > 0 else { return nil }
        return pid
    }
}
