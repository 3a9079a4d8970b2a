package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;

import nl.kring.source.MarkdownSyntax;

/**
 * The content check parses a text's Markdown only when it may hold a link, an image or HTML: a text without
 * them has nothing to check. These hold the shortcut to what the parser finds.
 */
class MarkdownCheckerTest {

    private final MarkdownSyntax syntax = new MarkdownSyntax();

    @Test
    void everyWayToWriteALinkImageOrHtmlIsLookedAt() {
        for (String text : List.of(
                "Zie [de groepen](../groups/a.md).", "![Foto van de groep](foto.jpg)", "[tekst][1]\n\n[1]: https://x.nl",
                "Mail ons: info@zelfhulp.nl", "Kijk op https://www.zelfhulp.nl", "Kijk op www.zelfhulp.nl",
                "<https://zelfhulp.nl>", "Een <b>vet</b> woord", "<div>\nblok\n</div>",
                "Kijk op ftp://bestanden.nl", "javascript://%0Aalert(1)")) {
            assertThat(MarkdownChecker.mayHoldLinks(text)).as(text).isTrue();
            assertThat(nodesToCheck(text)).as(text).isPositive();
        }
        assertThat(MarkdownChecker.mayHoldLinks("Kijk op WWW.ZELFHULP.NL")).as("looked at, to be safe").isTrue();
    }

    @Test
    void aTextWithoutThemIsNotParsed() {
        for (String text : List.of("", "Wij komen elke eerste dinsdag bij elkaar, van 19:30 tot 21:00 uur.",
                "# Over ons\n\n- koffie\n- thee\n\n**Welkom!** _Iedereen_ mag komen: 1 > 0.",
                "| dag | tijd |\n| --- | --- |\n| maandag | 10:00 |", "Bel 06-12345678 of kom langs op de Markt 1.")) {
            assertThat(MarkdownChecker.mayHoldLinks(text)).as(text).isFalse();
            assertThat(nodesToCheck(text)).as(text).isZero();
        }
    }

    /** Over the texts of the repository's own sample network: skipped texts are exactly those the parser finds nothing in. */
    @Test
    void theSampleNetworksTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                texts.add(Files.readString(file));
            }
        }
        assertThat(texts).hasSizeGreaterThan(50);
        for (String text : texts) {
            if (!MarkdownChecker.mayHoldLinks(text)) {
                assertThat(nodesToCheck(text)).as(text).isZero();
            }
        }
    }

    private int nodesToCheck(String text) {
        int[] count = {0};
        syntax.parser().parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                count[0]++;
            }

            @Override
            public void visit(Image image) {
                count[0]++;
            }

            @Override
            public void visit(HtmlBlock html) {
                count[0]++;
            }

            @Override
            public void visit(HtmlInline html) {
                count[0]++;
            }
        });
        return count[0];
    }
}
