package nl.kring.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The live-reload script shows problems that quote content files, so it must only ever add text:
 * no HTML parsing of any kind, no code from strings. (Its behaviour in a browser is covered by the
 * browser suite; this guards the rule.)
 */
class ReloadScriptTest {

    private static String script() throws IOException {
        try (InputStream in = ReloadScriptTest.class.getResourceAsStream("/nl/kring/serve/reload.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void addsProblemsAsTextOnly() throws IOException {
        String js = script();
        assertThat(js).contains("textContent")
                .doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
                .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("new Function")
                .doesNotContain("DOMParser").doesNotContain("createContextualFragment");
    }

    @Test
    void hasNoWordsOfItsOwnSoTheOverlaySpeaksTheEditorsLanguage() throws IOException {
        String js = script();
        assertThat(js).contains("report.title").contains("report.intro").contains("report.warnings")
                .contains("report.close").contains("report.lang");
        // no sentence in a string literal: every word the overlay shows comes from the server's message bundle
        java.util.regex.Matcher literal = java.util.regex.Pattern.compile("'([^'\\n]*)'").matcher(js);
        while (literal.find()) {
            assertThat(literal.group(1)).as("string literal in reload.js").doesNotContainPattern("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+");
        }
    }

    @Test
    void talksOnlyToItsOwnOrigin() throws IOException {
        assertThat(script()).contains("new EventSource('/_kring/events')").doesNotContain("http:").doesNotContain("https:");
    }
}
