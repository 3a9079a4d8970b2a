package nl.kring.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.config.ConfigLoader;
import nl.kring.content.ContentLoader;
import nl.kring.content.GitDates;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.model.Content;
import nl.kring.source.MarkdownSyntax;
import nl.kring.source.SourceReader;
import nl.kring.testing.KringCli;
import nl.kring.testing.TestSite;

/** kring fmt: one canonical form, the same meaning, comments and body kept, idempotent. */
class FmtTest {

    @TempDir
    Path dir;

    private static final String MESSY = """
            ---
            # who keeps this group going
            contact:
              email: anna@example.org
              phone: 0475 123 456   # the steunpunt's number
              name: Anna
            updated: 2026-10-01
            name: 'Rouwgroep Noord'
            facilitators: 2
            summary: "Een groep voor wie rouwt."
            topics:
              - rouw
              - schulden
            when: Elke tweede dinsdag
            schedule:
              start: 19:30
              end: '21:30'
              days: tuesday
              except: 2026-12-08
            location:
              private: ja
              accessible: Nee
              city: Roermond
              name: Bij Anna thuis
            cost: no
            languages: Nederlands, Limburgs
            ---
            We praten over verlies.
              Met   spaties die blijven.

            """;

    private static final String CANONICAL = """
            ---
            name: Rouwgroep Noord
            topics: [rouw, schulden]
            summary: Een groep voor wie rouwt.
            when: Elke tweede dinsdag
            schedule:
              days: [tuesday]
              start: "19:30"
              end: "21:30"
              except: [2026-12-08]
            location:
              name: Bij Anna thuis
              city: Roermond
              accessible: false
              private: true
            # who keeps this group going
            contact:
              name: Anna
              email: anna@example.org
              phone: "0475 123 456" # the steunpunt's number
            facilitators: 2
            cost: "no"
            languages: ["Nederlands, Limburgs"]
            updated: 2026-10-01
            ---
            We praten over verlies.
              Met   spaties die blijven.

            """;

    @Test
    void writesTheCanonicalFormWithTheSameMeaningAndKeepsCommentsAndBody() throws IOException {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep-noord.md", MESSY);
        String before = load(dir);

        assertThat(fmt("--check")).isEqualTo(1);
        assertThat(site.read("content/roermond/groups/rouwgroep-noord.md")).isEqualTo(MESSY);  // --check writes nothing

        assertThat(fmt()).isZero();
        assertThat(site.read("content/roermond/groups/rouwgroep-noord.md")).isEqualTo(CANONICAL);
        assertThat(load(dir)).isEqualTo(before);
        assertThat(site.errors()).isEmpty();

        assertThat(fmt("--check")).isZero();  // fmt twice = fmt once
    }

    @Test
    void reportsNonCanonicalFilesAtTheirFirstLine() throws IOException {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep-noord.md", MESSY);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KringCli.run(out, err, "fmt", "--check", "--root", dir.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("content/roermond/groups/rouwgroep-noord.md:1:1: fout: staat niet in de vaste vorm");
    }

    @Test
    void leavesAFileWithInvalidYamlUntouchedAndReportsIt() throws IOException {
        TestSite site = new TestSite(dir);
        String broken = "---\nname: [Rouwgroep\nsummary: x\n---\nTekst\n";
        site.write("content/roermond/groups/kapot.md", broken);
        assertThat(fmt()).isEqualTo(1);
        assertThat(site.read("content/roermond/groups/kapot.md")).isEqualTo(broken);
    }

    @Test
    void longListsAreBlockListsAndCommentsInsideAListStay() throws IOException {
        TestSite site = new TestSite(dir);
        String file = """
                ---
                name: Groep
                topics:
                  - rouw # the main one
                  - schulden
                summary: Een groep.
                when: Altijd
                format: online
                contact:
                  name: Anna
                  phone: 612345670
                languages: [Nederlands, Engels, Arabisch, Turks, Pools, Tigrinya, Oekraïens, Papiamento, Fries, Limburgs]
                ---
                Tekst
                """;
        site.write("content/roermond/groups/groep.md", file);
        assertThat(fmt()).isZero();
        assertThat(site.read("content/roermond/groups/groep.md")).isEqualTo("""
                ---
                name: Groep
                topics:
                  - rouw # the main one
                  - schulden
                summary: Een groep.
                format: online
                when: Altijd
                contact:
                  name: Anna
                  phone: "612345670"
                languages:
                  - Nederlands
                  - Engels
                  - Arabisch
                  - Turks
                  - Pools
                  - Tigrinya
                  - Oekraïens
                  - Papiamento
                  - Fries
                  - Limburgs
                ---
                Tekst
                """);
        assertThat(fmt("--check")).isZero();
        // the lost 0 is quoted as written, and kring check says which number was meant
        assertThat(site.problems()).anySatisfy(p -> assertThat(p)
                .contains("groep.md:11:10: fout: '612345670' mist de 0 aan het begin").contains("bedoelt u 0612345670?"));
    }

    @Test
    void keepsWindowsLineEndingsTheByteOrderMarkAndBlockTextAndOnlyFormatsTheGivenFiles() throws IOException {
        TestSite site = new TestSite(dir);
        String group = TestSite.group("Rouwgroep", "draft: Ja\n").replace("\n", "\r\n");
        site.write("content/roermond/groups/rouwgroep.md", "\uFEFF" + group);
        String municipality = """
                contact: # the steunpunt
                  phone: 0475 123 456
                  organisation: Steunpunt
                name: Roermond
                intro: |
                  Eerste alinea.

                  Tweede alinea met  twee spaties.
                """;
        site.write("content/roermond/municipality.yml", municipality);
        String other = TestSite.group("Andere groep", "private: misschien\n").replace("accessible: true", "accessible: misschien");
        site.write("content/roermond/groups/andere.md", other);

        assertThat(KringCli.run(new StringWriter(), new StringWriter(), "fmt", "--root", dir.toString(),
                dir.resolve("content/roermond/groups/rouwgroep.md").toString(),
                dir.resolve("content/roermond/municipality.yml").toString())).isZero();

        assertThat(site.read("content/roermond/groups/rouwgroep.md"))
                .isEqualTo("\uFEFF" + TestSite.group("Rouwgroep", "").replace("---\nname:", "---\ndraft: true\nname:")
                        .replace("\n", "\r\n"));
        assertThat(site.read("content/roermond/municipality.yml")).isEqualTo("""
                name: Roermond
                intro: |
                  Eerste alinea.

                  Tweede alinea met  twee spaties.
                contact: # the steunpunt
                  organisation: Steunpunt
                  phone: "0475 123 456"
                """);
        assertThat(site.read("content/roermond/groups/andere.md")).isEqualTo(other);  // not among the paths
        assertThat(fmt()).isEqualTo(0);
        // an unknown key goes after the known ones, its value as written, for kring check to report
        assertThat(site.read("content/roermond/groups/andere.md")).contains("\nprivate: misschien\n")
                .contains("\n  accessible: misschien\n");  // not a boolean: as written, kring check reports it
    }

    @Test
    void theKeyOrderIsTheOrderOfTheJsonSchemas() throws IOException {
        Path schemas = Path.of("..", "docs", "schema");
        var kinds = java.util.Map.of("group", nl.kring.content.ContentFields.Kind.GROUP,
                "story", nl.kring.content.ContentFields.Kind.STORY, "event", nl.kring.content.ContentFields.Kind.EVENT,
                "page", nl.kring.content.ContentFields.Kind.PAGE);
        for (var kind : kinds.entrySet()) {
            assertThat(CanonicalLayout.of(kind.getValue()).order()).as(kind.getKey())
                    .containsExactlyElementsOf(properties(schemas.resolve(kind.getKey() + ".schema.json")));
        }
        assertThat(CanonicalLayout.municipality().order())
                .containsExactlyElementsOf(properties(schemas.resolve("municipality.schema.json")));
        // topics.yml is a list (or the list under 'topics:'): its fields are the properties of one topic
        var topicItems = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) ((java.util.Map<?, ?>)
                loadSchema(schemas.resolve("topics.schema.json"))).get("$defs")).get("topic");
        assertThat(CanonicalLayout.topics().order())
                .containsExactlyElementsOf(((java.util.Map<?, ?>) topicItems.get("properties")).keySet().stream()
                        .map(String::valueOf).toList());
    }

    /** Every field a schema types as a boolean is written as true/false by fmt (a CMS reads it as a checkbox). */
    @Test
    void everyBooleanOfTheSchemasIsABooleanForFmt() throws IOException {
        java.util.Set<String> booleans = new java.util.TreeSet<>();
        try (var files = Files.list(Path.of("..", "docs", "schema"))) {
            for (Path schema : files.filter(p -> p.toString().endsWith(".schema.json")).toList()) {
                collectBooleans(loadSchema(schema), booleans);
            }
        }
        assertThat(booleans).isNotEmpty();
        assertThat(CanonicalLayout.BOOLEANS).containsAll(booleans);
    }

    /**
     * Every field a content schema lets hold a list or a single value (read as a list of one) is written as a list
     * by fmt: the web editor's list widgets cannot open a single value.
     */
    @Test
    void everyListOfTheContentSchemasIsAListForFmt() throws IOException {
        java.util.Set<String> lists = new java.util.TreeSet<>();
        try (var files = Files.list(Path.of("..", "docs", "schema"))) {
            for (Path schema : files.filter(p -> p.toString().endsWith(".schema.json")
                    && !p.getFileName().toString().startsWith("site-config")).toList()) {
                collectListsOrOne(loadSchema(schema), lists);
            }
        }
        assertThat(lists).contains("languages", "except");
        assertThat(CanonicalLayout.LISTS).containsExactlyInAnyOrderElementsOf(lists);
    }

    private static void collectListsOrOne(Object node, java.util.Set<String> into) {
        if (node instanceof java.util.Map<?, ?> map) {
            if (map.get("properties") instanceof java.util.Map<?, ?> properties) {
                properties.forEach((name, schema) -> {
                    if (schema instanceof java.util.Map<?, ?> field && field.get("anyOf") instanceof java.util.List<?> kinds
                            && kinds.stream().anyMatch(k -> k instanceof java.util.Map<?, ?> m && "array".equals(m.get("type")))) {
                        into.add((String) name);
                    }
                });
            }
            map.values().forEach(value -> collectListsOrOne(value, into));
        } else if (node instanceof java.util.List<?> list) {
            list.forEach(value -> collectListsOrOne(value, into));
        }
    }

    private static void collectBooleans(Object node, java.util.Set<String> into) {
        if (node instanceof java.util.Map<?, ?> map) {
            if (map.get("properties") instanceof java.util.Map<?, ?> properties) {
                properties.forEach((name, schema) -> {
                    if (schema instanceof java.util.Map<?, ?> field && "boolean".equals(field.get("type"))) {
                        into.add((String) name);
                    }
                });
            }
            map.values().forEach(value -> collectBooleans(value, into));
        } else if (node instanceof java.util.List<?> list) {
            list.forEach(value -> collectBooleans(value, into));
        }
    }

    private static Object loadSchema(Path schema) throws IOException {
        return new org.snakeyaml.engine.v2.api.Load(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(Files.readString(schema));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> properties(Path schema) throws IOException {
        var json = (java.util.Map<String, Object>) new org.snakeyaml.engine.v2.api.Load(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(Files.readString(schema));
        return java.util.List.copyOf(((java.util.Map<String, Object>) json.get("properties")).keySet());
    }

    @Test
    void aRewrittenFileKeepsItsPermissions() throws IOException {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep-noord.md", MESSY);
        Path file = dir.resolve("content/roermond/groups/rouwgroep-noord.md");
        var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(file, permissions);
        assertThat(fmt()).isZero();
        assertThat(site.read("content/roermond/groups/rouwgroep-noord.md")).isEqualTo(CANONICAL);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
        try (var left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));  // no temporary file left
        }
    }

    @Test
    void theSampleContentIsCanonicalAndKeepsItsMeaning() throws IOException {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        TestSite.copyTree(repository.resolve("content"), dir.resolve("content"));
        TestSite.copyTree(repository.resolve("themes"), dir.resolve("themes"));
        Files.copy(repository.resolve("site-config.yml"), dir.resolve("site-config.yml"));
        String before = load(dir);
        assertThat(fmt("--check")).isZero();
        assertThat(fmt()).isZero();
        assertThat(load(dir)).isEqualTo(before);
        assertThat(KringCli.run(new StringWriter(), new StringWriter(), "check", "--root", dir.toString(),
                "--now", "2026-11-23T12:00")).isZero();
    }

    private int fmt(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "fmt";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--root";
        args[options.length + 2] = dir.toString();
        return KringCli.run(new StringWriter(), new StringWriter(), args);
    }

    /**
     * The loaded content (every record Kring builds its sites from) as text, without the line on which each
     * Markdown body starts: that is a source position for messages, which moves when fmt joins a list onto one
     * line; everything the site shows must be identical.
     */
    private static String load(Path root) {
        return content(root).toString().replaceAll("firstLine=\\d+", "firstLine=?");
    }

    private static Content content(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        SourceReader reader = new SourceReader(root, diagnostics);
        var config = new ConfigLoader(reader, diagnostics, ContentLoader.municipalityFolders(root)).load().orElseThrow();
        return new ContentLoader(reader, diagnostics, new MarkdownSyntax(), GitDates.none())
                .load(config, TestSite.NOW.toLocalDate());
    }
}
