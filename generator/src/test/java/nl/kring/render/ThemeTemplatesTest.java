package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page rendered straight to UTF-8 is byte for byte the page rendered as text and then encoded. */
class ThemeTemplatesTest {

    @TempDir
    Path dir;

    private ThemeTemplates theme(String template) throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/probe.ftlh"), template);
        return new ThemeTemplates(new Theme("probe", List.of(dir, Path.of("../themes/default").toAbsolutePath())), "nl");
    }

    @Test
    void bytesAreTheTextsUtf8() throws Exception {
        ThemeTemplates theme = theme("<p>${text}</p>\n${raw?no_esc}|${high}${low}|${long}");
        Map<String, Object> model = Map.of(
                "text", "Één – „Zon” 😀 & <b>",
                // a surrogate without its other half becomes '?', as String.getBytes makes it
                "raw", "\uD800x\uDC00 end \uDBFF",
                // one character written in two parts: its halves arrive in separate writes
                "high", "\uD83D", "low", "\uDE00",
                // more than one block, with four-byte characters across the blocks' ends
                "long", "ä😀a".repeat(20_000));
        byte[] bytes = theme.renderUtf8("probe.ftlh", model);
        assertThat(bytes).isEqualTo(theme.render("probe.ftlh", model).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("<p>Één – „Zon” 😀 &amp; &lt;b&gt;</p>\n?x? end ?|😀|");
    }

    @Test
    void aPairWrittenInTwoHalvesAroundABatchEnd() throws Exception {
        ThemeTemplates theme = theme("${pad}${high}${low}|${high}x");
        for (int pad = 8_180; pad <= 8_200; pad++) {
            Map<String, Object> model = Map.of("pad", "a".repeat(pad), "high", "\uD83D", "low", "\uDE00");
            assertThat(theme.renderUtf8("probe.ftlh", model)).as("after %d characters", pad)
                    .isEqualTo(("a".repeat(pad) + "😀|?x").getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(theme.render("probe.ftlh", model).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aHighHalfAtTheEndBecomesAQuestionMark() throws Exception {
        ThemeTemplates theme = theme("${text}");
        Map<String, Object> model = Map.of("text", "eind \uD83D");
        assertThat(theme.renderUtf8("probe.ftlh", model)).isEqualTo("eind ?".getBytes(StandardCharsets.UTF_8))
                .isEqualTo(theme.render("probe.ftlh", model).getBytes(StandardCharsets.UTF_8));
    }

    /** The encoded page is kept in blocks of 32 KiB; a character whose bytes do not fit whole in a block's end is split. */
    @Test
    void aCharacterAcrossTheEndOfABlock() throws Exception {
        ThemeTemplates theme = theme("é${pad}${text}");
        for (int pad = 32_755; pad <= 32_770; pad++) {
            Map<String, Object> model = Map.of("pad", "a".repeat(pad), "text", "😀é€😀 \uDE00 \uD83D");
            assertThat(theme.renderUtf8("probe.ftlh", model)).as("after %d characters", pad)
                    .isEqualTo(("é" + "a".repeat(pad) + "😀é€😀 ? ?").getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(theme.render("probe.ftlh", model).getBytes(StandardCharsets.UTF_8));
        }
    }
}
