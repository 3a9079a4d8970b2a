package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.message.Texts;
import nl.kring.testing.TestSite;

/** Forgiving where what the editor meant is unambiguous, precise about where a problem is. */
class ForgivingTest {

    private static final String GROUP = "content/roermond/groups/rouwgroep.md";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    @Test
    void regionsAllInAListMeansAllRegions() {
        site.write(GROUP, TestSite.group("Rouwgroep", "regions: [all]"));
        assertThat(site.build().diagnostics()).isEmpty();
        assertThat(site.out().resolve("zuid/roermond/groepen/rouwgroep/index.html")).exists();
        assertThat(site.output("zuid/groepen/index.html")).contains("Rouwgroep");
    }

    @Test
    void allTogetherWithOtherRegionsIsAnErrorThatSaysWhy() {
        site.write(GROUP, TestSite.group("Rouwgroep", "regions: [zuid, all]"));
        assertThat(site.errors()).containsExactly(GROUP + ":17:17: fout: 'all' betekent al: alle regio's, en kan "
                + "niet samen met andere regio's in een lijst staan; schrijf 'regions: all' of noem alleen de regio's "
                + "die u bedoelt");
        assertThat(site.check().diagnostics().getFirst().headline(Texts.english())).isEqualTo(GROUP
                + ":17:17: error: 'all' already means every region, so it cannot be combined with other regions: "
                + "write 'regions: all', or list only the regions you mean");
    }

    @Test
    void aProblemInANestedFieldNamesTheWholeField() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("  name: Anna\n", ""));
        assertThat(site.errors()).containsExactly(GROUP + ":13:3: fout: het veld 'contact.name' ontbreekt; het is verplicht");
    }

    @Test
    void aNestedFieldOfTheWrongKindNamesTheWholeField() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("  city: Roermond", "  city: [Roermond]"));
        assertThat(site.errors()).singleElement().asString().startsWith(GROUP + ":10:9: fout: 'location.city' ");
    }

    @Test
    void anUnknownNestedFieldNamesTheWholeField() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("  email: anna@example.org", "  email: anna@example.org\n  fone: 0612345678"));
        assertThat(site.check().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("field.unknown");
            assertThat(d.headline(Texts.english())).startsWith(GROUP + ":15:3: error: unknown field 'contact.fone'");
        });
    }

    @Test
    void noFacilitatorsPointsAtAnEmptyFacilitatorsLine() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("facilitators: 2", "facilitators:"));
        assertThat(site.check().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.position()).hasToString(GROUP + ":15:1");
        });
    }

    @Test
    void noFacilitatorsPointsAtFacilitatorsZero() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("facilitators: 2", "facilitators: 0"));
        assertThat(site.check().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.position()).hasToString(GROUP + ":15:15");
        });
    }

    @Test
    void noFacilitatorsLineAtAllPointsAtTheFrontMatter() {
        site.write(GROUP, TestSite.group("Rouwgroep", "").replace("facilitators: 2\n", ""));
        assertThat(site.check().diagnostics()).singleElement().satisfies(d ->
                assertThat(d.position()).hasToString(GROUP + ":2:1"));
    }

    @Test
    void groupsWhoseNamesDifferOnlyInPunctuationCaseOrOnlineAreMaybeDuplicates() {
        site.write("content/roermond/groups/rouwgroep-online.md", TestSite.group("ROUWGROEP, Roermond (online)", ""));
        assertThat(site.problems()).containsExactly("content/roermond/groups/rouwgroep.md:1:1: waarschuwing: "
                + "mogelijk dubbel: de groep 'Rouwgroep Roermond' lijkt op 'ROUWGROEP, Roermond (online)' in dezelfde gemeente "
                + "(content/roermond/groups/rouwgroep-online.md); is het dezelfde groep, voeg de bestanden dan samen, "
                + "en anders een naam die het verschil laat zien");
    }

    @Test
    void accentsAndMannerWordsDoNotMakeADifferentGroup() {
        site.write(GROUP, TestSite.group("Rouwcafé Roermond", ""));
        site.write("content/roermond/groups/rouwcafe-digitaal.md", TestSite.group("Rouwcafe Roermond – digitaal", ""));
        assertThat(site.problems()).singleElement().asString().contains("mogelijk dubbel");
    }

    @Test
    void differentGroupsAndTheSameNameElsewhereAreNoDuplicates() {
        site.write("content/roermond/groups/rouwgroep-jongeren.md", TestSite.group("Rouwgroep jongeren", ""));
        site.write("content/heerlen/groups/rouwgroep.md", TestSite.group("Rouwgroep", ""));
        site.write("content/roermond/groups/oud.md", TestSite.group("Rouwgroep!", "status: ended"));
        // the same group meeting online as well as in person is two groups on purpose
        site.write("content/roermond/groups/online-rouwgroep.md", TestSite.group("Online rouwgroep Roermond", "format: online"));
        assertThat(site.problems()).isEmpty();
    }
}
