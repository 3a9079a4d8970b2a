package nl.kring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.KringCli;
import nl.kring.testing.TestSite;

/** {@code kring check --region X}: the problems of the files X's site uses, and how many others there are. */
class CheckRegionTest {

    @TempDir
    Path dir;
    TestSite site;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
        // an error in noord's municipality (roermond) and one in zuid's (heerlen)
        site.write("content/roermond/pages/info.md", "---\ntitle: Info\nmenu: [3\n---\n");
        site.write("content/heerlen/pages/info.md", "---\ntitle:Info\n---\n");
    }

    private int check(String... regions) {
        String[] args = new String[regions.length * 2 + 5];
        args[0] = "check";
        for (int i = 0; i < regions.length; i++) {
            args[1 + 2 * i] = "--region";
            args[2 + 2 * i] = regions[i];
        }
        int n = regions.length * 2 + 1;
        args[n] = "--root";
        args[n + 1] = dir.toString();
        args[n + 2] = "--now";
        args[n + 3] = "2026-11-23T12:00";
        return KringCli.run(out, err, args);
    }

    @Test
    void reportsOnlyTheRegionsOwnProblemsWithACountOfTheRest() {
        assertThat(check("zuid")).isEqualTo(1);
        assertThat(err.toString()).contains("content/heerlen/pages/info.md:2:6: fout: zet een spatie na de dubbele punt")
                .doesNotContain("content/roermond/")
                .contains("(1 probleem in bestanden die alleen andere regio's gebruiken is niet getoond; "
                        + "kring check zonder --region toont alles)");
    }

    @Test
    void aRegionWithoutProblemsOfItsOwnPassesTheCheck() {
        site.write("content/heerlen/pages/info.md", "---\ntitle: Info\n---\n");
        assertThat(check("zuid")).isZero();
        assertThat(err.toString()).doesNotContain("content/roermond/").contains("(1 probleem");
        assertThat(check()).as("without --region every problem counts").isEqualTo(1);
    }

    @Test
    void sharedFilesAndGroupsListedInTheRegionAreTheRegionsToo() {
        site.write("content/heerlen/pages/info.md", "---\ntitle: Info\n---\n");
        site.write("content/roermond/pages/info.md", "---\ntitle: Info\n---\n");
        // a roermond group also listed in zuid, with a warning; and a network page (every site has it) with an error
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "regions: [zuid]")
                .replace("facilitators: 2", "facilitators: 0"));
        site.write("content/pages/over-zelfhulp.md", "---\ntitle: Over zelfhulp\nmenu: 1\n---\n[x](nergens.md)\n");
        assertThat(check("zuid")).isEqualTo(1);
        assertThat(err.toString()).contains("content/roermond/groups/rouwgroep.md:15:15: waarschuwing")
                .contains("content/pages/over-zelfhulp.md:5:1: fout").doesNotContain("niet getoond");
    }
}
