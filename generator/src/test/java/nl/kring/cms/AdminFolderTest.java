package nl.kring.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.KringCli;

/**
 * {@code kring cms --out DIR} writes a hostable editor: its page with a strict policy (this origin and the
 * Git host's API only), the configuration for that host, Kring's widgets and Decap's script as the build
 * vendored it into the jar. Without Decap in the jar it says so and writes nothing.
 */
class AdminFolderTest {

    @TempDir
    Path dir;

    private static final GitHost GITHUB = new GitHost(GitHost.Kind.GITHUB, "netwerk/inhoud", "main", Optional.empty(),
            Optional.of(URI.create("https://auth.example.org")), Optional.empty(), Optional.empty());

    /**
     * The jar's resources, with a Decap build (main script, a chunk, WebAssembly) where the build puts it, for
     * a jar that has none yet: the folder must hold every file of Decap's build, not only its main script.
     */
    private static AdminFolder.ResourceSource withDecap() {
        AdminFolder.ResourceSource jar = AdminFolder.ResourceSource.classpath();
        java.util.Map<String, String> decap = java.util.Map.of("decap-cms.js", "/* decap */",
                "1077.decap-cms.js", "/* chunk */", "f728dc876b39e5273411.wasm", "wasm", "cms.css", "/* css */");
        return new AdminFolder.ResourceSource() {
            @Override
            public Optional<byte[]> read(String name) {
                return name.startsWith(AdminFolder.DECAP)
                        ? Optional.ofNullable(decap.get(name.substring(AdminFolder.DECAP.length())))
                                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                        : jar.read(name);
            }

            @Override
            public java.util.List<String> list(String folder) {
                return folder.equals(AdminFolder.DECAP) ? java.util.List.copyOf(new java.util.TreeSet<>(decap.keySet()))
                        : jar.list(folder);
            }
        };
    }

    @Test
    void theFolderHoldsEverythingTheEditorNeedsWithAStrictPolicy() throws IOException {
        Path out = dir.resolve("admin");
        var written = new AdminFolder(withDecap()).write(out, "backend:\n  name: github\n", GITHUB);
        assertThat(written).containsExactlyInAnyOrder("index.html", "config.yml", "kring-cms.js", "decap-cms.js",
                "1077.decap-cms.js", "f728dc876b39e5273411.wasm", "cms.css");
        assertThat(out.resolve("config.yml")).hasContent("backend:\n  name: github");
        assertThat(Files.readString(out.resolve("kring-cms.js"))).contains("registerWidget('janee'");
        Document page = Jsoup.parse(out.resolve("index.html").toFile());
        // every script is a file of this folder, in this order: Decap first, then Kring's widgets
        assertThat(page.select("script").eachAttr("src")).containsExactly("decap-cms.js", "kring-cms.js");
        assertThat(page.select("script").stream().filter(s -> !s.data().isBlank())).isEmpty();
        String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).contains("default-src 'self'", "script-src 'self' 'unsafe-eval';", "object-src 'none'",
                "connect-src 'self' https://api.github.com https://raw.githubusercontent.com https://auth.example.org blob:;");
        assertThat(page.selectFirst("link[rel=cms-config-url]").attr("href")).isEqualTo("config.yml");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void withoutDecapNothingIsWritten() {
        Path out = dir.resolve("admin");
        AdminFolder.ResourceSource jar = AdminFolder.ResourceSource.classpath();
        AdminFolder.ResourceSource noDecap = new AdminFolder.ResourceSource() {
            @Override
            public Optional<byte[]> read(String name) {
                return name.startsWith(AdminFolder.DECAP) ? Optional.empty() : jar.read(name);
            }

            @Override
            public java.util.List<String> list(String folder) {
                return java.util.List.of();
            }
        };
        assertThatThrownBy(() -> new AdminFolder(noDecap).write(out, "x: 1\n", GITHUB))
                .isInstanceOf(AdminFolder.MissingDecapException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void kringCmsWritesACompleteHostableEditorForTheSample() throws IOException {
        Path out = dir.resolve("admin");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = KringCli.run(stdout, stderr, "cms", "--root", "..", "--out", out.toString(),
                "--repo", "voorbeeld/kring-inhoud", "--base-url", "https://auth.example.org",
                "--site-url", "https://zelfregie-roermond.example.org/");
        // the build vendors Decap into the jar (maven-antrun, verified by hash): kring cms always has it
        assertThat(exit).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("editor geschreven in").contains("pull request");
        assertThat(out.resolve("config.yml")).hasSameTextualContentAs(DecapConfigTest.EXAMPLE);
        // every file of Decap's build (its chunks load from beside decap-cms.js), byte for byte
        List<String> decap = AdminFolder.ResourceSource.classpath().list(AdminFolder.DECAP);
        assertThat(decap).contains("decap-cms.js").hasSizeGreaterThan(10);
        for (String name : decap) {
            assertThat(Files.readAllBytes(out.resolve(name))).as(name)
                    .isEqualTo(AdminFolder.ResourceSource.classpath().read(AdminFolder.DECAP + name).orElseThrow());
        }
        assertThat(out.resolve("kring-cms.js")).isNotEmptyFile();
        Document page = Jsoup.parse(Files.readString(out.resolve("index.html")));
        for (String src : page.select("script").eachAttr("src")) {
            assertThat(out.resolve(src)).as("script " + src).isRegularFile();
        }
    }

    @Test
    void wrongOptionsGetAClearDutchMessage() {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        assertThat(KringCli.run(stdout, stderr, "cms", "--root", "..", "--out", dir.toString(), "--repo", "inhoud"))
                .isEqualTo(2);
        assertThat(stderr.toString()).contains("'inhoud' is geen repository: schrijf eigenaar/naam");
        assertThat(KringCli.run(stdout, stderr, "cms", "--root", "..", "--out", dir.toString(), "--repo", "a/b",
                "--backend", "gitlab")).isEqualTo(2);
        assertThat(stderr.toString()).contains("onbekende Git-server 'gitlab'");
        assertThat(KringCli.run(stdout, stderr, "cms", "--root", "..", "--out", dir.toString(), "--repo", "a/b",
                "--backend", "gitea")).isEqualTo(2);
        assertThat(stderr.toString()).contains("bij --backend gitea is --api-root nodig");
    }
}
