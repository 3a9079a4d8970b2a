package nl.kring.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import nl.kring.message.Texts;

/**
 * The editor's configuration is the JSON Schemas in form: every property of every edited schema is a field
 * with the schema's Dutch title and description, required where the schema requires it, with its allowed
 * values, pattern and bounds; the choice lists hold exactly the values Kring accepts. And the committed
 * example (docs/cms/config.yml) is what the generator gives for the sample now.
 */
class DecapConfigTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path SCHEMAS = REPOSITORY.resolve("docs/schema");
    /** The configuration committed as the example of a hosted editor for the sample site. */
    static final Path EXAMPLE = REPOSITORY.resolve("docs/cms/config.yml");
    static final GitHost EXAMPLE_HOST = new GitHost(GitHost.Kind.GITHUB, "voorbeeld/kring-inhoud", "main",
            Optional.empty(), Optional.of(URI.create("https://auth.example.org")), Optional.empty(),
            Optional.of(URI.create("https://zelfregie-roermond.example.org/")));

    private final CmsSite site = CmsSite.read(REPOSITORY);

    private DecapConfig generator() throws IOException {
        return new DecapConfig(KringSchemas.in(SCHEMAS), site, Texts.dutch());
    }

    private Map<String, Object> local() throws IOException {
        return load(generator().forPreview(URI.create("http://127.0.0.1:8080/admin/api/v1"),
                URI.create("http://127.0.0.1:8080/")));
    }

    @Test
    void theCommittedExampleIsWhatTheGeneratorGivesForTheSampleNow() throws IOException {
        assertThat(Files.readString(EXAMPLE))
                .as("docs/cms/config.yml is out of date: regenerate it with "
                        + "./kring cms --out /tmp/admin --repo voorbeeld/kring-inhoud --base-url https://auth.example.org "
                        + "--site-url https://zelfregie-roermond.example.org/ && cp /tmp/admin/config.yml docs/cms/")
                .isEqualTo(generator().forGitHost(EXAMPLE_HOST));
    }

    @Test
    void everySchemaPropertyIsAFieldWithItsDutchLabelHintRequirednessAndChecks() throws IOException {
        Map<String, Object> config = local();
        Map<String, String> collections = Map.of("group", "roermond-groups", "story", "roermond-stories",
                "event", "roermond-events", "page", "pagina-s");
        int checked = 0;
        for (var entry : collections.entrySet()) {
            Map<String, Object> schema = schema(entry.getKey());
            List<Map<String, Object>> fields = list(collection(config, entry.getValue()).get("fields"));
            checked += compare(schema, schema, fields, true, entry.getKey());
            // the Markdown text below the front matter
            assertThat(fields.getLast()).containsEntry("name", "body").containsEntry("widget", "markdown");
        }
        Map<String, Object> municipality = schema("municipality");
        Map<String, Object> roermond = list(collection(config, "gemeenten").get("files")).stream()
                .filter(f -> f.get("name").equals("roermond")).findFirst().orElseThrow();
        assertThat(roermond).containsEntry("file", "content/roermond/municipality.yml");
        checked += compare(municipality, municipality, list(roermond.get("fields")), true, "municipality");
        Map<String, Object> topics = schema("topics");
        Map<String, Object> topicsFile = list(collection(config, "onderwerpen").get("files")).getFirst();
        assertThat(topicsFile).containsEntry("file", "content/topics.yml");
        Map<String, Object> topicList = list(topicsFile.get("fields")).getFirst();
        assertThat(topicList).containsEntry("name", "topics").containsEntry("widget", "list");
        checked += compare(topics, FormFields.resolve(topics, map(map(map(topics.get("properties")).get("topics")).get("items"))),
                list(topicList.get("fields")), true, "topics");
        assertThat(checked).as("fields compared").isGreaterThan(60);
    }

    /** Compares the fields with the properties of {@code object}; returns how many were compared. */
    private int compare(Map<String, Object> root, Map<String, Object> object, List<Map<String, Object>> fields,
                        boolean required, String where) {
        Map<String, Object> properties = map(object.get("properties"));
        List<?> requiredNames = object.get("required") instanceof List<?> r ? r : List.of();
        List<String> names = fields.stream().map(f -> (String) f.get("name")).filter(n -> !n.equals("body")).toList();
        assertThat(names).as(where + ": one field per property, in the schema's order")
                .containsExactlyElementsOf(properties.keySet());
        int compared = 0;
        for (var property : properties.entrySet()) {
            String name = where + "." + property.getKey();
            Map<String, Object> declared = map(property.getValue());
            Map<String, Object> resolved = FormFields.resolve(root, declared);
            Map<String, Object> field = fields.stream().filter(f -> f.get("name").equals(property.getKey())).findFirst().orElseThrow();
            assertThat(declared.get("title")).as(name + ": the schema has a Dutch title").isInstanceOf(String.class);
            assertThat(declared.get("description")).as(name + ": the schema has a Dutch description").isInstanceOf(String.class);
            assertThat(field.get("label")).as(name + " label").isEqualTo(declared.get("title"));
            assertThat(field.get("hint")).as(name + " hint").isEqualTo(declared.get("description"));
            assertThat(field.get("required")).as(name + " required")
                    .isEqualTo(required && requiredNames.contains(property.getKey()));
            if (resolved.get("enum") instanceof List<?> values && "string".equals(resolved.get("type"))) {
                assertThat(field.get("widget")).as(name).isEqualTo("select");
                assertThat(list(field.get("options")).stream().map(o -> o.get("value")).toList())
                        .as(name + ": exactly the values Kring accepts").containsExactlyElementsOf(values);
            } else if ("integer".equals(resolved.get("type"))) {
                assertThat(field).as(name).containsEntry("widget", "number").containsEntry("value_type", "int")
                        .containsEntry("min", resolved.get("minimum")).containsEntry("max", resolved.get("maximum"));
            } else if ("object".equals(resolved.get("type"))) {
                assertThat(field.get("widget")).as(name).isEqualTo("object");
                compared += compare(root, resolved, list(field.get("fields")),
                        required && requiredNames.contains(property.getKey()), name);
            } else if (resolved.get("pattern") instanceof String pattern && "select".equals(field.get("widget"))) {
                // a choice list instead of a pattern (a story's group): every choice matches the pattern
                assertThat(list(field.get("options"))).as(name).isNotEmpty()
                        .allMatch(o -> Pattern.compile(pattern).matcher((String) o.get("value")).find());
            } else if (resolved.get("pattern") instanceof String pattern) {
                assertThat(field.get("pattern")).as(name + " has the schema's pattern").isNotNull();
                assertThat(((List<?>) field.get("pattern")).getFirst()).as(name + " pattern").isEqualTo(pattern);
            } else if (resolved.get("maxLength") instanceof Integer max) {
                assertThat(((List<?>) field.get("pattern")).getFirst()).as(name).isEqualTo("^[\\s\\S]{0," + max + "}$");
            }
            if (isBoolean(root, resolved)) {
                assertThat(field.get("widget")).as(name + ": yes/no reads every form Kring accepts").isEqualTo("janee");
            }
            compared++;
        }
        return compared;
    }

    @Test
    void choiceListsHoldExactlyTheValuesKringAccepts() throws IOException {
        Map<String, Object> groups = collection(local(), "roermond-groups");
        Map<String, Object> story = collection(local(), "roermond-stories");
        // topics: the slugs of topics.yml
        assertThat(values(field(groups, "topics"))).containsExactlyElementsOf(
                site.topics().stream().map(CmsSite.Choice::value).toList()).contains("rouw", "dementie");
        assertThat(field(groups, "topics")).containsEntry("widget", "keuzes").containsEntry("min", 1);
        assertThat(values(field(story, "topics"))).isEqualTo(values(field(groups, "topics")));
        // regions: 'all' on its own (written as regions: all, not [all]) and the ids of site-config.yml
        Map<String, Object> regions = field(groups, "regions");
        assertThat(regions).containsEntry("widget", "keuzes").containsEntry("single", "all");
        assertThat(values(regions)).startsWith("all").containsAll(site.regions().stream().map(CmsSite.Choice::value).toList());
        assertThat(site.regions()).isNotEmpty();
        // weekdays: the schema's, in English as Kring reads them, shown in Dutch
        Map<String, Object> days = list(field(groups, "schedule").get("fields")).getFirst();
        assertThat(values(days)).containsExactly("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        assertThat(list(days.get("options")).get(1)).containsEntry("label", "dinsdag");
        // a story's group: <municipality>/<slug> for every group file, each matching the schema's pattern
        Pattern groupKey = Pattern.compile((String) map(map(schema("story").get("properties")).get("group")).get("pattern"));
        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("content/roermond/groups"))) {
            files.map(f -> "roermond/" + f.getFileName().toString().replace(".md", "")).forEach(expected::add);
        }
        assertThat(values(field(story, "group"))).containsAll(expected).allMatch(v -> groupKey.matcher(String.valueOf(v)).matches());
        // the Dutch words for the allowed values
        assertThat(list(field(groups, "status").get("options")).getFirst()).containsEntry("label", "Actief");
        assertThat(field(story, "consent")).containsEntry("widget", "janee").containsEntry("required", true)
                .containsEntry("only_yes", true);
        assertThat(list(field(groups, "location").get("fields")).stream().filter(f -> f.get("name").equals("private"))
                .findFirst().orElseThrow()).containsEntry("widget", "janee").containsEntry("empty_label", "Leeg (betekent Nee)");
    }

    @Test
    void patternsAcceptWhatKringAcceptsAndRefuseTheRestWithADutchReason() throws IOException {
        Map<String, Object> groups = collection(local(), "roermond-groups");
        Map<String, Object> events = collection(local(), "roermond-events");
        List<?> start = (List<?>) list(field(groups, "schedule").get("fields")).get(1).get("pattern");
        assertThat(accepts(start, "19:30", "9.30")).isTrue();
        assertThat(accepts(start, "half acht")).isFalse();
        assertThat(start.get(1)).isEqualTo("een tijd als 19:30");
        List<?> end = (List<?>) field(events, "end").get("pattern");
        assertThat(accepts(end, "21:30", "2026-03-13 16:00", "2026-03-13T16:00")).isTrue();
        assertThat(accepts(end, "morgen")).isFalse();
        assertThat(end.get(1)).isEqualTo("een datum en tijd als 2026-03-12 19:30 of een tijd als 19:30");
        List<?> since = (List<?>) field(groups, "since").get("pattern");
        assertThat(accepts(since, "2019-09-01")).isTrue();
        assertThat(accepts(since, "01-09-2019")).isFalse();
        List<?> rrule = (List<?>) list(field(groups, "schedule").get("fields")).get(3).get("pattern");
        assertThat(accepts(rrule, "FREQ=MONTHLY;BYDAY=2TU", "RRULE:freq=weekly;interval=2;byday=MO")).isTrue();
        assertThat(accepts(rrule, "BYDAY=2TU", "FREQ=SOMETIMES")).isFalse();
        List<?> phone = (List<?>) list(field(groups, "contact").get("fields")).get(3).get("pattern");
        assertThat(accepts(phone, "06 12345678", "+31 (0)6-1234 5678")).isTrue();
        assertThat(accepts(phone, "bel mij")).isFalse();
        List<?> summary = (List<?>) field(groups, "summary").get("pattern");
        assertThat(accepts(summary, "x".repeat(200))).isTrue();
        assertThat(accepts(summary, "x".repeat(201))).isFalse();
        assertThat(summary.get(1)).isEqualTo("hoogstens 200 tekens");
    }

    @Test
    void collectionsPutNewFilesInTheRightFolderAndLinkToTheirPage() throws IOException {
        Map<String, Object> config = local();
        assertThat(config).containsEntry("locale", "nl");
        assertThat(map(config.get("local_backend"))).containsEntry("url", "http://127.0.0.1:8080/admin/api/v1")
                .containsEntry("allowed_hosts", List.of("127.0.0.1", "localhost", "[::1]"));
        assertThat(map(config.get("backend"))).containsEntry("name", "proxy");
        for (CmsSite.Choice municipality : site.municipalities()) {
            for (String kind : List.of("groups", "stories", "events", "pages")) {
                Map<String, Object> collection = collection(config, municipality.value() + "-" + kind);
                assertThat(collection).containsEntry("folder", "content/" + municipality.value() + "/" + kind)
                        .containsEntry("create", true).containsEntry("slug", "{{slug}}")
                        .containsEntry("media_folder", "images").containsEntry("public_folder", "images");
            }
        }
        // the preview serves each region under /<region>/: Roermond's pages are under the region roermond
        assertThat(collection(config, "roermond-groups")).containsEntry("preview_path", "roermond/roermond/groepen/{{slug}}/")
                .containsEntry("label", "Roermond: groepen");
        assertThat(collection(config, "roermond-stories")).containsEntry("preview_path", "roermond/roermond/verhalen/{{slug}}/");
        assertThat(collection(config, "stein-groups"))
                .containsEntry("preview_path", "westelijke-mijnstreek/stein/groepen/{{slug}}/");
        assertThat(collection(config, "pagina-s")).containsEntry("folder", "content/pages")
                .containsEntry("preview_path", "roermond/{{slug}}/");
        // a public site (a region's baseUrl) has the municipality at its root
        Map<String, Object> hosted = load(generator().forGitHost(EXAMPLE_HOST));
        assertThat(collection(hosted, "roermond-groups")).containsEntry("preview_path", "roermond/groepen/{{slug}}/");
        assertThat(collection(hosted, "pagina-s")).containsEntry("preview_path", "{{slug}}/");
        assertThat(field(collection(config, "roermond-stories"), "image")).containsEntry("widget", "image");
    }

    @Test
    void aGitHostGetsPullRequestsWhereDecapCanMakeThem() throws IOException {
        Map<String, Object> github = load(generator().forGitHost(EXAMPLE_HOST));
        assertThat(map(github.get("backend"))).containsEntry("name", "github").containsEntry("repo", "voorbeeld/kring-inhoud")
                .containsEntry("branch", "main").containsEntry("base_url", "https://auth.example.org");
        assertThat(github).containsEntry("publish_mode", "editorial_workflow").doesNotContainKey("local_backend");
        GitHost forgejo = new GitHost(GitHost.Kind.FORGEJO, "netwerk/inhoud", "main",
                Optional.of(URI.create("https://git.example.org/api/v1")), Optional.of(URI.create("https://git.example.org")),
                Optional.of("client-id"), Optional.empty());
        Map<String, Object> config = load(generator().forGitHost(forgejo));
        assertThat(map(config.get("backend"))).containsEntry("name", "forgejo").containsEntry("app_id", "client-id")
                .containsEntry("api_root", "https://git.example.org/api/v1")
                .containsEntry("auth_endpoint", "https://git.example.org/login/oauth/authorize");
        assertThat(config).containsEntry("publish_mode", "editorial_workflow");
        GitHost gitea = new GitHost(GitHost.Kind.GITEA, "netwerk/inhoud", "redactie",
                Optional.of(URI.create("https://git.example.org/api/v1")), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(load(generator().forGitHost(gitea))).doesNotContainKey("publish_mode");
        assertThat(AdminFolder.csp(gitea)).contains("connect-src 'self' https://git.example.org blob:;")
                .contains("script-src 'self' 'unsafe-eval';");
    }

    @Test
    void thePackagedSchemasAreTheDocumentedOnes() throws IOException {
        for (String name : KringSchemas.EDITED) {
            assertThat(KringSchemas.packaged().schema(name)).as(name).isEqualTo(KringSchemas.in(SCHEMAS).schema(name));
        }
    }

    // --- helpers

    private static boolean accepts(List<?> pattern, String... values) {
        Pattern regex = Pattern.compile((String) pattern.getFirst());
        return Stream.of(values).allMatch(v -> regex.matcher(v).find());
    }

    private static boolean isBoolean(Map<String, Object> root, Map<String, Object> schema) {
        if ("boolean".equals(schema.get("type"))) {
            return true;
        }
        for (String key : List.of("anyOf", "oneOf")) {
            if (schema.get(key) instanceof List<?> options && options.stream().map(o -> FormFields.resolve(root, map(o)))
                    .anyMatch(o -> "boolean".equals(o.get("type")) || Boolean.TRUE.equals(o.get("const")))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> schema(String name) throws IOException {
        return KringSchemas.in(SCHEMAS).schema(name);
    }

    private static List<Object> values(Map<String, Object> field) {
        return list(field.get("options")).stream().map(o -> o.get("value")).toList();
    }

    private static Map<String, Object> field(Map<String, Object> collection, String name) {
        return list(collection.get("fields")).stream().filter(f -> f.get("name").equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Object> collection(Map<String, Object> config, String name) {
        return list(config.get("collections")).stream().filter(c -> c.get("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no collection " + name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
