import Foundation

/// The articles bundled with lede, opened when no library is named or configured.
public enum SampleLibrary {
    /// The folder of the bundled sample articles.
    public static var path: String? {
        Bundle.module.url(forResource: "SampleLibrary", withExtension: nil)?.path
    }
}
