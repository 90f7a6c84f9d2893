import Foundation
import HTTPFetch

extension GReaderClient {
    func address(_ path: String, query: [(String, String)]) throws(SyncError) -> URL {
        var base = root
        while base.hasSuffix("/") { base.removeLast() }
        var text = base + "/" + path
        if !query.isEmpty { text += "?" + FormEncoding.encode(query.map { (name: $0.0, value: $0.1) }) }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw .notGoogleReader("\(root) is not an http or https address")
        }
        return url
    }

    var authorization: [(name: String, value: String)] {
        auth.map { [(name: "Authorization", value: "GoogleLogin auth=" + $0)] } ?? []
    }

    func get(_ path: String, query: [(String, String)]) async throws(SyncError) -> Data {
        let url = try address(path, query: query)
        let result = try await Self.call { () throws(HTTPFetchError) in try await fetcher.get(url, headers: authorization) }
        try Self.check(result, what: path)
        return result.body
    }

    func post(_ path: String, form: [(name: String, value: String)]) async throws(SyncError) {
        let url = try address(path, query: [])
        let result = try await Self.call { () throws(HTTPFetchError) in
            try await fetcher.post(url, form: form, headers: authorization)
        }
        try Self.check(result, what: path)
    }

    func decode<T: Decodable>(_ type: T.Type, _ data: Data, what: String) throws(SyncError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw .notGoogleReader("its answer to \(what) is not the JSON the API sends")
        }
    }

    /// Runs a request, its transport failures as `SyncError`s.
    static func call(_ request: () async throws(HTTPFetchError) -> HTTPFetchResult) async throws(SyncError)
        -> HTTPFetchResult
    {
        do {
            return try await request()
        } catch {
            switch error {
            case .timedOut(let seconds): throw .timedOut(seconds: seconds)
            case .transport(let reason): throw .unreachable(reason)
            case .tooLarge: throw .unexpected("the server's answer is larger than lede reads")
            default: throw .unreachable(error.localizedDescription)
            }
        }
    }

    /// The status as a `SyncError` unless it is a success.
    static func check(_ result: HTTPFetchResult, what: String) throws(SyncError) {
        switch result.status {
        case 200..<300: return
        case 401, 403: throw .loginNeeded
        case 500...599: throw .serverError(result.status)
        case 400, 404, 405, 410, 501: throw .notGoogleReader("HTTP \(result.status) to \(what)")
        default: throw .unexpected("the server answered HTTP \(result.status) to \(what)")
        }
    }
}
