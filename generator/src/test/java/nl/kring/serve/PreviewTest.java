package nl.kring.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Texts;
import nl.kring.site.BuildTime;
import nl.kring.testing.KringCli;
import nl.kring.testing.TestSite;

/**
 * The preview as an editor meets it: a real Jetty on a free port, pages fetched over HTTP, files
 * changed on disk, and the events an open page hears. Waits are for events, with a time limit.
 */
class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String GROUP = "content/roermond/groups/rouwgroep.md";
    private static final String GROUP_PAGE = "noord/roermond/groepen/rouwgroep/index.html";

    @TempDir
    Path dir;
    TestSite site;
    Preview preview;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final List<EventStream> streams = new java.util.ArrayList<>();

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    @AfterEach
    void stop() {
        streams.forEach(EventStream::close);
        if (preview != null) {
            preview.close();
        }
    }

    private Preview start() {
        preview = Preview.start(options(0), new PrintWriter(out, true), new PrintWriter(err, true));
        return preview;
    }

    private PreviewOptions options(int port) {
        return new PreviewOptions(dir, List.of(), () -> new BuildTime.Local(TestSite.NOW), "127.0.0.1", port,
                DiagnosticFormat.TEXT, Texts.dutch());
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(preview.url().resolve(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- serving

    @Test
    void servesEachRegionUnderItsIdWithTheReloadHook() {
        start();
        HttpResponse<String> landing = get("/");
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("href=\"/noord/\"").contains("Zelfregie Noord").contains("href=\"/zuid/\"");

        HttpResponse<String> home = get("/noord/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(home.body()).contains("<script src=\"/_kring/reload.js\" data-kring-file=\"noord/index.html\"");
        assertThat(home.body().indexOf("/_kring/reload.js")).isLessThan(home.body().indexOf("</head>"));

        assertThat(get("/noord/roermond/groepen/rouwgroep/").body()).contains("Rouwgroep Roermond");
        assertThat(get("/noord").statusCode()).isEqualTo(302);
        assertThat(get("/noord").headers().firstValue("location")).contains("/noord/");
        assertThat(get("/noord/roermond/groepen/rouwgroep").headers().firstValue("location"))
                .contains("/noord/roermond/groepen/rouwgroep/");
        assertThat(get("/onbekend/").statusCode()).isEqualTo(404);
    }

    @Test
    void missingPageGetsTheRegionsNotFoundPageLinkingIntoThePreview() {
        start();
        HttpResponse<String> missing = get("/noord/bestaat-niet/");
        assertThat(missing.statusCode()).isEqualTo(404);
        // noord's base URL is https://noord.example.org/, but in the preview it lives at /noord/
        assertThat(missing.body()).contains("href=\"/noord/groepen/\"").contains("/_kring/reload.js");
        assertThat(get("/noord/assets/").statusCode()).isEqualTo(404);  // no folder listings
    }

    @Test
    void filesHaveTheirContentTypesAndAreCompressed() throws IOException {
        start();
        String home = get("/noord/").body();
        Matcher css = Pattern.compile("assets/style\\.[0-9a-f]{10}\\.css").matcher(home);
        assertThat(css.find()).isTrue();
        assertThat(type("/noord/" + css.group())).startsWith("text/css");
        Matcher icon = Pattern.compile("assets/favicon\\.[0-9a-f]{10}\\.svg").matcher(home);
        assertThat(icon.find()).isTrue();
        assertThat(type("/noord/" + icon.group())).isEqualTo("image/svg+xml");
        assertThat(type("/noord/activiteiten.ics")).startsWith("text/calendar");
        assertThat(type("/noord/feed.xml")).startsWith("application/xml");
        assertThat(type("/noord/sitemap.xml")).startsWith("application/xml");
        assertThat(type("/noord/robots.txt")).startsWith("text/plain");
        assertThat(type("/_kring/reload.js")).startsWith("text/javascript");
        assertThat(ContentTypes.of("index.bin")).isEqualTo("application/octet-stream");
        assertThat(ContentTypes.of("search.json")).isEqualTo("application/json");
        assertThat(ContentTypes.of("app.mjs")).startsWith("text/javascript");
        assertThat(ContentTypes.of("font.woff2")).isEqualTo("font/woff2");
        assertThat(ContentTypes.of("foto.webp")).isEqualTo("image/webp");

        HttpResponse<byte[]> gzipped = sendBytes(HttpRequest.newBuilder(preview.url().resolve("/noord/groepen/"))
                .header("Accept-Encoding", "gzip").build());
        assertThat(gzipped.headers().firstValue("content-encoding")).contains("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(get("/noord/groepen/").body());
        }

        HttpResponse<String> head = send(HttpRequest.newBuilder(preview.url().resolve("/noord/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    private String type(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.headers().firstValue("content-type").orElse("");
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyGetAndHead() {
        start();
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(preview.url().resolve("/noord/"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("allow")).contains("GET, HEAD");
        }
    }

    @Test
    void traversalAttemptsNeverLeaveTheOutput() throws IOException {
        site.write("content/roermond/notes.txt", "GEHEIM");
        start();
        for (String raw : List.of("/noord/../site-config.yml", "/noord/%2e%2e/site-config.yml",
                "/noord/%2E%2E/%2E%2E/etc/passwd", "/noord/..%2fsite-config.yml", "/noord/assets%2f..%2f..%2fsite-config.yml",
                "/noord/..%5csite-config.yml", "/noord/..\\site-config.yml", "/%2e%2e/site-config.yml",
                "/noord/.%2e/content/roermond/notes.txt", "/noord//etc/passwd", "/_kring/../site-config.yml",
                "/noord/content/roermond/notes.txt", "/site-config.yml", "/noord/%00")) {
            String response = raw(raw);
            int status = Integer.parseInt(response.substring(9, 12));
            assertThat(status).as(raw).isIn(400, 404);
            assertThat(response).as(raw).doesNotContain("staleAfterMonths").doesNotContain("GEHEIM")
                    .doesNotContain("root:");
        }
    }

    @Test
    void otherHostNamesAreRefused() throws IOException {
        start();
        // a site on the internet whose name now points at 127.0.0.1 (DNS rebinding) must not read the preview
        assertThat(raw("/noord/", "evil.example.org")).startsWith("HTTP/1.1 403");
        assertThat(raw("/noord/", "localhost:" + preview.url().getPort())).startsWith("HTTP/1.1 200");
        assertThat(raw("/noord/", "127.0.0.1:" + preview.url().getPort())).startsWith("HTTP/1.1 200");
    }

    /** A request sent as is, so no client tidies up the path first. */
    private String raw(String path) throws IOException {
        return raw(path, "127.0.0.1");
    }

    private String raw(String path, String host) throws IOException {
        try (Socket socket = new Socket(preview.url().getHost(), preview.url().getPort())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void servesWhatBuildWritesApartFromTheHook() throws IOException {
        assertThat(site.build().succeeded()).isTrue();
        start();
        Path region = site.out().resolve("noord");
        try (Stream<Path> files = Files.walk(region)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = region.relativize(file).toString().replace('\\', '/');
                if (path.equals("404.html")) {
                    continue;  // links from /noord/ in the preview, from the base URL's path in the build
                }
                String url = "/noord/" + (path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path);
                HttpResponse<byte[]> served = sendBytes(HttpRequest.newBuilder(preview.url().resolve(url)).build());
                assertThat(served.statusCode()).as(url).isEqualTo(200);
                byte[] written = Files.readAllBytes(file);
                if (path.endsWith(".html")) {
                    String withoutHook = new String(served.body(), StandardCharsets.UTF_8)
                            .replaceFirst("<script src=\"/_kring/reload.js\"[^>]*></script>\n", "");
                    assertThat(withoutHook).as(url).isEqualTo(new String(written, StandardCharsets.UTF_8));
                } else {
                    assertThat(served.body()).as(url).isEqualTo(written);
                }
            }
        }
    }

    @Test
    void liveReloadHookNeverInBuildOutput() throws IOException {
        assertThat(site.build().succeeded()).isTrue();
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("_kring").doesNotContain("reload.js").doesNotContain("EventSource");
            }
        }
    }

    // ---- live reload

    /**
     * Saves a file the way many editors do, through a temporary file and a rename, so the watcher
     * never sees it half-written (tests that expect an exact order of events rely on that).
     */
    private void save(String path, String text) {
        try {
            Path target = dir.resolve(path);
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.writeString(temporary, text);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void editedGroupIsServedAndOpenPagesHearOfIt() {
        start();
        EventStream events = events();
        events.await("hello");
        site.write(GROUP, TestSite.group("Rouwgroep Roermond", "").replace("Elke tweede dinsdag", "Elke eerste woensdag"));
        Event built = events.await("built");
        assertThat(built.data()).contains("\"" + GROUP_PAGE + "\"").doesNotContain("zuid/");
        assertThat(get("/noord/roermond/groepen/rouwgroep/").body()).contains("Elke eerste woensdag");
        assertThat(out.toString()).containsPattern(
                "content/roermond/groups/rouwgroep\\.md gewijzigd: 7 van \\d+ pagina's gemaakt \\(noord 7\\), 7 gewijzigd, \\d+ ms");
    }

    @Test
    void saveThroughATemporaryFileAndRenameIsNoticed() throws IOException {
        start();
        EventStream events = events();
        events.await("hello");
        Path temporary = dir.resolve("content/roermond/groups/.rouwgroep.md.swp");
        Files.writeString(temporary, TestSite.group("Rouwgroep Midden", ""));
        Files.move(temporary, dir.resolve(GROUP), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(events.await("built").data()).contains(GROUP_PAGE);
        assertThat(get("/noord/roermond/groepen/rouwgroep/").body()).contains("Rouwgroep Midden");
    }

    @Test
    void manyFilesAtOnceAndNewFoldersAreAllPickedUp() {
        start();
        EventStream events = events();
        events.await("hello");
        for (int i = 0; i < 30; i++) {
            save("content/roermond/groups/groep-" + i + ".md", TestSite.group("Groep " + i, ""));
        }
        save("content/heerlen/groups/extra.md", TestSite.group("Extra", "").replace("[rouw]", "[schulden]"));
        // a folder that appears later (a branch switch) is watched too
        save("content/heerlen/pages/welkom.md", "---\ntitle: Welkom\n---\nHallo.\n");
        Event built = events.await("built");
        while (!built.data().contains("heerlen/welkom/")) {
            built = events.await("built");
        }
        assertThat(get("/noord/roermond/groepen/groep-29/").statusCode()).isEqualTo(200);
        assertThat(get("/zuid/heerlen/welkom/").statusCode()).isEqualTo(200);
        save("content/heerlen/pages/welkom.md", "---\ntitle: Welkom terug\n---\nHallo.\n");
        events.awaitData("built", "zuid/heerlen/welkom/index.html");
        assertThat(get("/zuid/heerlen/welkom/").body()).contains("Welkom terug");
    }

    @Test
    void stylesheetChangeSwapsTheStylesheet() {
        start();
        EventStream events = events();
        events.await("hello");
        save("themes/default/assets/style.css", site.read("themes/default/assets/style.css") + "\n.x { color: red; }\n");
        Event built = events.await("built");
        assertThat(built.data()).containsPattern(
                "\\{\"from\":\"/noord/assets/style\\.[0-9a-f]{10}\\.css\",\"to\":\"/noord/assets/style\\.[0-9a-f]{10}\\.css\"")
                .contains("\"structural\":false")
                .doesNotContain(".html");  // no page needs a reload
        save(GROUP, TestSite.group("Rouwgroep Noord", ""));
        assertThat(events.await("built").data()).contains("\"styles\":[]");
    }

    // ---- problems

    @Test
    void brokenFileShowsItsProblemUntilFixed() {
        start();
        String before = get("/noord/roermond/groepen/rouwgroep/").body();
        EventStream events = events();
        events.await("hello");
        save(GROUP, TestSite.group("Rouwgroep", "status: klaar"));
        String headline = "content/roermond/groups/rouwgroep.md:17:9: fout: 'status' moet een van";
        Event failed = events.await("failed");
        assertThat(failed.data()).contains(headline).contains("17 | status: klaar")
                .contains("\"code\":\"field.enum\"")
                .contains("\"title\":\"Kring kan de site niet bouwen: 1 fout\"")
                .contains("\"intro\":\"U ziet de laatste versie die wel lukte.")
                .contains("\"close\":\"Verbergen\"").contains("\"lang\":\"nl\"");
        assertThat(err.toString()).contains(headline).contains("het voorbeeld toont nog de laatste goede versie");

        // the last good build is still served, and a page opened now hears of the problem at once
        assertThat(get("/noord/roermond/groepen/rouwgroep/").body()).isEqualTo(before);
        EventStream later = events();
        later.await("hello");
        assertThat(later.next().name()).isEqualTo("failed");

        save(GROUP, TestSite.group("Rouwgroep", ""));
        assertThat(events.await("built").data()).contains(GROUP_PAGE);
        assertThat(later.next().name()).isEqualTo("built");  // the page's overlay is cleared and it reloads

        EventStream fresh = events();
        fresh.await("hello");
        save(GROUP, TestSite.group("Rouwgroep Roermond", ""));
        assertThat(fresh.next().name()).as("no problem after the fix").isEqualTo("built");
    }

    @Test
    void aFileJustMadeByKringNewIsShownWithTheDraftBanner() {
        // as kring new writes it: draft: true, and summary, when and topics still empty
        assertThat(KringCli.run(new StringWriter(), new StringWriter(), "new", "group", "--municipality", "roermond",
                "Wandelgroep Rouw", "--root", dir.toString())).isZero();
        start();
        HttpResponse<String> page = get("/noord/roermond/groepen/wandelgroep-rouw/");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Concept — niet gepubliceerd").contains("Wandelgroep Rouw");
    }

    @Test
    void aHalfWrittenDraftIsShownWithABannerAndItsProblemsBlockNothing() {
        start();
        EventStream events = events();
        events.await("hello");
        String draft = "content/roermond/groups/wandelgroep.md";
        save(draft, TestSite.group("Wandelgroep", "draft: true\nstatus: vol"));
        Event built = events.await("built");
        assertThat(built.data()).contains("noord/roermond/groepen/wandelgroep/index.html");
        Event drafts = events.await("drafts");
        assertThat(drafts.data()).contains("1 probleem in een concept")
                .contains(draft + ":18:9: waarschuwing: in een concept (draft: true): 'status' moet een van");
        assertThat(get("/noord/roermond/groepen/wandelgroep/").body()).contains("Concept — niet gepubliceerd");
        assertThat(get("/noord/roermond/groepen/rouwgroep/").body()).doesNotContain("Concept — niet gepubliceerd");

        // a page opened now hears of the draft's problems at once
        EventStream later = events();
        later.await("hello");
        assertThat(later.next().name()).isEqualTo("drafts");

        // fixed and published: the banner and the list of problems go
        save(draft, TestSite.group("Wandelgroep", ""));
        events.awaitData("built", "noord/roermond/groepen/wandelgroep/index.html");
        assertThat(get("/noord/roermond/groepen/wandelgroep/").body()).doesNotContain("Concept — niet gepubliceerd");
        EventStream fresh = events();
        fresh.await("hello");
        save(GROUP, TestSite.group("Rouwgroep Roermond", "").replace("Elke tweede", "Elke derde"));
        assertThat(fresh.next().name()).as("no draft problems any more").isEqualTo("built");
    }

    @Test
    void whenNoBuildHasSucceededEveryPageShowsTheProblems() {
        site.write(GROUP, TestSite.group("Rouwgroep <b>", "status: klaar"));
        start();
        HttpResponse<String> page = get("/noord/roermond/groepen/rouwgroep/");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("content/roermond/groups/rouwgroep.md:17:9: fout: &#39;status&#39; moet een van")
                .contains("<h1>Kring kan de site niet bouwen</h1>")
                .contains("/_kring/reload.js").doesNotContain("<b>");
        EventStream events = events();
        events.await("hello");
        save(GROUP, TestSite.group("Rouwgroep", ""));
        events.await("built");
        assertThat(get("/noord/roermond/groepen/rouwgroep/").statusCode()).isEqualTo(200);
    }

    // ---- the port

    @Test
    void stoppingEndsOpenStreamsAndFreesThePort() throws InterruptedException {
        start();
        int port = preview.url().getPort();
        EventStream events = events();
        events.await("hello");
        preview.close();  // what Ctrl-C does, through the shutdown hook
        assertThat(events.ended.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("stream ended").isTrue();
        preview = Preview.start(options(port), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(get("/noord/").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownAddressIsAClearError() {
        assertThatThrownBy(() -> Preview.start(new PreviewOptions(dir, List.of(), () -> new BuildTime.Local(TestSite.NOW),
                "192.0.2.1", 0, DiagnosticFormat.TEXT, Texts.dutch()), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())))
                .isInstanceOf(CannotListenException.class)
                .satisfies(e -> assertThat(Texts.dutch().text(((CannotListenException) e).message()))
                        .startsWith("kan niet luisteren op 192.0.2.1 poort 0: ").endsWith("(controleer --host)"));
    }

    @Test
    void portInUseIsAClearError() {
        start();
        int port = preview.url().getPort();
        assertThatThrownBy(() -> Preview.start(options(port), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())))
                .isInstanceOf(CannotListenException.class)
                .satisfies(e -> assertThat(Texts.english().text(((CannotListenException) e).message()))
                        .isEqualTo("port " + port + " on 127.0.0.1 is already in use; stop the other server or choose "
                                + "another port with --port"));
    }

    // ---- the event stream as a page sees it

    record Event(String name, String data) {
    }

    private EventStream events() {
        EventStream stream = new EventStream(preview.url().resolve(PreviewPages.EVENTS_PATH));
        streams.add(stream);
        return stream;
    }

    /** Reads Server-Sent Events on a thread of its own into a queue. */
    private final class EventStream {
        private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        /** Every event taken so far, to say what did arrive when the awaited one does not. */
        private final List<Event> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
        private final Thread reader;

        EventStream(URI uri) {
            HttpResponse<Stream<String>> response;
            try {
                response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/event-stream"));
            reader = Thread.ofVirtual().start(() -> {
                String name = null;
                StringBuilder data = new StringBuilder();
                try (Stream<String> lines = response.body()) {
                    for (String line : (Iterable<String>) lines::iterator) {
                        if (line.isEmpty()) {
                            if (name != null) {
                                queue.add(new Event(name, data.toString()));
                            }
                            name = null;
                            data.setLength(0);
                        } else if (line.startsWith("event: ")) {
                            name = line.substring(7);
                        } else if (line.startsWith("data: ")) {
                            data.append(line.substring(6));
                        }
                    }
                } catch (RuntimeException e) {
                    // closed
                } finally {
                    ended.countDown();
                }
            });
        }

        Event next() {
            try {
                Event event = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(event).as("an event within %s; events before: %s; the preview printed: %s%s", WAIT, seen,
                        out, err).isNotNull();
                seen.add(event);
                return event;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        Event await(String name) {
            Event event = next();
            while (!event.name().equals(name)) {
                event = next();
            }
            return event;
        }

        Event awaitData(String name, String text) {
            Event event = await(name);
            while (!event.data().contains(text)) {
                event = await(name);
            }
            return event;
        }

        void close() {
            reader.interrupt();
        }
    }
}
