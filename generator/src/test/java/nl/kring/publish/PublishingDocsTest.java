package nl.kring.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.kring.config.ConfigLoader;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.render.HostingFiles;
import nl.kring.render.OutputFile;
import nl.kring.render.SecurityHeaders;
import nl.kring.source.SourceReader;

/** docs/publishing.md and docs/security.md stay true to what Kring builds. */
class PublishingDocsTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /** {@code <!-- generated: region/path -->} followed by a fenced block: the file as Kring writes it for the sample. */
    private static final Pattern GENERATED = Pattern.compile(
            "<!-- generated: ([a-z0-9-]+)/(\\S+) -->\\n```[a-z]*\\n(.*?)```\\n", Pattern.DOTALL);

    @Test
    void theServerConfigurationsInPublishingMdAreTheOnesKringWritesForTheSample() throws IOException {
        String docs = Files.readString(REPOSITORY.resolve("docs/publishing.md"));
        SiteConfig sample = sampleConfig();
        Matcher block = GENERATED.matcher(docs);
        Set<String> shown = new HashSet<>();
        while (block.find()) {
            RegionConfig region = sample.region(block.group(1)).orElseThrow();
            Map<String, String> files = new HostingFiles(region).files().stream().collect(Collectors.toMap(
                    OutputFile::path, f -> new String(f.bytes(), StandardCharsets.UTF_8)));
            assertThat(files).as(block.group(1) + "/" + block.group(2)).containsKey(block.group(2));
            assertThat(block.group(3)).as("docs/publishing.md, " + block.group(1) + "/" + block.group(2))
                    .isEqualTo(files.get(block.group(2)));
            shown.add(block.group(2));
        }
        assertThat(shown).containsExactlyInAnyOrder(HostingFiles.NGINX, HostingFiles.APACHE, HostingFiles.CADDY,
                SecurityHeaders.HEADERS_FILE);
    }

    @Test
    void securityMdShowsThePolicyThePagesCarry() throws IOException {
        String docs = Files.readString(REPOSITORY.resolve("docs/security.md"));
        String shown = docs.substring(docs.indexOf("## The policy")).split("```")[1].strip().replace("\n", " ");
        assertThat(shown).isEqualTo(SecurityHeaders.metaPolicy());
        assertThat(SecurityHeaders.headerPolicy()).startsWith(SecurityHeaders.metaPolicy());
    }

    @Test
    void theEmbedSnippetPointsAtAnEmbedPageOfTheSample() throws IOException {
        String docs = Files.readString(REPOSITORY.resolve("docs/publishing.md"));
        Matcher iframe = Pattern.compile("<iframe src=\"([^\"]+)\"\\s+title=\"([^\"]+)\"").matcher(docs);
        assertThat(iframe.find()).isTrue();
        RegionConfig roermond = sampleConfig().region("roermond").orElseThrow();
        assertThat(iframe.group(1)).isEqualTo(roermond.absoluteUrl("/insluiten/roermond/"));
        assertThat(iframe.group(2)).isEqualTo("Lotgenotengroepen in Roermond");
        assertThat(roermond.hosting().embedOrigins()).isNotEmpty();
    }

    private static SiteConfig sampleConfig() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Set<String> folders;
        try (var list = Files.list(REPOSITORY.resolve("content"))) {
            folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        SiteConfig config = new ConfigLoader(new SourceReader(REPOSITORY, diagnostics), diagnostics, folders).load()
                .orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        return config;
    }
}
