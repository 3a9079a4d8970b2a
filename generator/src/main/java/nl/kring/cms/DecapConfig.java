package nl.kring.cms;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import nl.kring.message.Texts;

/**
 * Decap CMS's {@code config.yml} for a Kring content repository, generated from the JSON Schemas
 * (docs/schema), the regions of site-config.yml, the municipality folders under content/ and topics.yml.
 *
 * <p>The API, for {@code kring serve} and {@code kring cms}:
 * <pre>{@code
 * DecapConfig config = new DecapConfig(KringSchemas.packaged(), CmsSite.read(root), Texts.dutch());
 * String local  = config.forPreview(URI.create("http://127.0.0.1:8080/admin/api/v1"),
 *                                   URI.create("http://127.0.0.1:8080/"));   // kring serve's /admin/
 * String hosted = config.forGitHost(new GitHost(...));                        // kring cms --out DIR
 * }</pre>
 * Both return the YAML text of config.yml. Read {@code CmsSite} again when the content changes (a new
 * topic, group or municipality), so the choice lists stay current; the result is deterministic.
 *
 * <p>The configuration uses two widgets of Kring's ({@code janee}, {@code keuzes}): the editor's page must load
 * {@code /nl/kring/cms/kring-cms.js} (a resource of the jar) right after {@code decap-cms.js}, as
 * {@link AdminFolder}'s index.html does; without it Decap reports the widgets as unknown.
 *
 * <p>Why one collection per municipality and content type: Decap selects a folder collection's files by
 * folder, not by a path pattern, so "all groups" ({@code content/* /groups/*.md}) cannot be one
 * collection. A nested collection ({@code nested} with {@code subfolders: false}) on {@code content/} would
 * mix groups, stories, events and pages under one set of fields, and Decap's collection {@code filter}
 * only matches a field's value, which Kring's files do not have. So each municipality gets its four
 * collections, next to each other in the sidebar ("Roermond: groepen", "Roermond: verhalen", …), and new
 * files land in the right folder without the editor typing a path.
 */
public final class DecapConfig {

    /** The content types inside a municipality folder: folder, schema, URL segment, field that names it. */
    private record Kind(String folder, String schema, String urlSegment, String identifier) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("groups", "group", "groepen/", "name"),
            new Kind("stories", "story", "verhalen/", "title"),
            new Kind("events", "event", "activiteiten/", "title"),
            new Kind("pages", "page", "", "title"));

    private final KringSchemas schemas;
    private final CmsSite site;
    private final Texts texts;
    private final FormFields forms;

    public DecapConfig(KringSchemas schemas, CmsSite site, Texts texts) {
        this.schemas = schemas;
        this.site = site;
        this.texts = texts;
        this.forms = new FormFields(site, texts);
    }

    /**
     * The configuration for editing on a laptop: Decap talks to {@code api} (kring serve's implementation
     * of Decap's local-backend protocol) and nothing else; "Bekijk op de site" opens pages under {@code site}.
     */
    public String forPreview(URI api, URI site) {
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", "proxy");
        backend.put("proxy_url", api.toString());
        backend.put("branch", "main");
        Map<String, Object> local = new LinkedHashMap<>();
        local.put("url", api.toString());
        // the names this computer's browser may use for the preview; Decap compares location.hostname
        local.put("allowed_hosts", new java.util.ArrayList<>(new java.util.LinkedHashSet<>(
                List.of(api.getHost(), "127.0.0.1", "localhost", "[::1]"))));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("backend", backend);
        config.put("local_backend", local);
        return yaml(common(config, site.toString(), true));
    }

    /** The configuration for a hosted editor that signs in to a Git host and changes the repository there. */
    public String forGitHost(GitHost host) {
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", host.kind().decapName());
        backend.put("repo", host.repo());
        backend.put("branch", host.branch());
        host.apiRoot().ifPresent(api -> backend.put("api_root", api.toString()));
        host.baseUrl().ifPresent(base -> backend.put("base_url", base.toString()));
        host.appId().ifPresent(id -> backend.put("app_id", id));
        if (host.kind() != GitHost.Kind.GITHUB) {
            host.baseUrl().ifPresent(base -> backend.put("auth_endpoint",
                    base.toString().replaceFirst("/*$", "") + "/login/oauth/authorize"));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("backend", backend);
        if (host.kind().pullRequests()) {
            // every change becomes a branch and a pull request that check.yml must pass before merging
            config.put("publish_mode", "editorial_workflow");
        }
        return yaml(common(config, host.siteUrl().map(URI::toString).orElse(null), false));
    }

    /**
     * @param preview whether the pages are kring serve's preview, which serves every region's site under
     *                {@code /<region>/}; a public site (a region's baseUrl) has its pages at its root
     */
    private Map<String, Object> common(Map<String, Object> config, String siteUrl, boolean preview) {
        config.put("locale", "nl");
        if (siteUrl != null) {
            config.put("site_url", siteUrl);
            config.put("display_url", siteUrl);
        }
        // Decap needs a media folder; every collection has its own, next to its files (see below)
        config.put("media_folder", "content/pages/images");
        config.put("public_folder", "images");
        Map<String, Object> slug = new LinkedHashMap<>();
        slug.put("encoding", "ascii");
        slug.put("clean_accents", true);
        slug.put("sanitize_replacement", "-");
        config.put("slug", slug);
        config.put("collections", collections(preview));
        return config;
    }

    /**
     * Where a municipality's pages are, relative to site_url: {@code roermond/} on the public site,
     * {@code roermond/roermond/} in the preview (region, then municipality).
     */
    private String municipalityPath(String municipality, boolean preview) {
        return (preview ? site.regionOf(municipality).map(region -> region + "/").orElse("") : "") + municipality + "/";
    }

    /** Where the network's own pages and the topics are: the site's root, in the preview the first region's. */
    private String networkPath(boolean preview) {
        return preview && !site.regions().isEmpty() ? site.regions().getFirst().value() + "/" : "";
    }

    private List<Map<String, Object>> collections(boolean preview) {
        List<Map<String, Object>> collections = new ArrayList<>();
        collections.add(topics(networkPath(preview)));
        Map<String, Object> pages = folder("pagina-s", texts.text("cms.collection.networkPages"),
                texts.text("cms.collection.page"), "content/pages", KINDS.get(3), networkPath(preview));
        pages.put("description", texts.text("cms.collection.networkPages.description"));
        collections.add(pages);
        collections.add(municipalities(preview));
        for (CmsSite.Choice municipality : site.municipalities()) {
            for (Kind kind : KINDS) {
                collections.add(folder(municipality.value() + "-" + kind.folder(),
                        texts.text("cms.collection." + kind.folder(), municipality.label()),
                        texts.text("cms.collection." + kind.schema()),
                        "content/" + municipality.value() + "/" + kind.folder(), kind,
                        municipalityPath(municipality.value(), preview)));
            }
        }
        return collections;
    }

    private Map<String, Object> folder(String name, String label, String singular, String folder, Kind kind,
                                       String urlPrefix) {
        Map<String, Object> schema = schemas.schema(kind.schema());
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", name);
        collection.put("label", label);
        collection.put("label_singular", singular);
        collection.put("folder", folder);
        collection.put("create", true);
        collection.put("extension", "md");
        collection.put("format", "frontmatter");
        collection.put("slug", "{{slug}}");
        collection.put("identifier_field", kind.identifier());
        collection.put("summary", "{{" + kind.identifier() + "}}");
        collection.put("preview_path", urlPrefix + kind.urlSegment() + "{{slug}}/");
        // images (a story's photo, images in the text) go next to the file: images/foto.jpg, as Kring reads it
        collection.put("media_folder", "images");
        collection.put("public_folder", "images");
        collection.put("editor", Map.of("preview", false));
        List<Map<String, Object>> fields = new ArrayList<>(forms.fields(schema, schema, true));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "body");
        body.put("label", texts.text("cms.field.body"));
        body.put("hint", texts.text("cms.field.body.hint"));
        body.put("widget", "markdown");
        body.put("required", false);
        fields.add(body);
        collection.put("fields", fields);
        return collection;
    }

    private Map<String, Object> municipalities(boolean preview) {
        Map<String, Object> schema = schemas.schema("municipality");
        List<Map<String, Object>> files = new ArrayList<>();
        for (CmsSite.Choice municipality : site.municipalities()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", municipality.value());
            file.put("label", municipality.label());
            file.put("file", "content/" + municipality.value() + "/municipality.yml");
            file.put("preview_path", municipalityPath(municipality.value(), preview));
            file.put("media_folder", "images");
            file.put("public_folder", "images");
            file.put("fields", forms.fields(schema, schema, true));
            files.add(file);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", "gemeenten");
        collection.put("label", texts.text("cms.collection.municipalities"));
        collection.put("description", texts.text("cms.collection.municipalities.description"));
        collection.put("editor", Map.of("preview", false));
        collection.put("files", files);
        return collection;
    }

    /** topics.yml in the form Decap can edit: the list under one key, {@code topics:} (see docs/content.md). */
    private Map<String, Object> topics(String networkPath) {
        Map<String, Object> schema = schemas.schema("topics");
        Map<String, Object> items = FormFields.map(schema.get("properties")).isEmpty()
                ? FormFields.map(schema.get("items"))
                : FormFields.resolve(schema, FormFields.map(FormFields.map(
                        FormFields.map(schema.get("properties")).get("topics")).get("items")));
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("name", "topics");
        list.put("label", texts.text("cms.collection.topics"));
        list.put("label_singular", texts.text("cms.collection.topic"));
        list.put("widget", "list");
        list.put("summary", "{{fields.name}}");
        list.put("collapsed", true);
        list.put("fields", forms.fields(schema, items, true));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", "topics");
        file.put("label", texts.text("cms.collection.topics"));
        file.put("file", "content/topics.yml");
        file.put("preview_path", networkPath + "onderwerpen/");
        file.put("fields", List.of(list));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", "onderwerpen");
        collection.put("label", texts.text("cms.collection.topics"));
        collection.put("description", texts.text("cms.collection.topics.description"));
        collection.put("editor", Map.of("preview", false));
        collection.put("files", List.of(file));
        return collection;
    }

    private String yaml(Map<String, Object> config) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120)
                .setSplitLines(false).build();
        return "# " + texts.text("cms.config.header") + "\n" + new Dump(settings).dumpToString(config);
    }
}
