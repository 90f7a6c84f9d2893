import Foundation

/// lede's own folder in each of the XDG base directories (specifications.freedesktop.org,
/// basedir-spec): the one place that knows the rules, for settings, kept data and caches alike.
public enum XDGFolder: Sendable {
    /// `$XDG_CONFIG_HOME/lede`, else `~/.config/lede`: settings (config.toml, themes).
    case config
    /// `$XDG_DATA_HOME/lede`, else `~/.local/share/lede`: what the reader made (bookmarks, read state).
    case data
    /// `$XDG_CACHE_HOME/lede`, else `~/.cache/lede`: what can be made again (the indexes).
    case cache

    /// The folder's path. A relative `$XDG_…_HOME` is ignored, as the specification says; an empty
    /// `$HOME` falls back to the account's home folder.
    public func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let base = environment[variable], base.hasPrefix("/") {
            return (base as NSString).appendingPathComponent("lede")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(fallback + "/lede")
    }

    private var variable: String {
        switch self {
        case .config: "XDG_CONFIG_HOME"
        case .data: "XDG_DATA_HOME"
        case .cache: "XDG_CACHE_HOME"
        }
    }

    private var fallback: String {
        switch self {
        case .config: ".config"
        case .data: ".local/share"
        case .cache: ".cache"
        }
    }
}
