package nl.kring.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What may stand in a region's {@code embedding} allowlist: an origin that browsers treat as secure — an
 * {@code https://} host with an optional port and nothing after it. A loopback {@code http://} origin
 * ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) is accepted too, because browsers count it as
 * secure and a municipality tries its page there before it goes live.
 */
final class EmbedOrigins {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private EmbedOrigins() {
    }

    /** The origin as a Content-Security-Policy source ({@code https://www.roermond.nl}), or empty when it is none. */
    static Optional<String> origin(String entry) {
        if (entry.isEmpty() || entry.contains("*")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(entry);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        boolean secure = scheme.equals("https") || (scheme.equals("http") && host != null && LOOPBACK.contains(host));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!secure || host == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || !(path.isEmpty() || path.equals("/"))) {
            return Optional.empty();
        }
        return Optional.of(scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }
}
