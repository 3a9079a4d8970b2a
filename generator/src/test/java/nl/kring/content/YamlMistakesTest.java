package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.TestSite;

/**
 * The YAML mistakes editors make, one fixture each: reported at the line and column of the mistake
 * (not where the YAML parser noticed it), with how to fix it.
 */
class YamlMistakesTest {

    private static final String PAGE = "content/roermond/pages/info.md";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    private java.util.List<String> errorsOf(String frontMatter) {
        site.write(PAGE, "---\n" + frontMatter + "---\nTekst.\n");
        return site.errors();
    }

    @Test
    void anUnclosedListIsReportedWhereItOpens() {
        assertThat(errorsOf("""
                title: Info
                summary: Kort
                menu: [3
                """)).containsExactly(PAGE + ":4:7: fout: de lijst die op regel 4 begint met [ is niet afgesloten: "
                + "sluit de lijst op regel 4 af met ]");
    }

    @Test
    void inEnglishOnRequest() {
        site.write(PAGE, "---\ntitle: Info\nmenu: [3\n---\n");
        assertThat(site.check().diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("yaml.unclosed.list"))
                .satisfies(d -> assertThat(d.headline(nl.kring.message.Texts.english())).isEqualTo(PAGE
                        + ":3:7: error: the list that opens with [ on line 3 is not closed: close the list on line 3 with ]"));
    }

    @Test
    void anUnclosedListFollowedByMoreFieldsIsReportedWhereItOpens() {
        site.write("content/roermond/groups/rouwgroep.md",
                TestSite.group("Rouwgroep", "").replace("topics: [rouw]", "topics: [rouw, schulden"));
        assertThat(site.errors()).containsExactly("content/roermond/groups/rouwgroep.md:3:9: fout: "
                + "de lijst die op regel 3 begint met [ is niet afgesloten: sluit de lijst op regel 3 af met ]");
    }

    @Test
    void anUnclosedBraceIsReportedWhereItOpens() {
        assertThat(errorsOf("""
                title: Info
                summary: {kort
                """)).containsExactly(PAGE + ":3:10: fout: de {-haak op regel 3 is niet afgesloten: sluit hem op regel 3 af met }");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        assertThat(errorsOf("""
                title: "Info
                summary: Kort
                """)).containsExactly(PAGE + ":2:8: fout: de tekst die op regel 2 begint met \" is niet afgesloten: "
                + "sluit hem op dezelfde regel af met \"");
    }

    @Test
    void textAfterTheClosingQuoteIsReportedWhereItStandsWithTheWholeTextQuoted() {
        assertThat(errorsOf("""
                title: "Samen sterk" in Roermond
                summary: Kort
                """)).containsExactly(PAGE + ":2:22: fout: na de afsluitende \" op regel 2 staat nog tekst "
                + "(in Roermond): zet de hele tekst tussen de aanhalingstekens, bijvoorbeeld title: \"Samen sterk in Roermond\"");
        assertThat(errorsOf("""
                title: Info
                summary: 'Voor ouders' en verzorgers
                """)).containsExactly(PAGE + ":3:24: fout: na de afsluitende ' op regel 3 staat nog tekst "
                + "(en verzorgers): zet de hele tekst tussen de aanhalingstekens, bijvoorbeeld "
                + "summary: 'Voor ouders en verzorgers'");
    }

    @Test
    void aQuotedTextWithQuotesInsideAndACommentAfterItIsFine() {
        assertThat(errorsOf("""
                title: "Het \\"Samen\\" café" # de naam van de groep
                summary: 'Het ''Samen'' café'
                """)).isEmpty();
    }

    @Test
    void aMissingSpaceAfterTheColon() {
        assertThat(errorsOf("""
                title:Info
                summary: Kort
                """)).containsExactly(PAGE + ":2:6: fout: zet een spatie na de dubbele punt van 'title' op regel 2: title: Info");
    }

    @Test
    void aMissingSpaceAfterTheColonOnTheLastLine() {
        assertThat(errorsOf("""
                title: Info
                summary:Kort
                """)).containsExactly(PAGE + ":3:8: fout: zet een spatie na de dubbele punt van 'summary' op regel 3: summary: Kort");
    }

    @Test
    void aTab() {
        assertThat(errorsOf("title: Info\n\tsummary: Kort\n"))
                .containsExactly(PAGE + ":3:1: fout: regel 3 springt in met een tab; gebruik spaties "
                        + "(YAML staat geen tabs toe)");
    }

    @Test
    void aFieldIndentedTooFar() {
        site.write("content/roermond/groups/rouwgroep.md",
                TestSite.group("Rouwgroep", "").replace("  address: Voorbeeldstraat 12", "   address: Voorbeeldstraat 12"));
        assertThat(site.errors()).containsExactly("content/roermond/groups/rouwgroep.md:8:4: fout: regel 8 springt "
                + "verder in dan regel 7: laat 'address' in dezelfde kolom beginnen als 'name' (kolom 3)");
    }

    @Test
    void aFieldIndentedTooLittle() {
        site.write("content/roermond/groups/rouwgroep.md",
                TestSite.group("Rouwgroep", "").replace("  address: Voorbeeldstraat 12", " address: Voorbeeldstraat 12"));
        assertThat(site.errors()).containsExactly("content/roermond/groups/rouwgroep.md:8:2: fout: de inspringing "
                + "van regel 8 klopt niet: velden van één blok beginnen in dezelfde kolom, zoals 'name' op regel 7 (kolom 3)");
    }

    @Test
    void aColonInsideUnquotedText() {
        assertThat(errorsOf("""
                title: Info
                summary: Let op: nieuwe tijden
                """)).containsExactly(PAGE + ":3:16: fout: tekst met ': ' erin moet tussen aanhalingstekens: "
                + "schrijf summary: \"Let op: nieuwe tijden\"");
    }

    @Test
    void aListItemOutsideAList() {
        site.write("content/roermond/groups/rouwgroep.md",
                TestSite.group("Rouwgroep", "").replace("topics: [rouw]", "topics: rouw\n- schulden"));
        assertThat(site.errors()).containsExactly("content/roermond/groups/rouwgroep.md:4:1: fout: regel 4 is een "
                + "lijstonderdeel ('- ') dat bij geen lijst hoort: zet het twee spaties ingesprongen onder een veld dat "
                + "op ':' eindigt, zoals 'topics:' op regel 3");
    }

    @Test
    void aDuplicateField() {
        assertThat(errorsOf("""
                title: Info
                summary: Kort
                title: Nog eens
                """)).containsExactly(PAGE + ":4:1: fout: het veld 'title' staat er twee keer (eerst op regel 2): haal er één weg");
    }

    @Test
    void aMissingClosingLineIsReportedWhereTheTextStarts() {
        site.write(PAGE, "---\ntitle: Info\nsummary: Kort\n\nWelkom bij onze groep.\n");
        assertThat(site.errors()).containsExactly(PAGE + ":5:1: fout: de velden bovenaan het bestand zijn niet "
                + "afgesloten: zet een regel '---' boven regel 5, na het laatste veld");
    }

    @Test
    void aMissingClosingLineInAFileOfOnlyFields() {
        site.write(PAGE, "---\ntitle: Info\nsummary: Kort\n");
        assertThat(site.errors()).containsExactly(PAGE + ":3:1: fout: de velden bovenaan het bestand zijn niet "
                + "afgesloten: zet een regel '---' onder regel 3, het laatste veld");
    }
}
