import FlyingFox
import Foundation

/// Answers every request: the reload event stream, files of the built site
/// (pages with the reload script and any error overlay added), a 404 page,
/// and a 403 for targets that try to leave the site folder.
struct PreviewHandler: HTTPHandler {
    let site: SiteFolder
    let state: PreviewState
    let hub: ReloadHub

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let check = await state.hostCheck, !check.allows(request.headers[.host]) {
            let body = "This preview answers only to localhost, IP addresses and the --host name (DNS rebinding guard).\n"
            return HTTPResponse(statusCode: HTTPStatusCode(421, phrase: "Misdirected Request"),
                                headers: [.contentType: "text/plain; charset=utf-8"], body: Data(body.utf8))
        }
        guard request.method == .GET || request.method == .HEAD else {
            let headers: HTTPHeaders = [HTTPHeader("Allow"): "GET, HEAD"]
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
        }
        let target = request.target.path()
        if target == ReloadScript.eventsPath {
            return await eventStream()
        }
        let head = request.method == .HEAD
        switch await resolve(target) {
        case .file(let path):
            return await file(at: path, target: target, head: head)
        case .notFound:
            let building = await state.generation == 0
            return await page(StatusPages.notFound(path: target.removingPercentEncoding ?? target, building: building),
                              status: .notFound, head: head)
        case .forbidden:
            return await page(StatusPages.forbidden(), status: .forbidden, head: head)
        }
    }

    /// Resolves a target; a miss while a build is moving its output into
    /// place is retried briefly, so a reload racing the swap still finds
    /// the page.
    private func resolve(_ target: String) async -> SiteFolder.Resolution {
        var resolution = site.resolve(target: target)
        var tries = 0
        while resolution == .notFound, tries < 20, await state.isBuilding {
            try? await Task.sleep(for: .milliseconds(50))  // cancelled: the server is stopping; answer at once
            resolution = site.resolve(target: target)
            tries += 1
        }
        return resolution
    }

    private func eventStream() async -> HTTPResponse {
        let events = await hub.subscribe(generation: await state.generation)
        let headers: HTTPHeaders = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return HTTPResponse(
            statusCode: .ok,
            headers: headers,
            body: HTTPBodySequence(from: EventStreamBody(events: events))
        )
    }

    private func file(at path: String, target: String, head: Bool) async -> HTTPResponse {
        let type = ContentType.forPath(path)
        if ContentType.isHTML(type), let data = FileManager.default.contents(atPath: path) {
            return await page(String(decoding: data, as: UTF8.self), status: .ok, head: head)
        }
        // Anything else (saved weights can be large) is streamed from disk. A file that vanished
        // or cannot be opened between the lookup and here is answered as a 404 page.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard !ContentType.isHTML(type), let size,
              let body = try? HTTPBodySequence(file: URL(fileURLWithPath: path)) else {
            return await page(StatusPages.notFound(path: target.removingPercentEncoding ?? target, building: false),
                              status: .notFound, head: head)
        }
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        if head {
            headers[.contentLength] = String(size)
            return HTTPResponse(statusCode: .ok, headers: headers, body: Data())
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: body)
    }

    /// An HTML response with the serve-time additions: the overlay of a
    /// failed build, then the reload script.
    private func page(_ html: String, status: HTTPStatusCode, head: Bool) async -> HTTPResponse {
        var snippet = ""
        if let overlay = await state.overlay { snippet += overlay }
        snippet += ReloadScript.element(generation: await state.generation)
        let body = Data(HTMLInjection.insert(snippet, into: html).utf8)
        return response(status: status, type: "text/html; charset=utf-8", body: body, head: head)
    }

    private func response(status: HTTPStatusCode, type: String, body: Data, head: Bool) -> HTTPResponse {
        // Pages change on every rebuild: never let the browser reuse one.
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        if head {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers, body: Data())
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }
}
