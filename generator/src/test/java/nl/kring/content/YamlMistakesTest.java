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
                """)).containsExactly(PAGE + ":4:7: error: the list that opens with '[' on line 4 is not closed: "
                + "close it with ']' on line 4");
    }

    @Test
    void anUnclosedListFollowedByMoreFieldsIsReportedWhereItOpens() {
        site.write("content/roermond/groups/rouwgroep.md",
                TestSite.group("Rouwgroep", "").replace("topics: [rouw]", "topics: [rouw, schulden"));
        assertThat(site.errors()).containsExactly("content/roermond/groups/rouwgroep.md:3:9: error: "
                + "the list that opens with '[' on line 3 is not closed: close it with ']' on line 3");
    }

    @Test
    void anUnclosedBraceIsReportedWhereItOpens() {
        assertThat(errorsOf("""
                title: Info
                summary: {kort
                """)).containsExactly(PAGE + ":3:10: error: the '{' on line 3 is not closed: close it with '}' on line 3");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        assertThat(errorsOf("""
                title: "Info
                summary: Kort
                """)).containsExactly(PAGE + ":2:8: error: the text that starts with \" on line 2 is not closed: "
                + "end it with \" on the same line");
    }

    @Test
    void aMissingSpaceAfterTheColon() {
        assertThat(errorsOf("""
                title:Info
                summary: Kort
                """)).containsExactly(PAGE + ":2:6: error: put a space after the ':' of 'title' on line 2: title: Info");
    }

    @Test
    void aMissingSpaceAfterTheColonOnTheLastLine() {
        assertThat(errorsOf("""
                title: Info
                summary:Kort
                """)).containsExactly(PAGE + ":3:8: error: put a space after the ':' of 'summary' on line 3: summary: Kort");
    }

    @Test
    void aTab() {
        assertThat(errorsOf("title: Info\n\tsummary: Kort\n"))
                .containsExactly(PAGE + ":3:1: error: line 3 is indented with a tab; indent with spaces instead "
                        + "(YAML does not allow tabs)");
    }

    @Test
    void aFieldIndentedTooFar() {
        site.write("content/roermond/groups/rouwgroep.md",
                TestSite.group("Rouwgroep", "").replace("  address: Voorbeeldstraat 12", "   address: Voorbeeldstraat 12"));
        assertThat(site.errors()).containsExactly("content/roermond/groups/rouwgroep.md:8:4: error: line 8 is "
                + "indented further than line 7: start 'address' in the same column as 'name' (column 3)");
    }

    @Test
    void aFieldIndentedTooLittle() {
        site.write("content/roermond/groups/rouwgroep.md",
                TestSite.group("Rouwgroep", "").replace("  address: Voorbeeldstraat 12", " address: Voorbeeldstraat 12"));
        assertThat(site.errors()).containsExactly("content/roermond/groups/rouwgroep.md:8:2: error: the indentation "
                + "of line 8 does not match: fields of one block start in the same column, like 'name' on line 7 (column 3)");
    }

    @Test
    void aColonInsideUnquotedText() {
        assertThat(errorsOf("""
                title: Info
                summary: Let op: nieuwe tijden
                """)).containsExactly(PAGE + ":3:16: error: text with ': ' in it must be in quotes: "
                + "write summary: \"Let op: nieuwe tijden\"");
    }

    @Test
    void aListItemOutsideAList() {
        site.write("content/roermond/groups/rouwgroep.md",
                TestSite.group("Rouwgroep", "").replace("topics: [rouw]", "topics: rouw\n- schulden"));
        assertThat(site.errors()).containsExactly("content/roermond/groups/rouwgroep.md:4:1: error: line 4 is a "
                + "list item ('- ') that belongs to no list: put it under a field that ends in ':' on its own line, "
                + "such as 'topics:' on line 3, indented by two spaces");
    }

    @Test
    void aDuplicateField() {
        assertThat(errorsOf("""
                title: Info
                summary: Kort
                title: Nog eens
                """)).containsExactly(PAGE + ":4:1: error: field 'title' appears twice (first on line 2)");
    }

    @Test
    void aMissingClosingLineIsReportedWhereTheTextStarts() {
        site.write(PAGE, "---\ntitle: Info\nsummary: Kort\n\nWelkom bij onze groep.\n");
        assertThat(site.errors()).containsExactly(PAGE + ":5:1: error: the front matter is not closed: "
                + "add a line '---' above line 5, after the last field");
    }

    @Test
    void aMissingClosingLineInAFileOfOnlyFields() {
        site.write(PAGE, "---\ntitle: Info\nsummary: Kort\n");
        assertThat(site.errors()).containsExactly(PAGE + ":3:1: error: the front matter is not closed: "
                + "add a line '---' after line 3, the last field");
    }
}
