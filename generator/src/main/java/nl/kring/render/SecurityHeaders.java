package nl.kring.render;

import java.util.ArrayList;
import java.util.List;

import nl.kring.config.Hosting;

/**
 * The one place that says which Content-Security-Policy and security headers a Kring site carries.
 * Pages get the policy in a {@code <meta>} element, so it holds on any static host; the web server
 * configurations Kring writes for each region ({@link HostingFiles}: nginx, Apache, Caddy and
 * {@code _headers}) send it as a response header together with the other headers below, all from
 * this one policy. See docs/security.md.
 */
public final class SecurityHeaders {

    /** Name of the Netlify/Cloudflare-style headers file at the root of each region's output. */
    public static final String HEADERS_FILE = "_headers";

    /** One response header. */
    public record Header(String name, String value) {
        @Override
        public String toString() {
            return name + ": " + value;
        }
    }

    /**
     * Everything from the site itself and nothing inline: no external fonts, scripts, images or
     * frames, so a visitor is never seen by another party, and injected markup cannot run code.
     */
    private static final List<String> POLICY = List.of(
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'");

    /** Only honoured as a response header: browsers ignore (and warn about) it in a meta element. */
    private static final String NO_FRAMING = "frame-ancestors 'none'";

    private final Hosting hosting;

    public SecurityHeaders(Hosting hosting) {
        this.hosting = hosting;
    }

    /** The policy for the {@code <meta http-equiv="Content-Security-Policy">} element of every page. */
    public static String metaPolicy() {
        return String.join("; ", POLICY);
    }

    /** The same policy as a response header, plus what only a header can say: no site may frame the page. */
    public static String headerPolicy() {
        return metaPolicy() + "; " + NO_FRAMING;
    }

    /**
     * The policy of the {@code /insluiten/} pages: only the region's allowlisted sites may show them in a
     * frame (none when the list is empty).
     */
    public String embedPolicy() {
        return hosting.embedOrigins().isEmpty() ? headerPolicy()
                : metaPolicy() + "; frame-ancestors " + String.join(" ", hosting.embedOrigins());
    }

    /** Whether some site may frame the embed pages. */
    public boolean embeddable() {
        return !hosting.embedOrigins().isEmpty();
    }

    /** The response headers of every file except the embed pages. */
    public List<Header> pageHeaders() {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Content-Security-Policy", headerPolicy()));
        headers.add(new Header("X-Frame-Options", "DENY"));
        headers.addAll(common());
        return List.copyOf(headers);
    }

    /**
     * The response headers of the {@code /insluiten/} pages. With an allowlist they carry no
     * {@code X-Frame-Options}: it can only say DENY or SAMEORIGIN (its ALLOW-FROM is obsolete and ignored),
     * browsers that know {@code frame-ancestors} ignore it anyway, and the older ones that do not would
     * refuse the allowed sites too.
     */
    public List<Header> embedHeaders() {
        if (!embeddable()) {
            return pageHeaders();
        }
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("Content-Security-Policy", embedPolicy()));
        headers.addAll(common());
        return List.copyOf(headers);
    }

    /**
     * What the files under {@code /open-data/} add: any site may read them from a script in its visitors'
     * browsers (a municipality's own site listing the groups, a map). They are public data under an open
     * licence, sent without cookies or credentials, so allowing every origin shares nothing else; pages
     * keep the browser's same-origin rule.
     */
    public static final Header OPEN_DATA_READABLE_EVERYWHERE = new Header("Access-Control-Allow-Origin", "*");

    /** The folder of the open data, under a region's base path. */
    public static final String OPEN_DATA_FOLDER = "open-data/";

    /** The headers that are the same on every response. */
    public List<Header> common() {
        return List.of(
                new Header("X-Content-Type-Options", "nosniff"),
                new Header("Referrer-Policy", "no-referrer"),
                new Header("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
                new Header("Strict-Transport-Security", strictTransportSecurity()));
    }

    private String strictTransportSecurity() {
        return "max-age=" + hosting.hstsMaxAge() + (hosting.hstsIncludeSubDomains() ? "; includeSubDomains" : "");
    }
}
