import Foundation

/// The reader's own library, where subscriptions go when no library is named:
/// `$XDG_DATA_HOME/lede/library`, else `~/.local/share/lede/library`. (The smallest form of the XDG
/// rule; it moves to the shared XDG type once there is one.)
enum UserLibrary {
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return (data as NSString).appendingPathComponent("lede/library")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".local/share/lede/library")
    }
}
