package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** A theme's scripts and stylesheets are published without their comment lines, and otherwise as written. */
class AssetCommentsTest {

    @Test
    void aScriptLosesItsCommentLinesAndKeepsEveryLineOfCode() {
        String script = """
                /**
                 * The engine.
                 */
                export function f(a) {
                  // why: a line comment
                  const b = a / 2; // a comment after code stays
                  /* a block on one line */
                  return /* inside */ b;
                }
                """;
        assertThat(AssetComments.withoutCommentLines(script, true)).isEqualTo("""
                export function f(a) {
                  const b = a / 2; // a comment after code stays
                  return /* inside */ b;
                }
                """);
    }

    @Test
    void aStylesheetLosesItsBlockCommentsButKeepsWhatOnlyLooksLikeALineComment() {
        String css = """
                /* Colours */
                :root { --accent: #1d6b57; }
                /*
                 * Phones first.
                 */
                a { color: var(--accent); } /* after a rule */
                """;
        assertThat(AssetComments.withoutCommentLines(css, false)).isEqualTo("""
                :root { --accent: #1d6b57; }
                a { color: var(--accent); } /* after a rule */
                """);
        assertThat(AssetComments.withoutCommentLines("// not a CSS comment\na {}\n", false))
                .isEqualTo("// not a CSS comment\na {}\n");
    }

    @Test
    void whenItCannotBeSureTheFileIsPublishedAsItIs() {
        // a template literal over several lines: its "// lines" are text
        String template = "const html = `\n// text\n`;\n";
        assertThat(AssetComments.withoutCommentLines(template, true)).isNull();
        assertThat(AssetComments.stripped("x.js", template.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(template.getBytes(StandardCharsets.UTF_8));
        assertThat(AssetComments.withoutCommentLines("/* open\nnever closed\n", false)).isNull();
        assertThat(AssetComments.withoutCommentLines("/* a\n b */ a {}\n", false)).as("code after the end").isNull();
        assertThat(AssetComments.withoutCommentLines("const s = 'a\\\n// b';\n", true)).isNull();
        byte[] image = {(byte) 0x89, 'P', 'N', 'G'};
        assertThat(AssetComments.stripped("logo.png", image)).isSameAs(image);
    }

    @Test
    void theThemesSearchScriptShrinksByAboutAQuarter() throws IOException {
        Path file = Path.of("..", "themes", "default", "assets", "search.js");
        byte[] written = Files.readAllBytes(file);
        byte[] published = AssetComments.stripped("search.js", written);
        assertThat(gzipped(published)).isLessThan(gzipped(written) * 4 / 5);
        assertThat(new String(published, StandardCharsets.UTF_8)).contains("export class SearchEngine")
                .doesNotContain("\n/**", "\n  // ");
    }

    private static int gzipped(byte[] bytes) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
