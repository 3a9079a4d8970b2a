package nl.kring.serve.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import nl.kring.message.Texts;

/**
 * The web editor in {@code kring serve}: Decap CMS at {@code /admin/} (its page, its vendored script, a
 * config.yml) and its local backend at {@code /admin/api/v1} ({@link LocalBackend}). Declines every other
 * path, so the preview answers those.
 *
 * <p>Only for a preview on this computer: the Host must be 127.0.0.1, localhost or [::1] with this
 * server's port (a page on another site may point its own name at 127.0.0.1: DNS rebinding), and every
 * API call must come from this same origin (Origin header), as JSON. The editor's page has its own
 * Content-Security-Policy: Decap needs {@code 'unsafe-eval'}, which the preview's site pages never get.
 */
public final class AdminHandler extends Handler.Abstract {

    public static final String PATH = "/admin/";
    static final String API = "/admin/api/v1";
    /** Large enough for a photo of a few megabytes (sent base64-encoded inside JSON). */
    private static final int MAX_BODY = 24 * 1024 * 1024;
    /** Kring's Decap widgets (yes/no/unknown, lists), made by kring cms's package when the jar has it. */
    private static final String KRING_WIDGETS = "/nl/kring/cms/kring-cms.js";
    private static final Pattern ASSET = Pattern.compile("/admin/decap/[A-Za-z0-9][A-Za-z0-9._-]*");
    /**
     * 'unsafe-eval': Decap compiles code at run time (and its WebAssembly); 'unsafe-inline' styles: its
     * components set styles at run time; blob:/data: images: previews of uploads; blob: in connect-src: Decap
     * reads an uploaded image back from its blob: URL when it saves the entry. No other origin anywhere.
     */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' blob: data:; font-src 'self' data:; connect-src 'self' blob:; media-src 'self' blob:; "
            + "frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final Path root;
    private final CmsConfigSource config;
    private final LocalBackend backend;
    private final Texts texts;
    private final PrintWriter log;
    private final boolean enabled;

    /**
     * @param enabled false when the preview listens beyond this computer: the editor then refuses to work,
     *                as an unauthenticated write access must never be reachable from the network
     */
    public AdminHandler(Path root, CmsConfigSource config, Texts texts, PrintWriter log, boolean enabled) {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        this.backend = new LocalBackend(this.root, texts, log);
        this.texts = texts;
        this.log = log;
        this.enabled = enabled;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        if (path == null || !(path.equals("/admin") || path.startsWith(PATH))) {
            return false;
        }
        if (!enabled) {
            refuse(request, response, callback, texts.text("editor.http.notLocal"),
                    texts.text("editor.log.publicPreview"));
            return true;
        }
        if (!isOwnHost(request)) {
            refuse(request, response, callback, texts.text("preview.http.forbidden"),
                    "foreign Host " + request.getHeaders().get(HttpHeader.HOST));
            return true;
        }
        if (path.equals(API)) {
            api(request, response, callback);
            return true;
        }
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            send(request, response, callback, 405, "text/plain;charset=utf-8",
                    bytes(texts.text("preview.http.methodNotAllowed") + "\n"));
            return true;
        }
        if (path.equals("/admin")) {
            response.getHeaders().put(HttpHeader.LOCATION, PATH);
            send(request, response, callback, 302, "text/plain;charset=utf-8", bytes(PATH + "\n"));
        } else if (path.equals(PATH) || path.equals(PATH + "index.html")) {
            send(request, response, callback, 200, "text/html;charset=utf-8", page());
        } else if (path.equals(PATH + "kring-cms.js") && optionalResource(KRING_WIDGETS) != null) {
            send(request, response, callback, 200, "text/javascript;charset=utf-8", optionalResource(KRING_WIDGETS));
        } else if (path.equals(PATH + "config.yml")) {
            send(request, response, callback, 200, "text/yaml;charset=utf-8", bytes(servedConfig(request)));
        } else if (ASSET.matcher(path).matches() && !path.contains("..")) {
            byte[] asset = optionalResource("decap/" + path.substring("/admin/decap/".length()));
            if (asset == null) {
                send(request, response, callback, 404, "text/plain;charset=utf-8", bytes(texts.text("preview.http.notFound") + "\n"));
            } else {
                response.getHeaders().put(HttpHeader.CACHE_CONTROL, "max-age=3600");
                send(request, response, callback, 200, contentType(path), asset);
            }
        } else {
            send(request, response, callback, 404, "text/plain;charset=utf-8", bytes(texts.text("preview.http.notFound") + "\n"));
        }
        return true;
    }

    /** The configuration, pointing the editor at this preview by the name the browser used for it. */
    String servedConfig(Request request) {
        String origin = "http://" + request.getHeaders().get(HttpHeader.HOST);  // checked: this computer, this port
        return config.configYaml(root, URI.create(origin + API), URI.create(origin + "/"));
    }

    /** The editor's page: Decap, then Kring's own widgets when this jar has them (nl/kring/cms/kring-cms.js). */
    private static byte[] page() {
        String html = new String(resource("index.html"), StandardCharsets.UTF_8);
        String widgets = optionalResource(KRING_WIDGETS) == null ? "" : "\n  <script src=\"/admin/kring-cms.js\"></script>";
        return html.replace("<!-- kring widgets -->", widgets).getBytes(StandardCharsets.UTF_8);
    }

    private void api(Request request, Response response, Callback callback) {
        if (!HttpMethod.POST.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            json(request, response, callback, LocalBackend.Reply.error(405, texts.text("editor.api.badRequest")));
            return;
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        String expected = "http://" + request.getHeaders().get(HttpHeader.HOST);
        if (origin == null || !origin.equalsIgnoreCase(expected)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            refuse(request, response, callback, texts.text("editor.api.forbidden"), "foreign Origin " + origin);
            return;
        }
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            refuse(request, response, callback, texts.text("editor.api.forbidden"), "not JSON: " + type);
            return;
        }
        long length = request.getLength();
        if (length > MAX_BODY) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            json(request, response, callback, LocalBackend.Reply.error(413, texts.text("editor.api.tooLarge")));
            return;
        }
        Content.Source.asString(request, StandardCharsets.UTF_8, new org.eclipse.jetty.util.Promise<>() {
            @Override
            public void succeeded(String body) {
                LocalBackend.Reply reply = body.length() > MAX_BODY
                        ? LocalBackend.Reply.error(413, texts.text("editor.api.tooLarge"))
                        : backend.handle(body);
                json(request, response, callback, reply);
            }

            @Override
            public void failed(Throwable x) {
                callback.failed(x);
            }
        });
    }

    /** The Host names this computer with this server's own port (not merely any local name). */
    private static boolean isOwnHost(Request request) {
        String host = request.getHttpURI().getHost();
        int port = request.getHttpURI().getPort();
        SocketAddress local = request.getConnectionMetaData().getLocalSocketAddress();
        boolean ownPort = local instanceof InetSocketAddress address && address.getPort() == port;
        return ownPort && host != null && (host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost")
                || host.equals("[::1]") || host.equals("::1"));
    }

    private void refuse(Request request, Response response, Callback callback, String message, String logLine) {
        log.println(texts.text("editor.log.refused", 403, logLine + " (" + request.getMethod() + " "
                + request.getHttpURI().getPath() + ")"));
        log.flush();
        if (request.getHttpURI().getPath().equals(API)) {
            json(request, response, callback, LocalBackend.Reply.error(403, message));
        } else {
            send(request, response, callback, 403, "text/plain;charset=utf-8", bytes(message + "\n"));
        }
    }

    private static void json(Request request, Response response, Callback callback, LocalBackend.Reply reply) {
        send(request, response, callback, reply.status(), "application/json;charset=utf-8", bytes(reply.body()));
    }

    private static void send(Request request, Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        if (!response.getHeaders().contains(HttpHeader.CACHE_CONTROL)) {
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        }
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Content-Security-Policy", CSP);
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put("Cross-Origin-Resource-Policy", "same-origin");
        response.getHeaders().put("X-Robots-Tag", "noindex");
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        if (head) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        }
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    private static String contentType(String path) {
        if (path.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        } else if (path.endsWith(".wasm")) {
            return "application/wasm";
        } else if (path.endsWith(".css")) {
            return "text/css;charset=utf-8";
        }
        return "text/plain;charset=utf-8";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        byte[] bytes = optionalResource(name);
        if (bytes == null) {
            throw new IllegalStateException("missing resource in the kring jar: " + name);
        }
        return bytes;
    }

    /** The editor's files, read from the jar once: Decap's main script alone is 5 MB. */
    private static final java.util.Map<String, java.util.Optional<byte[]>> RESOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] optionalResource(String name) {
        return RESOURCES.computeIfAbsent(name, n -> java.util.Optional.ofNullable(readResource(n))).orElse(null);
    }

    private static byte[] readResource(String name) {
        try (InputStream in = AdminHandler.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
