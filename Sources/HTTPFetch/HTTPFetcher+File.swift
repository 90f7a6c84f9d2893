import Foundation

extension HTTPFetcher {
    /// A `file` URL read as if served: status 200, under the same size cap.
    func readFile(_ url: URL) throws(HTTPFetchError) -> HTTPFetchResult {
        let path = url.path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .unreadableFile("cannot read \(path): no such file")
        }
        if let size = attributes[.size] as? Int, size > policy.maxBodyBytes {
            throw .tooLarge(maxBytes: policy.maxBodyBytes)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile("cannot read \(path)")
        }
        var headers: [(name: String, value: String)] = []
        if let modified = attributes[.modificationDate] as? Date {
            headers.append((name: "Last-Modified", value: HTTPDate.format(modified)))
        }
        return HTTPFetchResult(status: 200, headers: headers, finalURL: url, body: data)
    }
}
