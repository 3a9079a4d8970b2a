package nl.kring.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site folder over real http:// on the loopback interface, the way a static host
 * would: {@code /dir/} gives {@code dir/index.html}, a missing file gives {@code 404.html} with
 * status 404, and the headers of the site's {@code _headers} file are sent as Netlify sends them: every rule
 * whose path matches (the site path, without the base path), a later rule's value replacing an earlier one's.
 */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("woff2", "font/woff2"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final Path root;
    private final String basePath;
    private final List<Rule> headers;

    /** One rule of a {@code _headers} file: a path, or a path prefix ending in {@code *}, and its headers. */
    private record Rule(String path, List<String[]> headers) {
        boolean matches(String sitePath) {
            return path.endsWith("*") ? sitePath.startsWith(path.substring(0, path.length() - 1)) : sitePath.equals(path);
        }
    }

    /** Serves {@code root} under {@code basePath} (e.g. {@code /} or {@code /zelfregie-wm/}). */
    StaticServer(Path root, String basePath) {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.headers = readHeadersFile(this.root.resolve("_headers"));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's root URL, e.g. {@code http://127.0.0.1:40123/zelfregie-wm/}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    /** The URL of a site path such as {@code /groepen/}. */
    String url(String sitePath) {
        return url() + sitePath.substring(1);
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = null;
            if (path.startsWith(basePath) && !path.contains("..")) {
                file = root.resolve(path.substring(basePath.length()));
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
            }
            int status = 200;
            if (file == null || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "not found".getBytes();
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            String sitePath = path.startsWith(basePath) ? path.substring(basePath.length() - 1) : path;
            headers.stream().filter(rule -> rule.matches(sitePath))
                    .forEach(rule -> rule.headers().forEach(h -> exchange.getResponseHeaders().set(h[0], h[1])));
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    /** The rules of a Netlify-style {@code _headers} file, in their order. */
    private static List<Rule> readHeadersFile(Path file) {
        List<Rule> result = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return result;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0))) {
                    result.add(new Rule(line.strip(), new ArrayList<>()));
                } else if (!result.isEmpty() && line.contains(":")) {
                    int colon = line.indexOf(':');
                    result.get(result.size() - 1).headers()
                            .add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
