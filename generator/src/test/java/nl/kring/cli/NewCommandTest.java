package nl.kring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.KringCli;
import nl.kring.testing.TestSite;

/** {@code kring new} as an editor types it: what it says and which exit code it gives. */
class NewCommandTest {

    @TempDir
    Path dir;
    TestSite site;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    @Test
    void createsTheFileAndSaysWhatToDoNext() {
        assertThat(run("new", "group", "--municipality", "heerlen", "Praatgroep Heerlen")).isZero();
        assertThat(out.toString()).startsWith("created content/heerlen/groups/praatgroep-heerlen.md\n")
                .contains("then run ./kring check");
        assertThat(site.read("content/heerlen/groups/praatgroep-heerlen.md")).contains("name: Praatgroep Heerlen");
        assertThat(run("new", "event", "--municipality", "heerlen", "--slug", "open-dag", "Open dag")).isZero();
        assertThat(dir.resolve("content/heerlen/events/open-dag.md")).isRegularFile();
    }

    @Test
    void refusesToOverwriteWithExitCodeOne() {
        assertThat(run("new", "page", "Over ons")).isZero();
        site.write("content/pages/over-ons.md", "---\ntitle: Over ons\n---\nAl geschreven.\n");
        assertThat(run("new", "page", "Over ons")).isEqualTo(1);
        assertThat(err.toString()).contains("kring: content/pages/over-ons.md already exists; it was left unchanged");
        assertThat(site.read("content/pages/over-ons.md")).contains("Al geschreven.");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("new", "groep", "--municipality", "heerlen", "X")).isEqualTo(2);
        assertThat(err.toString()).contains("TYPE must be group, story, event or page, not 'groep'");
        assertThat(run("new", "group", "--municipality", "maastricht", "X")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown municipality 'maastricht'; the municipalities are the folders "
                + "in content/: heerlen, roermond");
        assertThat(run("new", "page", "Groepen")).isEqualTo(2);
        assertThat(err.toString()).contains("a page may not be called 'groepen'");
        assertThat(run("new", "page", "--slug", "Over_Ons", "Over ons")).isEqualTo(2);
        assertThat(err.toString()).contains("--slug 'Over_Ons' must be lower-case letters");
    }

    private int run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--root";
        all[args.length + 1] = dir.toString();
        all[args.length + 2] = "--today";
        all[args.length + 3] = "2026-11-20";
        return KringCli.run(out, err, all);
    }
}
