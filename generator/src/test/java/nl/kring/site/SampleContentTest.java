package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;

/** The repository's own sample network must always build: it is what a new user sees first. */
class SampleContentTest {

    @TempDir
    Path out;

    @Test
    void sampleContentBuildsAllThreeRegionsWithoutErrors() {
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("..").toAbsolutePath().normalize(), out,
                List.of(), new BuildTime.Local(LocalDateTime.of(2026, 11, 23, 12, 0)), true));
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.dutch()))).isEmpty();
        assertThat(result.regions()).extracting(RegionSummary::id)
                .containsExactly("roermond", "westelijke-mijnstreek", "oostelijk-zuid-limburg");
        assertThat(result.regions().getFirst().groups()).isGreaterThanOrEqualTo(25);
        assertThat(out.resolve("roermond/index.html")).isRegularFile();
        assertThat(out.resolve("westelijke-mijnstreek/sittard-geleen/index.html")).isRegularFile();
        assertThat(out.resolve("oostelijk-zuid-limburg/heerlen/index.html")).isRegularFile();
    }
}
