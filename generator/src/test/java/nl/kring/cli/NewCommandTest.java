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
        assertThat(out.toString()).startsWith("content/heerlen/groups/praatgroep-heerlen.md aangemaakt\n")
                .contains("draai dan ./kring check");
        assertThat(site.read("content/heerlen/groups/praatgroep-heerlen.md")).contains("name: Praatgroep Heerlen");
        assertThat(run("new", "event", "--municipality", "heerlen", "--slug", "open-dag", "Open dag")).isZero();
        assertThat(dir.resolve("content/heerlen/events/open-dag.md")).isRegularFile();
        assertThat(run("new", "verhaal", "--municipality", "heerlen", "Mijn verhaal")).as("Dutch kind words").isZero();
        assertThat(dir.resolve("content/heerlen/stories/mijn-verhaal.md")).isRegularFile();
    }

    @Test
    void commentsFollowTheLanguage() {
        assertThat(run("new", "group", "--municipality", "heerlen", "Praatgroep Heerlen")).isZero();
        assertThat(site.read("content/heerlen/groups/praatgroep-heerlen.md"))
                .contains("# Nieuwe groep. Vul elk veld met VERPLICHT in")
                .contains("# Een van: active (actief), starting (start binnenkort), full (vol), paused (gepauzeerd), "
                        + "ended (gestopt) (standaard: active).");
        assertThat(run("new", "group", "--lang", "en", "--municipality", "heerlen", "Praatgroep Roermond")).isZero();
        assertThat(site.read("content/heerlen/groups/praatgroep-roermond.md"))
                .contains("# New group. Fill in every field marked REQUIRED")
                .contains("# One of: active, starting, full, paused, ended (default: active).");
    }

    @Test
    void refusesToOverwriteWithExitCodeOne() {
        assertThat(run("new", "page", "Over ons")).isZero();
        site.write("content/pages/over-ons.md", "---\ntitle: Over ons\n---\nAl geschreven.\n");
        assertThat(run("new", "page", "Over ons")).isEqualTo(1);
        assertThat(err.toString()).contains("kring: content/pages/over-ons.md bestaat al en is niet veranderd");
        assertThat(site.read("content/pages/over-ons.md")).contains("Al geschreven.");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("new", "groeep", "--municipality", "heerlen", "X")).isEqualTo(2);
        assertThat(err.toString()).contains("TYPE moet group, story, event of page zijn (groep, verhaal, activiteit, "
                + "pagina), niet 'groeep' — bedoelt u 'groep'?");
        assertThat(run("new", "group", "--municipality", "maastricht", "X")).isEqualTo(2);
        assertThat(err.toString()).contains("onbekende gemeente 'maastricht'; de gemeenten zijn de mappen "
                + "in content/: heerlen, roermond");
        assertThat(run("new", "page", "Groepen")).isEqualTo(2);
        assertThat(err.toString()).contains("een pagina mag niet 'groepen' heten");
        assertThat(run("new", "page", "--slug", "Over_Ons", "Over ons")).isEqualTo(2);
        assertThat(err.toString()).contains("--slug 'Over_Ons' mag alleen kleine letters");
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
