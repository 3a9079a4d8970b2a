package nl.kring.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Request paths are taken apart safely: nothing that could climb out of the site gets through. */
class RequestPathTest {

    @Test
    void decodesSegmentsAndKnowsFolders() {
        RequestPath path = RequestPath.parse("/noord/groepen/caf%C3%A9/").orElseThrow();
        assertThat(path.segments()).containsExactly("noord", "groepen", "café");
        assertThat(path.directory()).isTrue();
        assertThat(path.first()).contains("noord");
        assertThat(path.rest()).isEqualTo("groepen/café");
        assertThat(RequestPath.parse("/").orElseThrow().segments()).isEmpty();
        assertThat(RequestPath.parse("/noord/feed.xml").orElseThrow().directory()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/noord/../site-config.yml", "/noord/%2e%2e/site-config.yml", "/noord/%2E%2E/x",
            "/noord/.%2e/x", "/noord/./x", "/noord/assets%2fstyle.css", "/noord/assets%2Fstyle.css",
            "/noord/..%5csite-config.yml", "/noord\\..\\x", "/noord//x", "/noord/%00", "/noord/%zz",
            "/noord/%c3", "noord/", "", "/noord/%0a"})
    void refusesWhatCouldLeaveTheSite(String raw) {
        assertThat(RequestPath.parse(raw)).as(raw).isEmpty();
    }

    @Test
    void dotFilesAreJustNames() {
        assertThat(RequestPath.parse("/noord/.well-known/x").orElseThrow().segments())
                .isEqualTo(List.of("noord", ".well-known", "x"));
    }
}
