package nl.kring.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.source.Suggestions;
import nl.kring.testing.TestSite;

/** The machine-readable formats: GitHub Actions workflow commands and JSON. */
class DiagnosticFormatTest {

    @TempDir
    Path dir;

    @Test
    void githubFormatGivesOneWorkflowCommandPerProblemOnABrokenSite() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "status: klaar")
                .replace("facilitators: 2\n", "").replace("topics: [rouw]", "topics: [rouww]"));
        String out = DiagnosticFormat.GITHUB.render(site.check().diagnostics(), Texts.dutch());
        assertThat(out.lines().toList()).containsExactly(
                "::warning file=content/roermond/groups/rouwgroep.md,line=2,col=1,title=group.noFacilitators::"
                        + "de groep heeft geen begeleiders: voeg 'facilitators: <aantal>' toe",
                "::error file=content/roermond/groups/rouwgroep.md,line=3,col=10,title=topic.unknown::"
                        + "'rouww' is geen bekend onderwerp (zie content/topics.yml) — bedoelt u 'rouw'?",
                "::error file=content/roermond/groups/rouwgroep.md,line=16,col=9,title=field.enum::"
                        + "'status' moet een van active, starting, full, paused of ended zijn (actief, start binnenkort, "
                        + "vol, gepauzeerd of gestopt), niet 'klaar'");
        // the same problems in English, with the same codes: tools read the code, never the words
        assertThat(DiagnosticFormat.GITHUB.render(site.check().diagnostics(), Texts.english()).lines()
                .map(l -> l.substring(0, l.lastIndexOf("::")))).containsExactlyElementsOf(
                out.lines().map(l -> l.substring(0, l.lastIndexOf("::"))).toList());
        assertThat(out).endsWith("\n");
    }

    @Test
    void githubFormatEscapesDataAndPropertiesLikeTheActionsToolkit() {
        Diagnostic d = new Diagnostic(Severity.ERROR, new SourcePosition("content/a,b:c.md", 3, 7),
                Message.of("field.invalid", "cost", Message.of("expect.integer"), "100% wrong\r\nsecond line"), List.of());
        assertThat(DiagnosticFormat.GITHUB.render(List.of(d), Texts.english()))
                .isEqualTo("::error file=content/a%2Cb%3Ac.md,line=3,col=7,title=field.invalid::"
                        + "'cost' must be a whole number, not '100%25 wrong%0D%0Asecond line'\n");
    }

    @Test
    void jsonFormatListsEveryFieldOfEveryProblem() {
        Diagnostic d = new Diagnostic(Severity.WARNING, new SourcePosition("content/x.md", 2, 1),
                Message.of("field.unknown", "say \"hi\"", Suggestions.NONE), List.of());
        assertThat(DiagnosticFormat.JSON.render(List.of(d), Texts.dutch())).isEqualTo("""
                [
                  {"severity":"warning","code":"field.unknown","path":"content/x.md","line":2,"column":1,\
                "message":"onbekend veld 'say \\"hi\\"'","draft":false,"arguments":["say \\"hi\\"","suggestion.none"]}
                ]
                """);
        assertThat(DiagnosticFormat.JSON.render(List.of(), Texts.english())).isEqualTo("[]\n");
    }

    @Test
    void aProblemInADraftKeepsItsOwnCodeWithDraftTrue() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "status: vol\ndraft: true"));
        List<Diagnostic> found = site.check().diagnostics();
        assertThat(DiagnosticFormat.JSON.render(found, Texts.dutch())).contains(
                "{\"severity\":\"warning\",\"code\":\"field.enum\",\"path\":\"content/roermond/groups/rouwgroep.md\","
                        + "\"line\":17,\"column\":9,\"message\":\"in een concept (draft: true): 'status' moet een van")
                .contains("\"draft\":true,\"arguments\":[\"status\",");
        assertThat(DiagnosticFormat.GITHUB.render(found, Texts.english())).contains(
                "::warning file=content/roermond/groups/rouwgroep.md,line=17,col=9,title=field.enum::in a draft");
    }
}
