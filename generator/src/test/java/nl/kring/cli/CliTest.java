package nl.kring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.KringCli;
import nl.kring.testing.TestSite;

/** The command line as an editor meets it: exit codes, messages, no stack traces. */
class CliTest {

    @TempDir
    Path dir;
    TestSite site;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    private int run(String... args) {
        return KringCli.run(out, err, args);
    }

    private String[] withRoot(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--root";
        all[args.length + 1] = dir.toString();
        all[args.length + 2] = "--now";
        all[args.length + 3] = "2026-11-23T12:00";
        return all;
    }

    @Test
    void runningOutOfMemorySaysHowToGiveJavaMoreWithoutAStackTrace() {
        java.io.PrintWriter errors = new java.io.PrintWriter(err);
        int code = Main.withinMemory(nl.kring.message.Texts.of(nl.kring.message.Language.NL), errors, "serve", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("kring: te weinig geheugen voor deze site (Java mocht ")
                .contains("KRING_JAVA_OPTIONS=-Xmx4g ./kring serve").doesNotContain("OutOfMemoryError", "\tat ");
    }

    @Test
    void buildSucceedsWithOneSummaryLinePerRegion() {
        assertThat(run(withRoot("build"))).isZero();
        assertThat(out.toString()).containsPattern("gebouwd +noord +\\d+ pagina's +1 groepen")
                .containsPattern("gebouwd +zuid ");
        assertThat(dir.resolve("dist/noord/index.html")).isRegularFile();
    }

    @Test
    void regionOptionBuildsOnlyThatRegion() {
        assertThat(run(withRoot("build", "--region", "zuid", "--out", dir.resolve("out").toString()))).isZero();
        assertThat(dir.resolve("out/zuid/index.html")).isRegularFile();
        assertThat(dir.resolve("out/noord")).doesNotExist();
    }

    @Test
    void contentErrorsExitWithOneAndNameFileLineAndColumn() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "status: klaar"));
        assertThat(run(withRoot("check"))).isEqualTo(1);
        assertThat(err.toString())
                .contains("content/roermond/groups/rouwgroep.md:17:9: fout: 'status' moet een van")
                .contains("  17 | status: klaar\n")
                .contains("kring: 1 fout, 0 waarschuwingen; verbeter de fouten hierboven")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void searchPrintsLucenesTopResultsForARegion() {
        assertThat(run(withRoot("search", "--region", "noord", "verlies"))).isZero();
        assertThat(out.toString()).startsWith("1 resultaat voor 'verlies' (termen: verlies)")
                .containsPattern("1\\. +[0-9.]+ +group +Rouwgroep Roermond +/roermond/groepen/rouwgroep/");

        out.getBuffer().setLength(0);
        assertThat(run(withRoot("search", "--region", "zuid", "--json", "Geldzorgen", "Heerlen"))).isZero();
        assertThat(out.toString()).startsWith("{\"query\":\"Geldzorgen Heerlen\",\"terms\":[\"geldzorg\",\"heerl\"],"
                + "\"total\":1,\"allTerms\":1,\"anyTerm\":false,\"hits\":[{\"doc\":0,\"score\":")
                .contains("\"title\":\"Schuldencafé Heerlen\",\"path\":\"/heerlen/groepen/schuldencafe/\"}]}");
    }

    @Test
    void searchNeedsAKnownRegionAndValidContent() {
        assertThat(run(withRoot("search", "--region", "west", "rouw"))).isEqualTo(2);
        assertThat(err.toString()).contains("west");
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "status: klaar"));
        assertThat(run(withRoot("search", "--region", "noord", "rouw"))).isEqualTo(1);
        assertThat(err.toString()).contains("rouwgroep.md:17:9: fout:").doesNotContain("Exception");
    }

    @Test
    void githubFormatForPullRequests() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "status: klaar"));
        assertThat(run(withRoot("check", "--format", "github"))).isEqualTo(1);
        assertThat(out.toString()).startsWith(
                "::error file=content/roermond/groups/rouwgroep.md,line=17,col=9,title=field.enum::'status' moet een van");
    }

    @Test
    void checkWritesNothing() {
        assertThat(run(withRoot("check"))).isZero();
        assertThat(out.toString()).contains("gecontroleerd noord");
        assertThat(dir.resolve("dist")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run(withRoot("build", "--region", "west"))).isEqualTo(2);
        assertThat(err.toString()).contains("kring: onbekende regio: west (regio's in site-config.yml: noord, zuid)\n"
                + "Typ 'kring help build' voor uitleg.");
        assertThat(run("build", "--bogus")).isEqualTo(2);
        assertThat(run("build", "--root", dir.resolve("nothing-here").toString())).isEqualTo(2);
        assertThat(run(withRoot("build", "--now", "gisteren"))).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void serveOnAPortInUseIsOneClearLineAndExitCodeTwo() throws java.io.IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
                    () -> run(withRoot("serve", "--port", String.valueOf(taken.getLocalPort()))));
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("kring: poort " + taken.getLocalPort()
                    + " op 127.0.0.1 is al in gebruik; stop de andere server of kies een andere poort met --port\n");
        }
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build").contains("check").contains("serve");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("kring \\S+");
    }
}
