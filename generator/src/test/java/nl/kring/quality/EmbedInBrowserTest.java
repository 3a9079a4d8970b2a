package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.render.HostingFiles;
import nl.kring.testing.LocalServerProcess;
import nl.kring.testing.Nginx;
import nl.kring.testing.TestSite;

/**
 * A municipality's own website embeds a region's /insluiten/ page in an iframe: the page is served by a real nginx
 * with the configuration Kring generates, the municipality's site on the region's allowlist sees it, another site
 * (a different origin, not on the list) is refused by the browser.
 */
class EmbedInBrowserTest extends InBrowser {

    private static HttpServer allowed;
    private static HttpServer other;
    private static LocalServerProcess nginx;
    private static volatile String embedUrl = "";

    @BeforeAll
    static void serve(@TempDir Path dir) throws IOException {
        allowed = municipalitySite();
        other = municipalitySite();
        TestSite fixture = new TestSite(dir.resolve("site"));
        String config = fixture.read("site-config.yml");
        fixture.write("site-config.yml", config.replaceFirst("    municipalities: \\[roermond]\n",
                "    municipalities: [roermond]\n    embedding:\n      - http://127.0.0.1:"
                        + allowed.getAddress().getPort() + "\n"));
        Path out = dir.resolve("out");
        assertThat(fixture.build(out).diagnostics().stream().filter(Diagnostic::isError).toList()).isEmpty();
        nginx = Nginx.start(List.of(new Nginx.Site(out.resolve("noord"), out.resolve("noord").resolve(HostingFiles.NGINX))));
        embedUrl = nginx.origin(0) + "/insluiten/roermond/";
    }

    /** A page of "another website" on its own origin, with the snippet docs/publishing.md gives municipalities. */
    private static HttpServer municipalitySite() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Gemeente</title></head>"
                    + "<body><h1>Gemeente</h1><iframe src=\"" + embedUrl + "\" title=\"Lotgenotengroepen in Roermond\""
                    + " width=\"600\" height=\"400\" loading=\"lazy\"></iframe></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        browser.driver().switchTo().defaultContent();
        if (nginx != null) {
            nginx.close();
        }
        for (HttpServer server : new HttpServer[] {allowed, other}) {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    @Test
    void aSiteOnTheAllowlistShowsTheGroupsAndTheirLinksOpenInTheTopWindow() {
        Visit visit = browser.open("http://127.0.0.1:" + allowed.getAddress().getPort() + "/");
        WebElement frame = browser.driver().findElement(By.tagName("iframe"));
        browser.driver().switchTo().frame(frame);
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> !d.findElements(By.cssSelector(".embed-list")).isEmpty());
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Lotgenotengroepen in Roermond");
            WebElement link = browser.driver().findElement(By.linkText("Rouwgroep Roermond"));
            assertThat(link.getAttribute("target")).isEqualTo("_top");
            link.click();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().startsWith(nginx.origin(0) + "/roermond/groepen/rouwgroep/"));
        assertThat(visit.console()).noneMatch(line -> line.contains("frame-ancestors"));
    }

    @Test
    void aSiteNotOnTheAllowlistIsRefused() {
        Visit visit = browser.open("http://127.0.0.1:" + other.getAddress().getPort() + "/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> browser.record("refused").console().stream().anyMatch(l -> l.contains("frame-ancestors"))
                        || visit.console().stream().anyMatch(l -> l.contains("frame-ancestors")));
        browser.driver().switchTo().frame(browser.driver().findElement(By.tagName("iframe")));
        try {
            assertThat(browser.driver().findElements(By.cssSelector(".embed-list"))).isEmpty();
            assertThat(browser.driver().findElements(By.linkText("Rouwgroep Roermond"))).isEmpty();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }
}
