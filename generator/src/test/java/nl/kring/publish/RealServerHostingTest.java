package nl.kring.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;
import nl.kring.render.SecurityHeaders;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;

/**
 * The sample network served by a real web server with the configuration Kring generates for each region, as a
 * host would set it up: Roermond on its own host name at {@code /}, Westelijke Mijnstreek under
 * {@code /zelfregie-wm/}. Everything internet.nl's security options and a resident's browser need is asserted
 * with HTTP requests. One subclass per server: {@link NginxHostingTest}, {@link ApacheHostingTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealServerHostingTest {

    /** A started server: its two sites' origins (Roermond at /, the host holding /zelfregie-wm/). */
    record Served(AutoCloseable server, String rootOrigin, String subPathOrigin) {
    }

    /** Starts the server with {@code roermond} as the root of one site and {@code hostRoot} as that of the other. */
    abstract Served serve(Path roermond, Path westelijkeMijnstreek, Path hostRoot);

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path OUT = Path.of("target/hosting/sample").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Served served;
    private String root;     // Roermond at /
    private String subPath;  // Westelijke Mijnstreek at /zelfregie-wm/

    @BeforeAll
    void serveTheSample() throws IOException {
        Path hostRoot = buildSample();
        served = serve(OUT.resolve("roermond"), OUT.resolve("westelijke-mijnstreek"), hostRoot);
        root = served.rootOrigin() + "/";
        subPath = served.subPathOrigin() + "/zelfregie-wm/";
    }

    private static Path built;

    /** The sample, built once for all servers; returns the folder that holds {@code zelfregie-wm/}. */
    private static synchronized Path buildSample() throws IOException {
        if (built != null) {
            return built;
        }
        BuildResult result = new SiteBuilder().build(new BuildOptions(REPOSITORY, OUT, List.of("roermond",
                "westelijke-mijnstreek"), new BuildTime.Local(LocalDateTime.of(2026, 11, 23, 12, 0)), true));
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english())))
                .isEmpty();
        for (String region : List.of("roermond", "westelijke-mijnstreek")) {
            Path securityTxt = OUT.resolve(region).resolve(".well-known/security.txt");
            if (!Files.exists(securityTxt)) {
                // Until the build writes security.txt (issue 17, open data part), the test puts one where it goes,
                // to prove the server configuration serves it as text.
                Files.createDirectories(securityTxt.getParent());
                Files.writeString(securityTxt, "Contact: mailto:info@example.org\nExpires: 2027-11-23T12:00:00Z\n"
                        + "Preferred-Languages: nl, en\n");
            }
        }
        // the server's root holds the sub-path's folder, as on a municipality's server
        Path hostRoot = Files.createDirectories(OUT.resolveSibling("host-www"));
        Path link = hostRoot.resolve("zelfregie-wm");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, OUT.resolve("westelijke-mijnstreek"));
        built = hostRoot;
        return built;
    }

    @AfterAll
    void stop() throws Exception {
        if (served != null) {
            served.server().close();
        }
    }

    @Test
    void pagesAssetsCalendarsAndTheNotFoundPageCarryEverySecurityHeader() throws Exception {
        for (String base : List.of(root, subPath)) {
            for (String path : List.of("", "groepen/", "activiteiten.ics", asset(base, "style"), "feed.xml",
                    "robots.txt", ".well-known/security.txt", "bestaat-niet/", "search/index.json")) {
                HttpResponse<byte[]> response = get(base + path);
                assertSecurityHeaders(base + path, response);
                assertThat(response.headers().firstValue("X-Frame-Options")).as(base + path).contains("DENY");
                assertThat(response.headers().firstValue("Content-Security-Policy")).as(base + path)
                        .contains(SecurityHeaders.headerPolicy());
            }
        }
    }

    @Test
    void theOpenDataMayBeReadByScriptsOnOtherSitesAndNothingElse() throws Exception {
        for (String base : List.of(root, subPath)) {
            for (String path : List.of("open-data/groepen.json", "open-data/activiteiten.csv", "open-data/openapi.json",
                    "open-data/")) {
                HttpResponse<byte[]> response = get(base + path);
                assertThat(response.statusCode()).as(base + path).isEqualTo(200);
                assertThat(response.headers().allValues("Access-Control-Allow-Origin")).as(base + path).containsExactly("*");
                assertSecurityHeaders(base + path, response);
                assertThat(response.headers().firstValue("X-Frame-Options")).as(base + path).contains("DENY");
            }
            for (String path : List.of("", "groepen/", "search/index.json", "activiteiten.ics", "insluiten/roermond/")) {
                assertThat(get(base + path).headers().firstValue("Access-Control-Allow-Origin")).as(base + path).isEmpty();
            }
        }
    }

    @Test
    void theContentSecurityPolicyIsStrictAndForbidsFraming() throws Exception {
        String policy = get(root).headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String directive : List.of("default-src 'self'", "base-uri 'none'", "form-action 'self'",
                "frame-ancestors 'none'")) {
            assertThat(policy.split("; ")).contains(directive);
        }
        assertThat(policy).doesNotContain("unsafe-").doesNotContain("*").doesNotContain("data:");
    }

    @Test
    void aMissingPageIsKringsNotFoundPageWithStatus404() throws Exception {
        for (String base : List.of(root, subPath)) {
            HttpResponse<byte[]> response = get(base + "groepen/bestaat-niet/");
            assertThat(response.statusCode()).as(base).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(base).contains("text/html; charset=utf-8");
            assertThat(text(response)).as(base).contains("<title>Pagina niet gevonden");
            assertThat(get(base + "insluiten/gemeente-die-niet-bestaat/").statusCode()).as(base).isEqualTo(404);
        }
    }

    @Test
    void everyKindOfFileHasItsMediaType() throws Exception {
        for (String base : List.of(root, subPath)) {
            assertThat(type(base + "")).isEqualTo("text/html; charset=utf-8");
            assertThat(type(base + "activiteiten.ics")).isEqualTo("text/calendar; charset=utf-8");
            assertThat(type(base + ".well-known/security.txt")).isEqualTo("text/plain; charset=utf-8");
            assertThat(type(base + "robots.txt")).isEqualTo("text/plain; charset=utf-8");
            assertThat(type(base + asset(base, "style"))).isEqualTo("text/css; charset=utf-8");
            assertThat(type(base + asset(base, "search"))).isEqualTo("text/javascript; charset=utf-8");
            assertThat(type(base + asset(base, "favicon"))).isEqualTo("image/svg+xml");
            assertThat(type(base + "search/index.json")).isEqualTo("application/json");
            assertThat(type(base + "feed.xml")).isEqualTo("application/xml; charset=utf-8");
        }
    }

    @Test
    void textIsCompressedForBrowsersThatAskForIt() throws Exception {
        for (String base : List.of(root, subPath)) {
            for (String path : List.of("", "groepen/", "activiteiten.ics", asset(base, "style"), asset(base, "search"),
                    "search/index.json", "sitemap.xml")) {
                HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as(base + path).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Encoding")).as(base + path).contains("gzip");
                assertThat(response.headers().allValues("Vary")).as(base + path).contains("Accept-Encoding");
                assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
                        .readAllBytes().length).as(base + path).isGreaterThan(response.body().length);
            }
        }
    }

    @Test
    void onlyFilesWithAContentHashInTheirNameAreCachedForAYear() throws Exception {
        for (String base : List.of(root, subPath)) {
            List<String> hashed = Stream.of(asset(base, "style"), asset(base, "search"), asset(base, "favicon"),
                    searchShard(base)).toList();
            for (String path : hashed) {
                assertThat(get(base + path).headers().firstValue("Cache-Control")).as(base + path)
                        .contains("public, max-age=31536000, immutable");
            }
            for (String path : List.of("", "groepen/", "activiteiten.ics", "search/index.json", "feed.xml",
                    "insluiten/roermond/", "bestaat-niet/")) {
                assertThat(get(base + path).headers().allValues("Cache-Control")).as(base + path)
                        .containsExactly("no-cache");
            }
        }
    }

    @Test
    void theServerConfigurationsAreNotServed() throws Exception {
        for (String base : List.of(root, subPath)) {
            for (String path : List.of("_headers", ".htaccess", "_hosting/nginx.conf", "_hosting/Caddyfile")) {
                assertThat(get(base + path).statusCode()).as(base + path).isEqualTo(404);
            }
        }
    }

    @Test
    void theSubPathWithoutItsSlashLeadsToTheSite() throws Exception {
        HttpResponse<byte[]> response = get(served.subPathOrigin() + "/zelfregie-wm");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/zelfregie-wm/");
        assertThat(get(subPath + "groepen").statusCode()).isEqualTo(301);
    }

    @Test
    void embedPagesMayBeFramedByTheAllowlistedSitesOnly() throws Exception {
        // Roermond allows https://www.roermond.nl in site-config.yml; Westelijke Mijnstreek allows no site.
        HttpResponse<byte[]> embed = get(root + "insluiten/roermond/");
        assertThat(embed.statusCode()).isEqualTo(200);
        assertSecurityHeaders("roermond embed", embed);
        assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow())
                .isEqualTo(SecurityHeaders.metaPolicy() + "; frame-ancestors https://www.roermond.nl");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(get(root + "insluiten/onderwerp/rouw/").headers().firstValue("Content-Security-Policy")
                .orElseThrow()).endsWith("frame-ancestors https://www.roermond.nl");

        HttpResponse<byte[]> closed = get(subPath + "insluiten/sittard-geleen/");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.headerPolicy());
        assertThat(closed.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    private static void assertSecurityHeaders(String what, HttpResponse<byte[]> response) {
        var headers = response.headers();
        assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).as(what).contains("camera=(), microphone=(), geolocation=()");
        String hsts = headers.firstValue("Strict-Transport-Security").orElse("");
        var maxAge = Pattern.compile("max-age=(\\d+)").matcher(hsts);
        assertThat(maxAge.find()).as(what + ": " + hsts).isTrue();
        assertThat(Long.parseLong(maxAge.group(1))).as(what).isGreaterThanOrEqualTo(31_536_000L);
    }

    /** The site path (without the leading slash) of a theme asset, e.g. {@code assets/style.1a2b3c4d5e.css}. */
    private String asset(String base, String stem) throws IOException {
        Path assets = OUT.resolve(base.equals(root) ? "roermond" : "westelijke-mijnstreek").resolve("assets");
        try (Stream<Path> files = Files.list(assets)) {
            return "assets/" + files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(Pattern.quote(stem) + "\\.[0-9a-f]{10}\\.[a-z0-9]+")).findFirst().orElseThrow();
        }
    }

    private String searchShard(String base) throws IOException {
        Path search = OUT.resolve(base.equals(root) ? "roermond" : "westelijke-mijnstreek").resolve("search");
        try (Stream<Path> files = Files.list(search)) {
            return "search/" + files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(".+\\.[0-9a-f]{10}\\.[a-z0-9]+")).findFirst().orElseThrow();
        }
    }

    private static String type(String url) throws Exception {
        HttpResponse<byte[]> response = get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
