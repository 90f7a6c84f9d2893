import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A polite HTTP GET for feeds and web pages: it says who it is, asks for gzip, follows at most a few
/// redirects (noting whether they were all permanent), caps time and size, and keeps to a few requests
/// per host. `file` URLs are read from disk under the same size cap.
///
/// Call `shutdown()` when done: the underlying client holds connections open for reuse.
public final class HTTPFetcher: Sendable {
    public let policy: FetchPolicy
    private let client: HTTPClient
    private let gate: HostGate

    public init(policy: FetchPolicy) {
        self.policy = policy
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .init(policy.connectTimeout), read: .init(policy.totalTimeout)),
            connectionPool: .init(idleTimeout: .seconds(30),
                                  concurrentHTTP1ConnectionsPerHostSoftLimit: policy.perHostLimit),
            // The limit bounds the decompressed size too, so a small gzip bomb cannot fill memory.
            decompression: .enabled(limit: .size(policy.maxBodyBytes))
        )
        configuration.httpVersion = .automatic
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        gate = HostGate(perHost: policy.perHostLimit, total: policy.totalLimit)
    }

    /// Closes the client's connections. The fetcher cannot be used afterwards.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Fetches `url`, following redirects, within the policy's total time.
    /// - Parameter headers: extra request headers, such as `If-None-Match` for a conditional GET.
    public func get(_ url: URL, headers: [(name: String, value: String)] = []) async throws(HTTPFetchError)
        -> HTTPFetchResult
    {
        let scheme = url.scheme?.lowercased() ?? ""
        if scheme == "file" { return try readFile(url) }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        return try await withinTotalTime { try await self.follow(url, headers: headers) }
    }

    /// POSTs an `application/x-www-form-urlencoded` form to `url` (an API call), within the policy's
    /// total time. Redirects are not followed: an API that redirects a POST is answered as it is.
    public func post(_ url: URL, form: [(name: String, value: String)], headers: [(name: String, value: String)] = [])
        async throws(HTTPFetchError) -> HTTPFetchResult
    {
        let scheme = url.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        let body = Data(FormEncoding.encode(form).utf8)
        let all = headers + [(name: "Content-Type", value: "application/x-www-form-urlencoded")]
        return try await withinTotalTime { try await self.single(url, method: .POST, body: body, headers: all) }
    }

    /// Runs `request` against the policy's total time, its failures in words.
    private func withinTotalTime(_ request: @escaping @Sendable () async throws -> HTTPFetchResult)
        async throws(HTTPFetchError) -> HTTPFetchResult
    {
        let limit = policy.totalTimeout
        let timedOut = HTTPFetchError.timedOut(seconds: Double(limit.components.seconds)
            + Double(limit.components.attoseconds) / 1e18)
        do {
            return try await withThrowingTaskGroup(of: HTTPFetchResult.self) { group in
                group.addTask { try await request() }
                group.addTask {
                    try await Task.sleep(for: limit)
                    throw timedOut
                }
                defer { group.cancelAll() }
                return try await group.next()!
            }
        } catch let error as HTTPFetchError {
            throw error
        } catch let error as HTTPClientError where error == .readTimeout || error == .deadlineExceeded {
            // The client's own read timer is set to the same limit and may fire first.
            throw timedOut
        } catch {
            throw .transport(Self.describe(error))
        }
    }

    /// The redirect loop: each hop goes through the per-host gate on its own.
    private func follow(_ start: URL, headers: [(name: String, value: String)]) async throws -> HTTPFetchResult {
        var url = start
        var allPermanent = true
        for hop in 0...policy.maxRedirects {
            var result = try await single(url, headers: headers)
            guard [301, 302, 303, 307, 308].contains(result.status) else {
                if hop > 0 && allPermanent { result.permanentURL = url }
                return result
            }
            guard let location = result.header("Location"),
                  let next = URL(string: location, relativeTo: url)?.absoluteURL,
                  let scheme = next.scheme?.lowercased() else { throw HTTPFetchError.badRedirect }
            // A redirect to a local file would let any server read this machine's files.
            guard scheme == "http" || scheme == "https" else { throw HTTPFetchError.unsupportedScheme(scheme) }
            allPermanent = allPermanent && (result.status == 301 || result.status == 308)
            url = next
        }
        throw HTTPFetchError.tooManyRedirects(policy.maxRedirects)
    }

    /// One request, without following redirects.
    private func single(_ url: URL, method: HTTPMethod = .GET, body: Data? = nil,
                        headers: [(name: String, value: String)]) async throws -> HTTPFetchResult {
        let host = url.host?.lowercased() ?? ""
        await gate.enter(host)
        do {
            let result = try await exchange(url, method: method, body: body, headers: headers)
            await gate.leave(host)
            return result
        } catch {
            await gate.leave(host)
            throw error
        }
    }

    private func exchange(_ url: URL, method: HTTPMethod = .GET, body: Data? = nil,
                          headers: [(name: String, value: String)]) async throws -> HTTPFetchResult {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = method
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        request.headers.add(name: "User-Agent", value: policy.userAgent)
        request.headers.add(name: "Accept-Encoding", value: "gzip")
        for header in headers { request.headers.replaceOrAdd(name: header.name, value: header.value) }
        let response = try await client.execute(request, timeout: .init(policy.totalTimeout))
        let pairs = response.headers.map { (name: $0.name, value: $0.value) }
        let status = Int(response.status.code)
        guard status != 304, !(300...399).contains(status) else {
            return HTTPFetchResult(status: status, headers: pairs, finalURL: url, body: Data())
        }
        let buffer: ByteBuffer
        do {
            buffer = try await response.body.collect(upTo: policy.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPFetchError.tooLarge(maxBytes: policy.maxBodyBytes)
        }
        return HTTPFetchResult(status: status, headers: pairs, finalURL: url, body: Data(buffer.readableBytesView))
    }

    /// Words for a transport failure: the client's errors describe themselves tersely.
    static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout: return "the connection timed out"
            case .readTimeout, .deadlineExceeded: return "the server stopped answering"
            case .remoteConnectionClosed: return "the server closed the connection"
            default: break
            }
        }
        if error.localizedDescription.contains("decompression") || "\(error)".contains("limit") {
            return "the answer is larger than the size limit once decompressed"
        }
        if let error = error as? IOError { return "cannot connect: \(error.description)" }
        return "\(error)"
    }
}
