package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;

/**
 * The repository's sample network, built once per test run into {@code target/quality/sample/}
 * at a fixed "now", each region served from its own origin under its own base path.
 */
final class SampleSite implements AutoCloseable {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 12, 0);
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Path OUT = Path.of("target/quality/sample").toAbsolutePath();

    private final Map<String, StaticServer> servers = new LinkedHashMap<>();
    private final Map<String, String> basePaths;

    private SampleSite(Map<String, String> basePaths) {
        this.basePaths = basePaths;
    }

    static SampleSite build() {
        BuildResult result = new SiteBuilder().build(new BuildOptions(REPOSITORY, OUT, List.of(),
                new BuildTime.Local(NOW), true));
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english())))
                .as("the sample content builds").isEmpty();
        return new SampleSite(Map.of("roermond", "/", "westelijke-mijnstreek", "/zelfregie-wm/",
                "oostelijk-zuid-limburg", "/"));
    }

    /** Copies the sample network's sources (content, themes, site-config.yml) into {@code root}, to be changed there. */
    static void copySources(Path root) throws java.io.IOException {
        nl.kring.testing.TestSite.copyTree(REPOSITORY.resolve("content"), root.resolve("content"));
        nl.kring.testing.TestSite.copyTree(REPOSITORY.resolve("themes"), root.resolve("themes"));
        java.nio.file.Files.copy(REPOSITORY.resolve("site-config.yml"), root.resolve("site-config.yml"));
    }

    /** The server of one region, started on first use. */
    synchronized StaticServer server(String region) {
        return servers.computeIfAbsent(region, id -> new StaticServer(OUT.resolve(id), basePaths.get(id)));
    }

    /** The URL of a site path of the main test region (Roermond: every group status, stories, activities). */
    String url(String sitePath) {
        return server("roermond").url(sitePath);
    }

    List<String> regions() {
        return List.copyOf(basePaths.keySet()).stream().sorted().toList();
    }

    /** Every file of every region with the given extension, e.g. {@code .html}. */
    List<Path> files(String extension) {
        try (Stream<Path> walk = Files.walk(OUT)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(extension))
                    .filter(p -> !OUT.relativize(p).toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        servers.values().forEach(StaticServer::close);
    }
}
