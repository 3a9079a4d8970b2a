package nl.kring.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import nl.kring.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

/** How a Markdown file is split into its front matter and its text, with the file line each starts on. */
class FrontMatterTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<FrontMatter> split(String text) {
        return FrontMatter.split(new SourceFile("content/pages/p.md", Path.of("p.md"), text), diagnostics);
    }

    @Test
    void theFieldsBetweenTheFencesAndTheTextAfterThem() {
        assertThat(split("---\ntitle: Over ons\nmenu: 2\n---\n# Welkom\n\nTekst.\n"))
                .contains(new FrontMatter("title: Over ons\nmenu: 2", 2, "# Welkom\n\nTekst.\n", 5));
        assertThat(split("---  \ntitle: x\n...\nTekst")).contains(new FrontMatter("title: x", 2, "Tekst", 4));
        assertThat(split("---\ntitle: x\n---   \n\nTekst\n")).contains(new FrontMatter("title: x", 2, "\nTekst\n", 4));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void emptyPartsAtEitherEnd() {
        assertThat(split("---\n---\nTekst")).contains(new FrontMatter("", 2, "Tekst", 3));
        assertThat(split("---\ntitle: x\n---")).contains(new FrontMatter("title: x", 2, "", 4));
        assertThat(split("---\ntitle: x\n---\n")).contains(new FrontMatter("title: x", 2, "", 4));
        assertThat(split("---\n\ntitle: x\n\n---\n")).contains(new FrontMatter("\ntitle: x\n", 2, "", 6));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aFenceMustStandAloneOnItsLine() {
        assertThat(split("---\ntitle: x\n  ---\n---\nTekst")).contains(new FrontMatter("title: x\n  ---", 2, "Tekst", 5));
        assertThat(split("---\ntitle: ---\n---\nTekst")).contains(new FrontMatter("title: ---", 2, "Tekst", 4));
    }

    @Test
    void withoutFencesTheFileIsReportedWhereTheProblemIs() {
        assertThat(split("# Alleen tekst\n")).isEmpty();
        assertThat(split("---\ntitle: x\n\nHier begint de tekst.\n")).isEmpty();
        assertThat(split("---\ntitle: x\nsummary: y\n\n")).isEmpty();
        assertThat(diagnostics.sorted()).extracting(d -> d.position().line() + ":" + d.position().column())
                .containsExactlyInAnyOrder("1:1", "4:1", "3:1");
    }
}
