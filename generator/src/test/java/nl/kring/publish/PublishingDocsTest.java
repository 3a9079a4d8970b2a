package nl.kring.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.kring.render.SecurityHeaders;

/** docs/publishing.md stays true to what Kring builds. */
class PublishingDocsTest {

    @Test
    void theNginxSnippetsSendThePolicyThePagesAndHeadersFileCarry() throws IOException {
        for (String doc : new String[] {"publishing.md", "security.md"}) {
            String docs = Files.readString(Path.of("..", "docs", doc));
            Matcher header = Pattern.compile("add_header Content-Security-Policy \"([^\"]+)\" always;").matcher(docs);
            assertThat(header.find()).as(doc).isTrue();
            assertThat(header.group(1)).as(doc).isEqualTo(SecurityHeaders.headerPolicy());
        }
        assertThat(SecurityHeaders.headerPolicy()).startsWith(SecurityHeaders.metaPolicy());
    }
}
