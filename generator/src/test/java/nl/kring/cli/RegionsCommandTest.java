package nl.kring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.KringCli;
import nl.kring.testing.TestGit;
import nl.kring.testing.TestSite;

/** {@code kring regions --changed-since}: which regions a pull request has to build. */
class RegionsCommandTest {

    @TempDir
    Path dir;
    TestSite site;
    TestGit git;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void repository() {
        site = new TestSite(dir);
        git = TestGit.init(dir).commitAll("2026-11-01T10:00:00+01:00");
        git.run("checkout", "-q", "-b", "change");
    }

    @Test
    void withoutChangesListsEveryRegion() {
        assertThat(regions()).isEqualTo("noord\nzuid\n");
    }

    @Test
    void aMunicipalityFileAffectsItsRegion() {
        site.write("content/heerlen/groups/nieuw.md", TestSite.group("Nieuw", ""));
        assertThat(changedSinceMain()).isEqualTo("zuid\n");
    }

    @Test
    void aGroupListedElsewhereAffectsThoseRegionsToo() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "regions: [zuid]"));
        assertThat(changedSinceMain()).isEqualTo("noord\nzuid\n");
    }

    @Test
    void sharedFilesAndDeletedFilesAffectEveryRegion() {
        site.write("content/topics.yml", site.read("content/topics.yml") + "- slug: x\n  name: X\n  description: X.\n");
        assertThat(changedSinceMain()).isEqualTo("noord\nzuid\n");
        git.run("reset", "-q", "--hard", "main");
        site.delete("content/heerlen/groups/schuldencafe.md");
        assertThat(changedSinceMain()).isEqualTo("noord\nzuid\n");
    }

    @Test
    void documentationAffectsNoRegion() {
        site.write("docs/notes.md", "Notes");
        site.write("README.md", "Readme");
        assertThat(changedSinceMain()).isEmpty();
    }

    @Test
    void anUnknownReferenceIsAnError() {
        assertThat(run("regions", "--changed-since", "nowhere", "--root", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("git kan niet vergelijken met 'nowhere'");
    }

    private String changedSinceMain() {
        git.commitAll("2026-11-02T10:00:00+01:00");
        out.getBuffer().setLength(0);
        assertThat(run("regions", "--changed-since", "main", "--root", dir.toString())).isZero();
        return out.toString();
    }

    private String regions() {
        assertThat(run("regions", "--root", dir.toString())).isZero();
        return out.toString();
    }

    private int run(String... args) {
        return KringCli.run(out, err, args);
    }
}
