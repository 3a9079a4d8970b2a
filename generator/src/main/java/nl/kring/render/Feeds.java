package nl.kring.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.kring.config.SiteConfig;
import nl.kring.model.Group;
import nl.kring.model.Story;
import nl.kring.region.Region;

/** The region's Atom feed (new stories and groups) and its sitemap. */
final class Feeds {

    private static final int FEED_ENTRIES = 40;

    private final SiteConfig site;
    private final Region region;
    private final ContentUrls urls;
    private final LocalDateTime now;

    Feeds(SiteConfig site, Region region, ContentUrls urls, LocalDateTime now) {
        this.site = site;
        this.region = region;
        this.urls = urls;
        this.now = now;
    }

    private record Entry(String title, String url, LocalDate date, String summary, String kind) {
    }

    byte[] atom() {
        List<Entry> entries = new ArrayList<>();
        for (Story story : region.stories()) {
            entries.add(new Entry(story.title(), region.config().absoluteUrl(story.url()), story.date(),
                    story.summary(), "verhaal"));
        }
        for (Group group : region.listedGroups()) {
            LocalDate date = group.since() != null ? group.since() : group.updated();
            boolean home = urls.homeRegion(group.municipality()).map(r -> r.id().equals(region.id())).orElse(false);
            if (date != null && home) {
                entries.add(new Entry(group.name(), region.config().absoluteUrl(group.url()), date,
                        group.summary(), "groep"));
            }
        }
        entries.sort(Comparator.comparing(Entry::date).reversed().thenComparing(Entry::url));
        List<Entry> shown = entries.stream().limit(FEED_ENTRIES).toList();
        String updated = shown.isEmpty() ? timestamp(now.toLocalDate()) : timestamp(shown.getFirst().date());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(site.language()).append("\">\n")
                .append("  <id>").append(x(region.config().absoluteUrl("/"))).append("</id>\n")
                .append("  <title>").append(x(region.config().name())).append("</title>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <link rel=\"self\" href=\"").append(x(region.config().absoluteUrl("/feed.xml"))).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(region.config().absoluteUrl("/")))
                .append("\"/>\n")
                .append("  <author><name>").append(x(author())).append("</name></author>\n");
        for (Entry entry : shown) {
            xml.append("  <entry>\n")
                    .append("    <id>").append(x(entry.url())).append("</id>\n")
                    .append("    <title>").append(x(entry.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(entry.url())).append("\"/>\n")
                    .append("    <updated>").append(timestamp(entry.date())).append("</updated>\n")
                    .append("    <category term=\"").append(entry.kind()).append("\"/>\n");
            if (entry.summary() != null) {
                xml.append("    <summary>").append(x(entry.summary())).append("</summary>\n");
            }
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] sitemap(List<String> sitePaths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitePaths.stream().sorted().forEach(path -> xml.append("  <url><loc>")
                .append(x(region.config().absoluteUrl(path))).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private String author() {
        var contact = region.config().contact();
        return contact != null && contact.organisation() != null ? contact.organisation() : region.config().name();
    }

    private String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay(site.timezone()).toOffsetDateTime());
    }

    static String x(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
