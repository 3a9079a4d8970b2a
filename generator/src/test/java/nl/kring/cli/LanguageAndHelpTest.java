package nl.kring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.KringCli;
import nl.kring.testing.TestSite;

/**
 * Kring speaks Dutch unless asked for English (--lang en or KRING_LANG=en), says so in its help, and
 * answers a mistyped or Dutch command name with the command that was meant.
 */
class LanguageAndHelpTest {

    @TempDir
    Path dir;
    TestSite site;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    private int run(Map<String, String> environment, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return KringCli.run(environment, out, err, args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void aDutchValueIsAProblemInDutchByDefaultAndInEnglishOnRequest() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "status: vol"));
        assertThat(run("check", "--root", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("content/roermond/groups/rouwgroep.md:17:9: fout: 'status' moet een van "
                        + "active, starting, full, paused of ended zijn (actief, start binnenkort, vol, gepauzeerd "
                        + "of gestopt), niet 'vol' — bedoelt u 'full'?")
                .contains("kring: 1 fout, 0 waarschuwingen; verbeter de fouten hierboven");

        String english = "content/roermond/groups/rouwgroep.md:17:9: error: 'status' must be one of active, starting, "
                + "full, paused or ended, not 'vol' (did you mean 'full'?)";
        assertThat(run("check", "--lang", "en", "--root", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(english).contains("kring: 1 error, 0 warnings; fix the errors above");
        assertThat(run("--lang=en", "check", "--root", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(english);
        assertThat(run(Map.of("KRING_LANG", "en"), "check", "--root", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(english);
        assertThat(run(Map.of("KRING_LANG", "en"), "check", "--lang", "nl", "--root", dir.toString()))
                .as("--lang wins over KRING_LANG").isEqualTo(1);
        assertThat(err.toString()).contains("fout: 'status' moet een van");
    }

    @Test
    void jsonAndGithubCarryTheSameCodeInEitherLanguage() {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "status: vol"));
        assertThat(run("check", "--format", "json", "--root", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("\"code\":\"field.enum\"")
                .contains("\"message\":\"'status' moet een van")
                .contains("\"arguments\":[\"status\",\"active, starting, full, paused, ended\"");
        assertThat(run("check", "--format", "json", "--lang", "en", "--root", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("\"code\":\"field.enum\"").contains("\"message\":\"'status' must be one of");
        assertThat(run("check", "--format", "github", "--lang", "en", "--root", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("::error file=content/roermond/groups/rouwgroep.md,line=17,col=9,"
                + "title=field.enum::'status' must be one of");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        assertThat(run("check", "--lang", "fr", "--root", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kring: onbekende taal 'fr' bij --lang; kies uit nl, en\n");
        assertThat(out.toString()).isEmpty();
        assertThat(run(Map.of("KRING_LANG", "klingon"), "check", "--root", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kring: onbekende taal 'klingon' bij KRING_LANG; kies uit nl, en\n");
        assertThat(run("check", "--lang")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kring: onbekende taal '' bij --lang");
    }

    @Test
    void helpIsDutchByDefaultAndEnglishOnRequest() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).startsWith("Gebruik: kring ")
                .contains("Controleer alle inhoud").contains("--lang=nl|en").contains("Afsluitcodes:")
                .doesNotContain("Check all content");
        assertThat(run("--lang", "en", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: kring ").contains("Check all content").contains("Exit codes:");
    }

    @Test
    void theOverviewListsEveryCommandWhateverFollowsTheHelpOption() {
        assertThat(run("--help")).isZero();
        String overview = out.toString();
        assertThat(overview).contains("build").contains("check").contains("serve").contains("report");
        assertThat(run("--help", "build")).isZero();
        assertThat(out.toString()).isEqualTo(overview);
        assertThat(run("-h", "check")).isZero();
        assertThat(out.toString()).isEqualTo(overview);
    }

    @Test
    void helpCommandShowsTheSameHelpAsTheHelpOption() {
        assertThat(run("build", "--help")).isZero();
        String viaOption = out.toString();
        assertThat(run("help", "build")).isZero();
        assertThat(out.toString()).isEqualTo(viaOption).contains("Map voor de uitvoer");
        assertThat(run("help")).isZero();
        assertThat(out.toString()).startsWith("Gebruik: kring ").contains("build").contains("report");
        assertThat(run("help", "bouw")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kring: onbekend commando 'bouw' — bedoelt u 'build'?");
    }

    @Test
    void anUnknownCommandSuggestsTheOneMeantAlsoForDutchWords() {
        Map<String, String> meant = Map.of("bouw", "build", "controleer", "check", "nieuw", "new",
                "voorbeeld", "serve", "bekijk", "serve", "rapport", "report", "chek", "check", "buidl", "build");
        meant.forEach((typed, command) -> {
            assertThat(run(typed)).as(typed).isEqualTo(2);
            assertThat(err.toString()).as(typed).startsWith("kring: onbekend commando '" + typed
                    + "' — bedoelt u '" + command + "'?").contains("Typ 'kring help' voor uitleg.");
        });
        assertThat(run("--lang", "en", "rapport")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kring: unknown command 'rapport' (did you mean 'report'?)");
        assertThat(run("xyzzy")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kring: onbekend commando 'xyzzy' (de commando's zijn: build, check,");
    }

    @Test
    void picocliUsageMistakesAreExplainedInTheLanguage() {
        assertThat(run("build", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kring: onbekende optie '--bogus'\nTyp 'kring help build' voor uitleg.\n");
        assertThat(run("build", "--roo", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("kring: onbekende optie '--roo' — bedoelt u '--root'?");
        assertThat(run("serve", "--port", "abc")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kring: ongeldige waarde 'abc' voor --port");
        assertThat(run("new")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kring: TYPE ontbreekt");
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).startsWith("kring: noem een commando: build, check, serve");
    }
}
