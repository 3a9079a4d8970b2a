package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.TestSite;

/** Which files under content/ are content: hidden files are not, a symbolic link to a file is. */
class ContentFilesTest {

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    @Test
    void aHiddenFileIsNotContent() {
        site.write("content/roermond/groups/.wandelgroep.md", "niet af, geen front matter");
        BuildResult result = site.build();
        assertThat(result.succeeded()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aSymbolicLinkToAGroupFileIsThatGroup() throws Exception {
        Path elsewhere = dir.resolve("gedeeld/wandelgroep.md");
        Files.createDirectories(elsewhere.getParent());
        Files.writeString(elsewhere, TestSite.group("Wandelgroep Zonneveld", ""));
        Files.createSymbolicLink(site.root().resolve("content/roermond/groups/wandelgroep.md"), elsewhere);
        BuildResult result = site.build();
        assertThat(result.succeeded()).isTrue();
        assertThat(site.out().resolve("noord/roermond/groepen/wandelgroep/index.html")).content()
                .contains("Wandelgroep Zonneveld");
    }
}
