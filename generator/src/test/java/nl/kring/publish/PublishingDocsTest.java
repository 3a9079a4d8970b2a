package nl.kring.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docs/publishing.md stays true to what Kring builds. */
class PublishingDocsTest {

    @Test
    void theNginxHeaderSendsTheSamePolicyAsThePagesMetaTag() throws IOException {
        String layout = Files.readString(Path.of("..", "themes", "default", "templates", "layout.ftlh"));
        String docs = Files.readString(Path.of("..", "docs", "publishing.md"));
        Matcher meta = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").matcher(layout);
        Matcher header = Pattern.compile("add_header Content-Security-Policy \"([^\"]+)\" always;").matcher(docs);
        assertThat(meta.find()).isTrue();
        assertThat(header.find()).isTrue();
        assertThat(header.group(1)).isEqualTo(meta.group(1));
    }
}
