package nl.kring.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import nl.kring.render.OutputFile;

/**
 * Answers every request of the preview: the region list at {@code /}, each region's site at
 * {@code /<region-id>/} from the last good build (in memory, so nothing outside the output can be
 * reached), and the preview's own files under {@code /_kring/}. Only GET and HEAD; no directory
 * listings: a folder's address serves its index.html or "not found".
 */
final class PreviewHandler extends Handler.Abstract {

    private final PreviewState state;
    private final ReloadChannel channel;
    private final PreviewPages pages;
    private final boolean localOnly;
    private final byte[] script = resource("reload.js");
    private final byte[] style = resource("preview.css");

    /** @param localOnly listening on this computer only: requests must name it as their host */
    PreviewHandler(PreviewState state, ReloadChannel channel, PreviewPages pages, boolean localOnly) {
        this.state = state;
        this.channel = channel;
        this.pages = pages;
        this.localOnly = localOnly;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            response.getHeaders().put(HttpHeader.CONNECTION, "close");  // the request body is left unread
            text(request, response, callback, 405, pages.message("preview.http.methodNotAllowed"));
            return true;
        }
        if (localOnly && !isLocalName(request.getHttpURI().getHost())) {
            // a web page may point its own host name at 127.0.0.1 (DNS rebinding) to read the preview
            text(request, response, callback, 403, pages.message("preview.http.forbidden"));
            return true;
        }
        Optional<RequestPath> parsed = RequestPath.parse(request.getHttpURI().getPath());
        if (parsed.isEmpty()) {
            text(request, response, callback, 400, pages.message("preview.http.badRequest"));
            return true;
        }
        RequestPath path = parsed.get();
        String first = path.first().orElse("");
        if (first.equals("_kring")) {
            previewFile(request, response, callback, path);
            return true;
        }
        SiteSnapshot site = state.site();
        if (site == null) {
            byte[] page = state.isBroken() ? pages.problems(state.problems()) : pages.building();
            send(request, response, callback, 503, "text/html;charset=utf-8", page);
            return true;
        }
        if (path.segments().isEmpty()) {
            send(request, response, callback, 200, "text/html;charset=utf-8", pages.landing(site.regions(), site.build()));
        } else if (!site.hasRegion(first)) {
            text(request, response, callback, 404, pages.message("preview.http.noRegion"));
        } else {
            regionFile(request, response, callback, site, path);
        }
        return true;
    }

    private static boolean isLocalName(String host) {
        return host != null && (host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost")
                || host.equals("[::1]") || host.equals("::1"));
    }

    private void regionFile(Request request, Response response, Callback callback, SiteSnapshot site, RequestPath path) {
        String region = path.first().orElseThrow();
        String rest = path.rest();
        String wanted = path.directory() ? (rest.isEmpty() ? "index.html" : rest + "/index.html") : rest;
        boolean isFolder = rest.isEmpty() || site.file(region, rest).isEmpty() && site.file(region, rest + "/index.html").isPresent();
        if (!path.directory() && isFolder) {
            redirect(request, response, callback, request.getHttpURI().getPath() + "/");  // as static hosts do
            return;
        }
        Optional<OutputFile> file = site.file(region, wanted);
        if (file.isPresent()) {
            byte[] bytes = file.get().bytes();
            if (file.get().isHtml()) {
                bytes = PreviewPages.withHook(bytes, region + "/" + wanted, site.build());
            }
            send(request, response, callback, 200, ContentTypes.of(wanted), bytes);
            return;
        }
        Optional<OutputFile> notFound = site.file(region, "404.html");
        if (notFound.isPresent()) {
            send(request, response, callback, 404, "text/html;charset=utf-8",
                    PreviewPages.withHook(notFound.get().bytes(), "", site.build()));
        } else {
            text(request, response, callback, 404, pages.message("preview.http.notFound"));
        }
    }

    private void previewFile(Request request, Response response, Callback callback, RequestPath path) {
        String name = path.rest();
        switch (name) {
            case "events" -> channel.open(request, response, callback);
            case "reload.js" -> send(request, response, callback, 200, ContentTypes.of(name), script);
            case "preview.css" -> send(request, response, callback, 200, ContentTypes.of(name), style);
            default -> text(request, response, callback, 404, pages.message("preview.http.notFound"));
        }
    }

    private void redirect(Request request, Response response, Callback callback, String location) {
        response.getHeaders().put(HttpHeader.LOCATION, location);
        text(request, response, callback, 302, pages.message("preview.http.redirect", location));
    }

    private static void text(Request request, Response response, Callback callback, int status, String message) {
        send(request, response, callback, status, "text/plain;charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Request request, Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");  // a preview is always fresh
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        if (head) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        }
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource in the kring jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
