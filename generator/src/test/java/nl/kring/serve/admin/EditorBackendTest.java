package nl.kring.serve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Texts;
import nl.kring.serve.Preview;
import nl.kring.serve.PreviewOptions;
import nl.kring.site.BuildTime;
import nl.kring.testing.TestSite;

/**
 * The editor's local backend in a real {@code kring serve} (Jetty on a free port), spoken to over raw HTTP
 * so every header (Host, Origin) is exactly what a hostile page or a rebinding DNS name would send.
 */
class EditorBackendTest {

    @TempDir
    Path dir;
    TestSite site;
    Preview preview;
    StringWriter log = new StringWriter();
    int port;

    @BeforeEach
    void start() {
        site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", ""));
        preview = Preview.start(new PreviewOptions(dir, List.of(), () -> new BuildTime.Local(TestSite.NOW),
                        PreviewOptions.LOCAL_HOST, 0, DiagnosticFormat.TEXT, Texts.dutch()),
                new PrintWriter(new StringWriter(), true), new PrintWriter(log, true));
        port = preview.url().getPort();
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void theEditorPageHasItsOwnPolicyWithUnsafeEvalAndTheSitePagesDoNot() throws IOException {
        Answer admin = get("/admin/");
        assertThat(admin.status).isEqualTo(200);
        assertThat(admin.body).contains("<html lang=\"nl\">", "/admin/decap/decap-cms.js");
        assertThat(admin.header("content-security-policy")).contains("script-src 'self' 'unsafe-eval'")
                .doesNotContain("http:", "https:", "*");
        assertThat(get("/admin/decap/decap-cms.js").status).as("the vendored Decap build is in the jar").isEqualTo(200);

        Answer page = get("/noord/roermond/groepen/rouwgroep/");
        assertThat(page.status).isEqualTo(200);
        assertThat(page.header("content-security-policy") + page.body).doesNotContain("unsafe-eval");
    }

    @Test
    void theConfigurationPointsTheEditorAtThisPreview() throws IOException {
        Map<?, ?> config = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(get("/admin/config.yml").body);
        assertThat(((Map<?, ?>) config.get("local_backend")).get("url")).isEqualTo("http://127.0.0.1:" + port + "/admin/api/v1");
        assertThat(config.get("site_url")).isEqualTo("http://127.0.0.1:" + port + "/");
        assertThat(config.get("locale")).isEqualTo("nl");
        Map<?, ?> viaLocalhost = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(
                request("GET", "/admin/config.yml", "localhost:" + port, null, null).body);
        assertThat(((Map<?, ?>) viaLocalhost.get("local_backend")).get("url"))
                .as("the browser's own name for this computer, so requests stay same-origin")
                .isEqualTo("http://localhost:" + port + "/admin/api/v1");
    }

    @Test
    void readsAndSavesAGroupInCanonicalForm() throws IOException {
        Answer read = api("{\"action\":\"getEntry\",\"params\":{\"path\":\"content/roermond/groups/rouwgroep.md\"}}");
        assertThat(read.status).isEqualTo(200);
        assertThat(read.body).contains("name: Rouwgroep");

        // what a CMS writes: quotes gone, ja for true, a time unquoted
        String raw = TestSite.group("Rouwgroep", "schedule:\n  days: [tuesday]\n  start: 19:30\n")
                .replace("accessible: true", "accessible: ja\n  private: ja");
        Answer saved = api(persist("content/roermond/groups/rouwgroep.md", raw));
        assertThat(saved.status).as(saved.body).isEqualTo(200);
        String onDisk = site.read("content/roermond/groups/rouwgroep.md");
        assertThat(onDisk).contains("  accessible: true\n", "  private: true\n", "  start: \"19:30\"\n");
        assertThat(site.errors()).isEmpty();
    }

    @Test
    void theCommentsTheEditorDropsAreKeptNextToTheirKeysButThoseOfARemovedKeyGoWithIt() throws IOException {
        String commented = """
                ---
                name: Rouwgroep
                topics: [rouw]
                summary: Een groep voor wie rouwt.
                # zo staat het in de folder van het wijkcentrum
                when: Elke tweede dinsdag van de maand, 19.30–21.30 uur
                schedule:
                  start: "19:30"
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  except: [2026-12-08] # de bibliotheek is dicht
                location:
                  name: Wijkcentrum De Brug
                  address: Voorbeeldstraat 12
                  postcode: 6041 AB
                  city: Roermond
                  accessible: true # drempelvrij, lift naar de eerste verdieping
                contact:
                  name: Anna
                  email: anna@example.org
                facilitators: 2
                # tot de zomer; daarna vragen we een kleine bijdrage
                cost: Gratis
                updated: 2026-10-01
                ---
                We praten over verlies.
                """;
        site.write("content/roermond/groups/rouwgroep.md", commented);
        api("{\"action\":\"getEntry\",\"params\":{\"path\":\"content/roermond/groups/rouwgroep.md\"}}");

        // what Decap sends back: no comments, and here the summary edited and the cost taken out
        String fromEditor = commented.lines().filter(line -> !line.strip().startsWith("#") && !line.startsWith("cost:"))
                .map(line -> line.replaceFirst(" # .*", "").replace("wie rouwt.", "wie rouwt om een dierbare."))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Answer saved = api(persist("content/roermond/groups/rouwgroep.md", fromEditor));

        assertThat(saved.status).as(saved.body).isEqualTo(200);
        assertThat(site.read("content/roermond/groups/rouwgroep.md")).isEqualTo(commented
                .replace("wie rouwt.", "wie rouwt om een dierbare.")
                .replace("# tot de zomer; daarna vragen we een kleine bijdrage\ncost: Gratis\n", ""));
        assertThat(site.errors()).isEmpty();
    }

    @Test
    void aCommentOnAListItemKeepsTheListOneItemPerLine() throws IOException {
        String commented = TestSite.group("Rouwgroep", "").replace("updated:", """
                languages:
                  - Nederlands
                  - Arabisch # alleen als een vrijwilliger kan tolken
                updated:""");
        site.write("content/roermond/groups/rouwgroep.md", commented);
        api("{\"action\":\"getEntry\",\"params\":{\"path\":\"content/roermond/groups/rouwgroep.md\"}}");

        // Decap sends the list without its comment, as fmt would write it: on one line
        String fromEditor = TestSite.group("Rouwgroep", "languages: [Nederlands, Arabisch]\n")
                .replace("Een groep voor wie rouwt.", "Een groep voor wie rouwt, ook na lange tijd.");
        assertThat(api(persist("content/roermond/groups/rouwgroep.md", fromEditor)).status).isEqualTo(200);

        assertThat(site.read("content/roermond/groups/rouwgroep.md")).isEqualTo(commented
                .replace("Een groep voor wie rouwt.", "Een groep voor wie rouwt, ook na lange tijd."));
    }

    @Test
    void aTextWrittenAnewByTheRichTextEditorKeepsTheSourceOfEveryBlockThatReadsTheSame() throws IOException {
        String body = """

                We praten over verlies.

                ## Zo gaat het

                - **19.30 uur** – koffie
                - _20.00 uur_ – gesprek, zie [de rouwwandeling](../rouwwandeling.md)

                Aanmelden hoeft niet.
                """;
        String file = TestSite.group("Rouwgroep", "").replace("---\nWe praten over verlies.\n", "---" + body);
        site.write("content/roermond/groups/rouwgroep.md", file);
        api("{\"action\":\"getEntry\",\"params\":{\"path\":\"content/roermond/groups/rouwgroep.md\"}}");

        // what Decap's rich-text editor sends after one word was added to the last paragraph
        String fromEditor = file.replace(body, "\n" + """
                We praten over verlies.

                ## Zo gaat het

                * **19.30 uur** – koffie
                * *20.00 uur* – gesprek, zie [de rouwwandeling](../rouwwandeling.md)

                Aanmelden hoeft niet. Welkom!
                """);
        assertThat(api(persist("content/roermond/groups/rouwgroep.md", fromEditor)).status).isEqualTo(200);

        assertThat(site.read("content/roermond/groups/rouwgroep.md"))
                .isEqualTo(file.replace("Aanmelden hoeft niet.", "Aanmelden hoeft niet. Welkom!"));
    }

    @Test
    void aMultiLineTextKeepsItsFormWhenOnlyAnotherFieldIsEditedAndStaysALiteralBlockWhenItIsEdited() throws IOException {
        String municipality = """
                name: Roermond
                intro: |
                  In Roermond komen veel groepen samen in het Steunpunt.
                  Anderen ontmoeten elkaar thuis.

                  Bel gerust als u twijfelt.
                """;
        site.write("content/roermond/municipality.yml", municipality);
        api("{\"action\":\"getEntry\",\"params\":{\"path\":\"content/roermond/municipality.yml\"}}");

        // Decap writes the same text as a folded block: one blank line for a line break, two for an empty line
        String folded = """
                name: Gemeente Roermond
                intro: >
                  In Roermond komen veel groepen samen in het Steunpunt.

                  Anderen ontmoeten elkaar thuis.


                  Bel gerust als u twijfelt.
                """;
        assertThat(api(persist("content/roermond/municipality.yml", folded)).status).isEqualTo(200);
        assertThat(site.read("content/roermond/municipality.yml"))
                .isEqualTo(municipality.replace("name: Roermond", "name: Gemeente Roermond"));

        String edited = folded.replace("Bel gerust", "Mail of bel gerust");
        assertThat(api(persist("content/roermond/municipality.yml", edited)).status).isEqualTo(200);
        assertThat(site.read("content/roermond/municipality.yml")).isEqualTo(municipality
                .replace("name: Roermond", "name: Gemeente Roermond").replace("Bel gerust", "Mail of bel gerust"));
    }

    @Test
    void aFileChangedOnDiskSinceTheEditorReadItIsNotOverwritten() throws IOException {
        api("{\"action\":\"entriesByFolder\",\"params\":{\"folder\":\"content/roermond/groups\",\"extension\":\"md\",\"depth\":1}}");
        String changedElsewhere = TestSite.group("Rouwgroep", "cost: Gratis\n");
        site.write("content/roermond/groups/rouwgroep.md", changedElsewhere);

        Answer saved = api(persist("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "cost: 2 euro\n")));

        assertThat(saved.status).isEqualTo(409);
        assertThat(saved.body).contains("is op de computer gewijzigd nadat u het opende");
        assertThat(site.read("content/roermond/groups/rouwgroep.md")).isEqualTo(changedElsewhere);
    }

    @Test
    void aNewEntryDoesNotReplaceAFileTheEditorNeverSaw() throws IOException {
        Answer created = api(persist("content/roermond/groups/rouwgroep.md", TestSite.group("Andere groep", "")));
        assertThat(created.status).isEqualTo(409);
        assertThat(created.body).contains("bestaat al");
        Answer fresh = api(persist("content/roermond/groups/nieuwe-groep.md", TestSite.group("Nieuwe groep", "")));
        assertThat(fresh.status).isEqualTo(200);
        assertThat(site.read("content/roermond/groups/nieuwe-groep.md")).contains("name: Nieuwe groep");
    }

    @Test
    void writesOutsideContentDotfilesDotDotAndBadNamesAreRefusedAndLogged() throws IOException {
        for (String path : List.of("site-config.yml", "content/../site-config.yml", "content/roermond/groups/.hidden.md",
                "content/roermond/.git/config", "content/roermond/groups/Rouw Groep.md", "content/roermond/groups/x.html",
                "/etc/passwd", "content/roermond/groups/../../../x.md", "themes/default/page.ftlh",
                "content/nergens/groups/x.md")) {
            Answer answer = api(persist(path, "---\nname: x\n---\n"));
            assertThat(answer.status).as(path).isEqualTo(403);
        }
        assertThat(Files.exists(dir.resolve("x.md"))).isFalse();
        assertThat(log.toString()).contains("editor: geweigerd (403): forbidden: write site-config.yml");
    }

    @Test
    void aSymbolicLinkOutOfTheRepositoryIsNotFollowed(@TempDir Path outside) throws IOException {
        Files.createSymbolicLink(dir.resolve("content/roermond/stories"), outside);
        Answer answer = api(persist("content/roermond/stories/verhaal.md", "---\ntitle: x\n---\n"));
        assertThat(answer.status).isEqualTo(403);
        assertThat(outside.resolve("verhaal.md")).doesNotExist();
        assertThat(api("{\"action\":\"entriesByFolder\",\"params\":{\"folder\":\"content/roermond/stories\",\"extension\":\"md\",\"depth\":1}}").status)
                .isEqualTo(403);
    }

    @Test
    void anImageIsUploadedBesideTheContentAndNowhereElse() throws IOException {
        Files.createDirectories(dir.resolve("content/roermond/stories"));
        String png = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Answer ok = api("{\"action\":\"persistMedia\",\"params\":{\"asset\":{\"path\":\"content/roermond/stories/foto.png\","
                + "\"content\":\"" + png + "\",\"encoding\":\"base64\"}}}");
        assertThat(ok.status).as(ok.body).isEqualTo(200);
        assertThat(dir.resolve("content/roermond/stories/foto.png")).exists();
        for (String path : List.of("content/roermond/stories/foto.svg", "content/roermond/stories/.foto.png",
                "foto.png", "themes/foto.png", "content/roermond/stories/foto.png.md", "content/roermond/stories/../../../foto.png")) {
            assertThat(api("{\"action\":\"persistMedia\",\"params\":{\"asset\":{\"path\":\"" + path + "\","
                    + "\"content\":\"" + png + "\",\"encoding\":\"base64\"}}}").status).as(path).isEqualTo(403);
        }
    }

    @Test
    void aForeignOriginOrNoOriginIsRefused() throws IOException {
        String info = "{\"action\":\"info\"}";
        assertThat(request("POST", "/admin/api/v1", "127.0.0.1:" + port, "http://127.0.0.1:" + port, info).status).isEqualTo(200);
        assertThat(request("POST", "/admin/api/v1", "127.0.0.1:" + port, "http://evil.example", info).status).isEqualTo(403);
        assertThat(request("POST", "/admin/api/v1", "127.0.0.1:" + port, "null", info).status).isEqualTo(403);
        assertThat(request("POST", "/admin/api/v1", "127.0.0.1:" + port, null, info).status).isEqualTo(403);
        assertThat(request("POST", "/admin/api/v1", "127.0.0.1:" + port, "http://localhost:" + port, info).status)
                .as("another local name is another origin").isEqualTo(403);
        assertThat(log.toString()).contains("foreign Origin http://evil.example");
    }

    @Test
    void aForeignHostIsRefusedAgainstDnsRebinding() throws IOException {
        String info = "{\"action\":\"info\"}";
        assertThat(request("POST", "/admin/api/v1", "evil.example:" + port, "http://evil.example:" + port, info).status)
                .isEqualTo(403);
        assertThat(request("GET", "/admin/config.yml", "evil.example:" + port, null, null).status).isEqualTo(403);
        assertThat(request("POST", "/admin/api/v1", "127.0.0.1:1", "http://127.0.0.1:1", info).status)
                .as("this computer's name with another port").isEqualTo(403);
        assertThat(request("POST", "/admin/api/v1", "localhost:" + port, "http://localhost:" + port, info).status)
                .isEqualTo(200);
    }

    @Test
    void aPreviewOpenToTheNetworkHasNoEditor() throws IOException {
        preview.close();
        preview = Preview.start(new PreviewOptions(dir, List.of(), () -> new BuildTime.Local(TestSite.NOW),
                        "0.0.0.0", 0, DiagnosticFormat.TEXT, Texts.dutch()),
                new PrintWriter(new StringWriter(), true), new PrintWriter(log, true));
        port = preview.url().getPort();
        assertThat(get("/admin/").status).isEqualTo(403);
        assertThat(api("{\"action\":\"info\"}").status).isEqualTo(403);
    }

    private static String persist(String path, String raw) {
        return "{\"action\":\"persistEntry\",\"params\":{\"branch\":\"main\",\"dataFiles\":[{\"path\":"
                + nl.kring.text.Json.quote(path) + ",\"slug\":\"x\",\"raw\":" + nl.kring.text.Json.quote(raw)
                + "}],\"assets\":[],\"options\":{\"commitMessage\":\"x\"}}}";
    }

    private Answer get(String path) throws IOException {
        return request("GET", path, "127.0.0.1:" + port, null, null);
    }

    private Answer api(String json) throws IOException {
        return request("POST", "/admin/api/v1", "127.0.0.1:" + port, "http://127.0.0.1:" + port, json);
    }

    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }
    }

    /** One HTTP/1.1 request with exactly these headers, over a fresh connection. */
    private Answer request(String method, String path, String host, String origin, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            if (origin != null) {
                head.append("Origin: ").append(origin).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String responseHead = response.substring(0, split);
            String responseBody = response.substring(split + 4);
            if (responseHead.toLowerCase().contains("transfer-encoding: chunked")) {
                responseBody = unchunk(responseBody);
            }
            return new Answer(Integer.parseInt(responseHead.split(" ")[1]), responseHead, responseBody);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            // sizes are bytes; the bodies here are ASCII apart from Dutch letters, so count in bytes
            byte[] rest = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            out.append(chunk);
            at = eol + 2 + chunk.length() + 2;
        }
    }
}
