package nl.kring.serve.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import nl.kring.text.Json;

/**
 * A small hand-made Decap configuration for {@code kring serve}'s editor: groups and stories of every
 * municipality, and the topics. STOP-GAP: replaced by the configuration {@code kring cms} generates from
 * docs/schema (package nl.kring.cms); swap it where {@link nl.kring.serve.Preview} makes the
 * {@link AdminHandler}. It covers the fields the editor's browser test uses, with the values Kring accepts,
 * and uses kring cms's collection names and field labels so the test runs against either.
 */
public final class StarterCmsConfig implements CmsConfigSource {

    @Override
    public String configYaml(Path root, URI api, URI site) {
        Map<String, String> regionOf = regions(root);
        List<Map<String, String>> topics = topics(root);
        StringBuilder y = new StringBuilder();
        y.append("# Decap CMS configuration for kring serve (stop-gap until kring cms generates it)\n");
        y.append("locale: nl\n");
        y.append("backend:\n  name: proxy\n  proxy_url: ").append(q(api.toString())).append("\n  branch: main\n");
        y.append("local_backend:\n  url: ").append(q(api.toString())).append("\n  allowed_hosts: [")
                .append(q(api.getHost())).append("]\n");
        y.append("site_url: ").append(q(site.toString())).append("\ndisplay_url: ").append(q(site.toString())).append('\n');
        y.append("publish_mode: simple\n");
        y.append("media_folder: content/media\n");
        y.append("public_folder: ''\n");
        y.append("slug:\n  encoding: ascii\n  clean_accents: true\n");
        y.append("collections:\n");
        for (String municipality : municipalities(root)) {
            String region = regionOf.getOrDefault(municipality, municipality);
            groups(y, municipality, region, topics);
            stories(y, municipality, region, topics);
        }
        topicsCollection(y);
        return y.toString();
    }

    private static void groups(StringBuilder y, String municipality, String region, List<Map<String, String>> topics) {
        y.append("  - name: ").append(municipality).append("-groups\n");
        y.append("    label: ").append(q(municipality + ": groepen")).append('\n');
        y.append("    label_singular: Groep\n");
        y.append("    folder: content/").append(municipality).append("/groups\n");
        y.append("    extension: md\n    format: frontmatter\n    create: true\n    identifier_field: name\n");
        y.append("    slug: '{{name}}'\n");
        y.append("    preview_path: ").append(q(region + "/" + municipality + "/groepen/{{slug}}/")).append('\n');
        y.append("    fields:\n");
        field(y, 6, "name", "Naam van de groep", "string", true);
        topicsField(y, topics);
        field(y, 6, "summary", "Korte samenvatting", "text", true);
        select(y, 6, "status", "Stand van de groep", false, "active", "Actief", "starting", "Start binnenkort", "full", "Vol",
                "paused", "Gepauzeerd", "ended", "Gestopt");
        field(y, 6, "audience", "Voor wie", "string", false);
        select(y, 6, "format", "Vorm", false, "in-person", "Op locatie", "online", "Online", "hybrid",
                "Op locatie en online");
        field(y, 6, "when", "Wanneer", "string", true);
        y.append("      - {name: schedule, label: Vaste tijden, widget: object, required: false, fields: [\n");
        y.append("          {name: days, label: Dagen, widget: select, multiple: true, required: false, options: [")
                .append("{label: maandag, value: monday}, {label: dinsdag, value: tuesday}, ")
                .append("{label: woensdag, value: wednesday}, {label: donderdag, value: thursday}, ")
                .append("{label: vrijdag, value: friday}, {label: zaterdag, value: saturday}, ")
                .append("{label: zondag, value: sunday}]},\n");
        y.append("          {name: start, label: Begintijd, widget: string, required: false, ")
                .append("pattern: ['^([01][0-9]|2[0-3]):[0-5][0-9]$', 'Schrijf de tijd als 19:30']},\n");
        y.append("          {name: end, label: Eindtijd, widget: string, required: false, ")
                .append("pattern: ['^([01][0-9]|2[0-3]):[0-5][0-9]$', 'Schrijf de tijd als 21:00']}]}\n");
        y.append("      - {name: location, label: Plek, widget: object, required: false, fields: [\n");
        y.append("          {name: name, label: Naam van de plek, widget: string, required: false},\n");
        y.append("          {name: address, label: Straat en huisnummer, widget: string, required: false},\n");
        y.append("          {name: postcode, label: Postcode, widget: string, required: false},\n");
        y.append("          {name: city, label: Plaats, widget: string, required: false},\n");
        y.append("          {name: accessible, label: Rolstoeltoegankelijk, widget: select, required: false, ")
                .append("options: [{label: Ja, value: ja}, {label: Nee, value: nee}]},\n");
        y.append("          {name: private, label: Privéadres, widget: select, required: false, ")
                .append("options: [{label: Ja, value: ja}, {label: Nee, value: nee}]}]}\n");
        y.append("      - {name: contact, label: Contact, widget: object, fields: [\n");
        y.append("          {name: name, label: Naam, widget: string, required: false},\n");
        y.append("          {name: email, label: E-mailadres, widget: string, required: false},\n");
        y.append("          {name: phone, label: Telefoonnummer, widget: string, required: false}]}\n");
        select(y, 6, "registration", "Aanmelden", false, "required", "Nodig", "not-needed", "Niet nodig");
        field(y, 6, "body", "Tekst", "markdown", false);
    }

    private static void stories(StringBuilder y, String municipality, String region, List<Map<String, String>> topics) {
        y.append("  - name: ").append(municipality).append("-stories\n");
        y.append("    label: ").append(q(municipality + ": verhalen")).append('\n');
        y.append("    label_singular: Verhaal\n");
        y.append("    folder: content/").append(municipality).append("/stories\n");
        y.append("    extension: md\n    format: frontmatter\n    create: true\n    identifier_field: title\n");
        y.append("    slug: '{{title}}'\n");
        y.append("    media_folder: images\n    public_folder: images\n");
        y.append("    preview_path: ").append(q(region + "/" + municipality + "/verhalen/{{slug}}/")).append('\n');
        y.append("    fields:\n");
        field(y, 6, "title", "Titel", "string", true);
        y.append("      - {name: date, label: Datum, widget: string, ")
                .append("pattern: ['^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'Schrijf de datum als 2026-05-31']}\n");
        topicsField(y, topics);
        y.append("      - {name: consent, label: Toestemming, widget: boolean}\n");
        field(y, 6, "author", "Verteller", "string", false);
        field(y, 6, "group", "Groep (gemeente/groep)", "string", false);
        field(y, 6, "summary", "Korte samenvatting", "text", false);
        y.append("      - {name: image, label: Foto, widget: image, required: false, choose_url: false}\n");
        field(y, 6, "imageAlt", "Beschrijving van de foto", "string", false);
        field(y, 6, "body", "Tekst", "markdown", false);
    }

    private static void topicsCollection(StringBuilder y) {
        y.append("  - name: onderwerpen\n    label: Onderwerpen\n    files:\n");
        y.append("      - name: topics\n        label: Onderwerpen\n        file: content/topics.yml\n");
        y.append("        format: yml\n");
        // the backend hands topics.yml (a list) to Decap as {topics: [...]}: see TopicsFile
        y.append("        fields:\n");
        y.append("          - {name: topics, label: Onderwerpen, widget: list, collapsed: false, fields: [\n");
        y.append("              {name: slug, label: Code, widget: string},\n");
        y.append("              {name: name, label: Naam, widget: string},\n");
        y.append("              {name: description, label: Uitleg, widget: text}]}\n");
    }

    private static void topicsField(StringBuilder y, List<Map<String, String>> topics) {
        y.append("      - {name: topics, label: Onderwerpen, widget: select, multiple: true, min: 1, options: [");
        for (int i = 0; i < topics.size(); i++) {
            y.append(i > 0 ? ", " : "").append("{label: ").append(q(topics.get(i).get("name")))
                    .append(", value: ").append(q(topics.get(i).get("slug"))).append('}');
        }
        y.append("]}\n");
    }

    private static void field(StringBuilder y, int indent, String name, String label, String widget, boolean required) {
        y.append(" ".repeat(indent)).append("- {name: ").append(name).append(", label: ").append(q(label))
                .append(", widget: ").append(widget).append(required ? "" : ", required: false").append("}\n");
    }

    private static void select(StringBuilder y, int indent, String name, String label, boolean required, String... options) {
        y.append(" ".repeat(indent)).append("- {name: ").append(name).append(", label: ").append(q(label))
                .append(", widget: select").append(required ? "" : ", required: false").append(", options: [");
        for (int i = 0; i < options.length; i += 2) {
            y.append(i > 0 ? ", " : "").append("{label: ").append(q(options[i + 1])).append(", value: ")
                    .append(q(options[i])).append('}');
        }
        y.append("]}\n");
    }

    private static String q(String s) {
        return Json.quote(s == null ? "" : s);
    }

    private static List<String> municipalities(Path root) {
        try (Stream<Path> dirs = Files.list(root.resolve("content"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("municipality.yml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** municipality → region id, from site-config.yml (the first region that lists it). */
    private static Map<String, String> regions(Path root) {
        Map<String, String> regionOf = new TreeMap<>();
        if (load(root.resolve("site-config.yml")) instanceof Map<?, ?> config
                && config.get("regions") instanceof List<?> regions) {
            for (Object r : regions) {
                if (r instanceof Map<?, ?> region && region.get("municipalities") instanceof List<?> ms) {
                    ms.forEach(m -> regionOf.putIfAbsent(String.valueOf(m), String.valueOf(region.get("id"))));
                }
            }
        }
        return regionOf;
    }

    private static List<Map<String, String>> topics(Path root) {
        List<Map<String, String>> topics = new ArrayList<>();
        if (load(root.resolve("content/topics.yml")) instanceof List<?> list) {
            for (Object t : list) {
                if (t instanceof Map<?, ?> topic && topic.get("slug") != null) {
                    topics.add(Map.of("slug", String.valueOf(topic.get("slug")),
                            "name", String.valueOf(topic.get("name") == null ? topic.get("slug") : topic.get("name"))));
                }
            }
        }
        return topics;
    }

    private static Object load(Path file) {
        try {
            return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        } catch (IOException | YamlEngineException e) {
            return null;  // kring check reports a broken file; the editor then offers less
        }
    }
}
