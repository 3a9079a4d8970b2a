package nl.kring.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.message.Message;
import nl.kring.model.Contact;
import nl.kring.source.SourceFile;
import nl.kring.source.SourceReader;
import nl.kring.source.Suggestions;
import nl.kring.source.TextFormats;
import nl.kring.source.YamlMap;
import nl.kring.source.YamlSource;

/** Reads and checks site-config.yml. */
public final class ConfigLoader {

    private static final Pattern REGION_ID = Pattern.compile("[a-z0-9-]+");

    private final SourceReader reader;
    private final Diagnostics diagnostics;
    private final Set<String> municipalityFolders;
    private final StatementsReader statements = new StatementsReader();

    /** @param municipalityFolders the folders under content/ that regions may name */
    public ConfigLoader(SourceReader reader, Diagnostics diagnostics, Set<String> municipalityFolders) {
        this.reader = reader;
        this.diagnostics = diagnostics;
        this.municipalityFolders = Set.copyOf(municipalityFolders);
    }

    /** The configuration, or empty when it is missing or too broken to build anything. */
    public Optional<SiteConfig> load() {
        Path file = reader.root().resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(SourcePosition.startOf(SiteConfig.FILE_NAME), "config.missing");
            return Optional.empty();
        }
        return reader.read(file).flatMap(this::parse);
    }

    private Optional<SiteConfig> parse(SourceFile file) {
        YamlSource yaml = new YamlSource(file.path(), file.text(), 1, diagnostics);
        return yaml.parse()
                .flatMap(node -> YamlMap.of(yaml, node, Message.of("what.file", SiteConfig.FILE_NAME),
                        "title", "language", "timezone", "staleAfterMonths", "carnival", "regions", "urgentHelp",
                        "securityTxt", "openData", "accessibility"))
                .map(this::site);
    }

    private SiteConfig site(YamlMap map) {
        String title = map.requiredText("title");
        String language = Optional.ofNullable(map.text("language")).orElse("nl");
        if (!language.equals("nl")) {
            map.error("language", "config.language.unsupported", language);
        }
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        String zoneText = map.text("timezone");
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                map.error("timezone", "config.timezone.unknown", zoneText);
            }
        }
        Integer stale = map.integer("staleAfterMonths");
        if (stale != null && stale < 1) {
            map.error("staleAfterMonths", "field.atLeast", "staleAfterMonths", 1);
        }
        if (!map.has("regions")) {
            diagnostics.error(map.start(), "field.missing", "regions");
        }
        List<RegionConfig> regions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap region : map.maps("regions",
                "id", "name", "baseUrl", "municipalities", "theme", "brand", "contact", "urgentHelp", "hsts",
                "embedding", "securityTxt", "openData", "accessibility")) {
            region(region).ifPresent(r -> {
                if (!ids.add(r.id())) {
                    region.error("id", "config.region.duplicate", r.id());
                } else {
                    regions.add(r);
                }
            });
        }
        if (map.has("regions") && map.items("regions").isEmpty()) {
            map.error("regions", "config.regions.empty");
        }
        Boolean carnival = map.bool("carnival");
        return new SiteConfig(title == null ? "" : title, language, zone, stale == null ? 12 : stale, regions,
                urgentHelp(map), statements.read(map), Boolean.TRUE.equals(carnival));
    }

    private Optional<RegionConfig> region(YamlMap map) {
        String id = map.requiredText("id");
        if (id != null && !REGION_ID.matcher(id).matches()) {
            map.error("id", "config.region.badId", id);
            id = null;
        }
        String name = map.requiredText("name");
        URI baseUrl = baseUrl(map);
        if (!map.has("municipalities")) {
            diagnostics.error(map.start(), "field.missing", "municipalities");
        }
        List<String> municipalities = map.textList("municipalities");
        if (map.has("municipalities") && municipalities.isEmpty()) {
            map.error("municipalities", "config.municipalities.empty");
        }
        for (Node item : map.items("municipalities")) {
            String folder = item instanceof ScalarNode s ? s.getValue().strip() : "";
            if (!folder.isEmpty() && !municipalityFolders.contains(folder)) {
                map.report(item, "config.municipality.noFolder", folder, Suggestions.hint(folder, municipalityFolders));
            }
        }
        String theme = Optional.ofNullable(map.text("theme")).orElse("default");
        Brand brand = map.map("brand", "color", "logo").map(b -> {
            String color = b.text("color");
            if (color != null && !TextFormats.isHexColor(color)) {
                b.error("color", "config.brand.color", color);
                color = null;
            }
            String logo = b.text("logo");
            Path logoFile = logo == null ? null : reader.root().resolve(logo).normalize();
            if (logoFile != null && !logoFile.startsWith(reader.root())) {
                b.error("logo", "config.brand.logoOutside", logo);
                logo = null;
            } else if (logo != null && !Files.isRegularFile(logoFile)) {
                b.error("logo", "config.brand.logoMissing", logo);
                logo = null;
            }
            return new Brand(color, logo);
        }).orElse(Brand.NONE);
        Contact contact = map.map("contact", "organisation", "email", "phone").map(c -> {
            String email = c.email("email");
            String phone = c.text("phone");
            if (phone != null && TextFormats.withLostZero(phone).isPresent()) {
                c.error("phone", "field.phone.lostZero", phone, TextFormats.withLostZero(phone).get());
            } else if (phone != null && !TextFormats.isPhone(phone)) {
                c.error("phone", "field.phone.invalid", phone);
            }
            return new Contact(null, c.text("organisation"), email, phone, null);
        }).orElse(null);
        UrgentHelp urgentHelp = urgentHelp(map);
        Hosting hosting = hosting(map);
        SiteStatements own = statements.read(map);
        if (id == null || name == null || baseUrl == null) {
            return Optional.empty();
        }
        return Optional.of(new RegionConfig(id, name, baseUrl, municipalities, theme, brand, contact, urgentHelp,
                hosting, own));
    }

    /** A region's {@code hsts} (max-age of at least a year, includeSubDomains) and {@code embedding} allowlist. */
    private static Hosting hosting(YamlMap region) {
        long maxAge = Hosting.DEFAULT.hstsMaxAge();
        boolean subDomains = Hosting.DEFAULT.hstsIncludeSubDomains();
        Optional<YamlMap> hsts = region.map("hsts", "maxAge", "includeSubDomains");
        if (hsts.isPresent()) {
            Integer age = hsts.get().integer("maxAge");
            if (age != null && age < Hosting.MIN_HSTS_MAX_AGE) {
                hsts.get().error("maxAge", "field.atLeast", "maxAge", Hosting.MIN_HSTS_MAX_AGE);
            } else if (age != null) {
                maxAge = age;
            }
            subDomains = Optional.ofNullable(hsts.get().bool("includeSubDomains")).orElse(false);
        }
        List<String> origins = new ArrayList<>();
        for (Node item : region.items("embedding")) {
            String entry = item instanceof ScalarNode s ? s.getValue().strip() : "";
            Optional<String> origin = EmbedOrigins.origin(entry);
            if (origin.isEmpty()) {
                region.report(item, "config.embedding.notOrigin", entry);
            } else if (origins.contains(origin.get())) {
                region.report(item, "config.embedding.duplicate", entry);
            } else {
                origins.add(origin.get());
            }
        }
        return new Hosting(maxAge, subDomains, origins);
    }

    /**
     * The "Hulp nodig nu?" notice of the network or a region: a title and intro of its own (optional) and
     * at least one line, each with a name and a text, phone numbers or a web address.
     */
    private static UrgentHelp urgentHelp(YamlMap parent) {
        return parent.map("urgentHelp", "title", "intro", "lines").map(help -> {
            if (!help.has("lines")) {
                help.diagnostics().error(help.start(), "config.urgentHelp.noLines");
            }
            List<UrgentHelp.Line> lines = new ArrayList<>();
            for (YamlMap line : help.maps("lines", "name", "text", "phones", "url")) {
                String name = line.requiredText("name");
                List<UrgentHelp.Phone> phones = new ArrayList<>();
                for (Node item : line.items("phones")) {
                    String number = item instanceof ScalarNode s ? s.getValue().strip() : "";
                    if (!TextFormats.isPhoneOrShortNumber(number)) {
                        line.report(item, "config.urgentHelp.phone", number);
                    } else {
                        phones.add(new UrgentHelp.Phone(number));
                    }
                }
                String url = line.text("url");
                if (url != null && !TextFormats.isWebUrl(url)) {
                    line.error("url", "config.urgentHelp.url", url);
                    url = null;
                }
                String text = line.text("text");
                if (name != null && text == null && url == null && line.items("phones").isEmpty()) {
                    line.diagnostics().error(line.start(), "config.urgentHelp.noMeans", name);
                }
                if (name != null) {
                    lines.add(new UrgentHelp.Line(name, text, phones, url));
                }
            }
            if (help.has("lines") && help.items("lines").isEmpty()) {
                help.error("lines", "config.urgentHelp.emptyLines");
            }
            return new UrgentHelp(help.text("title"), help.text("intro"), lines);
        }).orElse(null);
    }

    private static URI baseUrl(YamlMap map) {
        String raw = map.requiredText("baseUrl");
        if (raw == null) {
            return null;
        }
        if (!TextFormats.isWebUrl(raw)) {
            map.error("baseUrl", "config.baseUrl.invalid", raw);
            return null;
        }
        try {
            URI uri = new URI(raw.endsWith("/") ? raw : raw + "/");
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                map.error("baseUrl", "config.baseUrl.queryOrFragment");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            map.error("baseUrl", "config.baseUrl.invalid", raw);
            return null;
        }
    }
}
