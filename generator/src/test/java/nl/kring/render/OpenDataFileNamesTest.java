package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.TestSite;

/**
 * {@code kring check} knows the open-data files by name only ({@link OpenData#linkTargets()}): the names must be
 * exactly the files a build writes, or a link to one would be reported by one command and not the other.
 */
class OpenDataFileNamesTest {

    @TempDir
    Path dir;

    @Test
    void theNamesTheCheckKnowsAreTheFilesTheBuildWrites() throws IOException {
        TestSite site = new TestSite(dir);
        assertThat(site.build().succeeded()).isTrue();
        try (Stream<Path> written = Files.list(site.out().resolve("noord/open-data"))) {
            // the folder also holds the /open-data/ page, which is rendered like every page
            assertThat(written.map(f -> f.getFileName().toString()).filter(name -> !name.equals("index.html")))
                    .containsExactlyInAnyOrderElementsOf(OpenData.FILE_NAMES);
        }
        assertThat(OpenData.linkTargets()).extracting(OutputFile::path)
                .containsExactlyElementsOf(OpenData.FILE_NAMES.stream().map(name -> "open-data/" + name).toList());
    }
}
