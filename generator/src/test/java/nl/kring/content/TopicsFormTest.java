package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.config.ConfigLoader;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.model.Topic;
import nl.kring.source.MarkdownSyntax;
import nl.kring.source.SourceReader;
import nl.kring.testing.KringCli;
import nl.kring.testing.TestSite;

/**
 * topics.yml may hold its list under one key, {@code topics:} (the form the web editor writes): it means
 * exactly what the plain list means, kring fmt keeps it, and anything else next to it is an error.
 */
class TopicsFormTest {

    @TempDir
    Path dir;

    private static final String LIST = """
            - slug: rouw
              name: Rouw en verlies
              description: Voor wie een dierbare heeft verloren.
              synonyms: [rouwverwerking, verdriet]
              sensitive: true

            - slug: schulden
              name: Geldzorgen en schulden
              description: Voor wie geldzorgen heeft.
            """;

    private static final String UNDER_KEY = """
            topics:
              - slug: rouw
                name: Rouw en verlies
                description: Voor wie een dierbare heeft verloren.
                synonyms: [rouwverwerking, verdriet]
                sensitive: true
              - slug: schulden
                name: Geldzorgen en schulden
                description: Voor wie geldzorgen heeft.
            """;

    @Test
    void theListUnderTopicsMeansWhatThePlainListMeans() {
        TestSite site = new TestSite(dir);
        site.write("content/topics.yml", LIST);
        List<Topic> plain = topics();
        assertThat(plain).extracting(Topic::slug).containsExactly("rouw", "schulden");
        site.write("content/topics.yml", UNDER_KEY);
        assertThat(topics()).isEqualTo(plain);
        assertThat(site.errors()).isEmpty();
    }

    @Test
    void fmtKeepsTheFormAFileHas() {
        TestSite site = new TestSite(dir);
        site.write("content/topics.yml", UNDER_KEY);
        assertThat(KringCli.run(new StringWriter(), new StringWriter(), "fmt", "--check", "--root", dir.toString(),
                dir.resolve("content/topics.yml").toString()))
                .isZero();
        site.write("content/topics.yml", LIST);
        assertThat(KringCli.run(new StringWriter(), new StringWriter(), "fmt", "--check", "--root", dir.toString(),
                dir.resolve("content/topics.yml").toString()))
                .isZero();
    }

    @Test
    void anotherKeyBesideTopicsIsAnErrorWithASuggestion() {
        TestSite site = new TestSite(dir);
        site.write("content/topics.yml", UNDER_KEY + "topic:\n  - slug: extra\n");
        assertThat(site.errors()).anyMatch(e -> e.startsWith("content/topics.yml:10:1:") && e.contains("topic"));
        site.write("content/topics.yml", "onderwerpen: rouw\n");
        assertThat(site.errors()).anyMatch(e -> e.startsWith("content/topics.yml:1:1:"));
    }

    private List<Topic> topics() {
        Diagnostics diagnostics = new Diagnostics();
        SourceReader reader = new SourceReader(dir, diagnostics);
        var config = new ConfigLoader(reader, diagnostics, ContentLoader.municipalityFolders(dir)).load().orElseThrow();
        return new ContentLoader(reader, diagnostics, new MarkdownSyntax(), GitDates.none())
                .load(config, TestSite.NOW.toLocalDate()).topics();
    }
}
