package nl.kring.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.config.Brand;
import nl.kring.config.Hosting;
import nl.kring.config.RegionConfig;
import nl.kring.render.HostingFiles;
import nl.kring.render.OutputFile;
import nl.kring.render.SecurityHeaders;
import nl.kring.testing.KringCli;
import nl.kring.testing.TestSite;

/**
 * The hosting settings in site-config.yml and the server configurations Kring writes from them. nginx and Apache
 * are proven on the real servers ({@link NginxHostingTest}, {@link ApacheHostingTest}); Caddy, Netlify and
 * Cloudflare do not run in the tests, so their files are checked here as text (the Apache file too, for the
 * lines a sub-path and an allowlist give): the same headers, paths and rules as the nginx include.
 */
class HostingFilesTest {

    private static final Hosting EMBEDDABLE = new Hosting(63_072_000L, true, List.of("https://www.roermond.nl",
            "https://sociale-kaart.example.org:8443"));

    @Test
    void embeddingEntriesThatAreNotHttpsOriginsAreReportedByKringCheckAtTheirPlace(@TempDir Path dir) {
        TestSite site = new TestSite(dir);
        site.write("site-config.yml", site.read("site-config.yml").replaceFirst("    municipalities: \\[roermond]\n", """
                    municipalities: [roermond]
                    hsts:
                      maxAge: 86400
                    embedding:
                      - https://www.roermond.nl/
                      - http://www.roermond.nl
                      - https://www.roermond.nl/groepen
                      - https://*.roermond.nl
                      - www.venlo.nl
                      - https://www.roermond.nl
                      - http://localhost:8080
                """));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KringCli.run(Map.of("KRING_LANG", "en"), out, err, "check", "--root", dir.toString());
        assertThat(exit).isEqualTo(1);
        List<String> problems = (out + "\n" + err).lines().filter(l -> l.startsWith("site-config.yml:")).toList();
        assertThat(problems).containsExactly(
                "site-config.yml:11:15: error: 'maxAge' must be at least 31536000",
                "site-config.yml:14:9: error: 'http://www.roermond.nl' is not the https origin of a website such as "
                        + "https://www.municipality.nl: give only https:// and the site's name, with no path after it",
                "site-config.yml:15:9: error: 'https://www.roermond.nl/groepen' is not the https origin of a website "
                        + "such as https://www.municipality.nl: give only https:// and the site's name, with no path after it",
                "site-config.yml:16:9: error: 'https://*.roermond.nl' is not the https origin of a website such as "
                        + "https://www.municipality.nl: give only https:// and the site's name, with no path after it",
                "site-config.yml:17:9: error: 'www.venlo.nl' is not the https origin of a website such as "
                        + "https://www.municipality.nl: give only https:// and the site's name, with no path after it",
                "site-config.yml:18:9: error: 'https://www.roermond.nl' is already in 'embedding'");
    }

    @Test
    void theAllowlistReachesEveryServerConfigurationAndOnlyTheEmbedPages() {
        SecurityHeaders policy = new SecurityHeaders(EMBEDDABLE);
        String framedBy = "frame-ancestors https://www.roermond.nl https://sociale-kaart.example.org:8443";
        assertThat(policy.embedPolicy()).isEqualTo(SecurityHeaders.metaPolicy() + "; " + framedBy);
        assertThat(policy.pageHeaders()).contains(new SecurityHeaders.Header("X-Frame-Options", "DENY"),
                new SecurityHeaders.Header("Strict-Transport-Security", "max-age=63072000; includeSubDomains"));
        assertThat(policy.embedHeaders()).extracting(SecurityHeaders.Header::name).doesNotContain("X-Frame-Options");
        for (String file : files(region("/", EMBEDDABLE)).values()) {
            assertThat(file).contains(framedBy).contains(SecurityHeaders.headerPolicy());
        }
        for (String file : files(region("/", Hosting.DEFAULT)).values()) {
            assertThat(file).doesNotContain("frame-ancestors https").contains(SecurityHeaders.headerPolicy())
                    .contains("max-age=31536000");
        }
    }

    @Test
    void theApacheFileSendsThePolicyAndServesTheSiteAtItsSubPath() {
        String apache = files(region("/zelfregie-wm/", EMBEDDABLE)).get(HostingFiles.APACHE);
        List<String> lines = apache.lines().toList();
        assertThat(lines).contains(
                "ErrorDocument 404 /zelfregie-wm/404.html",
                "DirectoryIndex index.html",
                "RedirectMatch 404 ^/zelfregie-wm/(_headers|\\.htaccess|_hosting/.*)$",
                "AddType text/calendar .ics",
                "AddType application/manifest+json .webmanifest",
                "AddType application/json .json",
                "AddType text/plain .txt",
                "Header always set X-Content-Type-Options \"nosniff\"",
                "Header always set Referrer-Policy \"no-referrer\"",
                "Header always set Permissions-Policy \"camera=(), microphone=(), geolocation=()\"",
                "Header always set Strict-Transport-Security \"max-age=63072000; includeSubDomains\"",
                "<If \"%{REQUEST_URI} =~ m#^/zelfregie-wm/insluiten/#\">",
                "    Header always unset X-Frame-Options",
                "    Header always set X-Frame-Options \"DENY\"",
                "    Header always set Content-Security-Policy \"" + SecurityHeaders.headerPolicy() + "\"",
                "<If \"%{REQUEST_URI} =~ m#^/zelfregie-wm/(assets|media|search)/.+\\.[0-9a-f]{10}\\.[a-z0-9]+$#\">",
                "    Header always set Cache-Control \"public, max-age=31536000, immutable\"",
                "    Header always set Cache-Control \"no-cache\"");
        assertThat(lines).anyMatch(l -> l.startsWith("AddOutputFilterByType DEFLATE text/html text/css text/javascript")
                && l.contains("text/calendar") && l.contains("application/json"));
        assertThat(lines).anyMatch(l -> l.startsWith("AddCharset utf-8 ") && l.contains(".ics") && l.contains(".txt"));
        assertThat(apache).doesNotContain("<IfModule");
        assertBalanced(apache, "<If ", "</If>");
        assertBalanced(apache, "<Else>", "</Else>");
    }

    @Test
    void theCaddySnippetSendsThePolicyWithMatchersThatExcludeEachOther() {
        String caddy = files(region("/zelfregie-wm/", EMBEDDABLE)).get(HostingFiles.CADDY);
        List<String> lines = caddy.lines().map(String::strip).toList();
        assertThat(lines).contains(
                "redir /zelfregie-wm /zelfregie-wm/ 301",
                "route /zelfregie-wm/* {",
                "@hidden path /zelfregie-wm/_headers /zelfregie-wm/.htaccess /zelfregie-wm/_hosting/*",
                "error @hidden 404",
                "@page not path /zelfregie-wm/insluiten/*",
                "@embed path /zelfregie-wm/insluiten/*",
                "Content-Security-Policy \"" + SecurityHeaders.headerPolicy() + "\"",
                "X-Frame-Options \"DENY\"",
                "-X-Frame-Options",
                "Strict-Transport-Security \"max-age=63072000; includeSubDomains\"",
                "@hashed path_regexp ^/zelfregie-wm/(assets|media|search)/.+\\.[0-9a-f]{10}\\.[a-z0-9]+$",
                "@unhashed not path_regexp ^/zelfregie-wm/(assets|media|search)/.+\\.[0-9a-f]{10}\\.[a-z0-9]+$",
                "header @hashed Cache-Control \"public, max-age=31536000, immutable\"",
                "header @unhashed Cache-Control \"no-cache\"",
                "header @ics Content-Type \"text/calendar; charset=utf-8\"",
                "encode gzip",
                "file_server",
                "rewrite * /zelfregie-wm/404.html");
        assertBalanced(caddy, "{", "}");
    }

    @Test
    void theHeadersFileHasOneRuleForAllPathsOneForTheEmbedPagesAndOneForTheOpenData() {
        String headers = files(region("/zelfregie-wm/", EMBEDDABLE)).get(SecurityHeaders.HEADERS_FILE);
        List<String> rules = headers.lines().filter(l -> l.startsWith("/")).toList();
        assertThat(rules).containsExactly("/*", "/insluiten/*", "/open-data/*", "/assets/*", "/media/*");
        assertThat(headers).contains("/open-data/*\n  Access-Control-Allow-Origin: *\n/assets/*");
        assertThat(headers).contains("/*\n  Content-Security-Policy: " + SecurityHeaders.headerPolicy()
                + "\n  X-Frame-Options: DENY\n");
        assertThat(headers).contains("/insluiten/*\n  Content-Security-Policy: "
                + new SecurityHeaders(EMBEDDABLE).embedPolicy() + "\n/open-data/*");
        assertThat(files(region("/", Hosting.DEFAULT)).get(SecurityHeaders.HEADERS_FILE)).doesNotContain("/insluiten/*");
    }

    private static RegionConfig region(String basePath, Hosting hosting) {
        return new RegionConfig("noord", "Zelfregie Noord", URI.create("https://www.example.org" + basePath),
                List.of("roermond"), "default", Brand.NONE, null, null, hosting, null);
    }

    private static Map<String, String> files(RegionConfig region) {
        return new HostingFiles(region).files().stream().collect(Collectors.toMap(OutputFile::path,
                f -> new String(f.bytes(), StandardCharsets.UTF_8)));
    }

    private static void assertBalanced(String text, String open, String close) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith(open, i)) {
                depth++;
            } else if (text.startsWith(close, i)) {
                depth--;
                assertThat(depth).as("closed before opened at " + i).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(depth).as(open + " … " + close).isZero();
    }
}
