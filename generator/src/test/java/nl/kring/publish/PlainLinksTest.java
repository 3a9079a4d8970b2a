package nl.kring.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link PlainLinks} resolves a plain link to the very path {@link URI#resolve} gives, and leaves the rest to URI. */
class PlainLinksTest {

    private static final String[] SEGMENTS = {"a", "b", "..", ".", "", "x.html", "c-d_e~f", "agenda.ics", "..."};
    private static final String[] FOLDERS = {"/", "/a/", "/a/b/", "/alkmaar/groepen/online-vrouwen-met-adhd/"};

    @Test
    void everyPlainLinkLeadsWhereUriSaysItDoes() throws Exception {
        Random random = new Random(3986);
        int plain = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder link = new StringBuilder(random.nextInt(4) == 0 ? "/" : "");
            int segments = random.nextInt(6);
            for (int i = 0; i < segments; i++) {
                link.append(i > 0 ? "/" : "").append(SEGMENTS[random.nextInt(SEGMENTS.length)]);
            }
            if (random.nextInt(3) == 0) {
                link.append('#').append(random.nextBoolean() ? "volgende" : "");
            }
            String folder = FOLDERS[random.nextInt(FOLDERS.length)];
            PlainLinks.Plain parts = PlainLinks.of(link.toString());
            if (parts == null) {
                continue;
            }
            plain++;
            URI uri = new URI(link.toString());
            assertThat(PlainLinks.resolve(folder, parts)).as("%s from %s", link, folder)
                    .isEqualTo(URI.create(folder).resolve(uri).getPath());
            assertThat(parts.fragment()).as("fragment of %s", link).isEqualTo(uri.getFragment());
        }
        assertThat(plain).as("most generated links are plain").isGreaterThan(30_000);
    }

    @Test
    void linksThatAreNotPlainAreLeftToUri() {
        for (String link : new String[] {"", "https://example.org/", "mailto:info@example.org", "tel:0475123456",
                "a/b?x=1", "caf%C3%A9/", "café/", "a//b", "a b", "#x y", "a/#b#c", "webcal://example.org/a.ics"}) {
            assertThat(PlainLinks.of(link)).as(link).isNull();
        }
        assertThat(PlainLinks.resolve("/caf%C3%A9/", PlainLinks.of("a/"))).as("a folder URI would decode").isNull();
    }

    @Test
    void dotsAsTemplatesWriteThem() {
        assertThat(PlainLinks.resolve("/alkmaar/groepen/x/", PlainLinks.of("../../../assets/site.css")))
                .isEqualTo("/assets/site.css");
        assertThat(PlainLinks.resolve("/a/", PlainLinks.of("../../x/"))).as("above the root stays").isEqualTo("/../x/");
        assertThat(PlainLinks.resolve("/a/b/", PlainLinks.of("#volgende"))).isEqualTo("/a/b/");
        assertThat(PlainLinks.resolve("/a/b/", PlainLinks.of(".."))).isEqualTo("/a/");
    }
}
