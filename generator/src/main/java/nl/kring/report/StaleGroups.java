package nl.kring.report;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import nl.kring.message.Message;
import nl.kring.config.ConfigLoader;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.content.ContentLoader;
import nl.kring.content.GitDates;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.Severity;
import nl.kring.model.Contact;
import nl.kring.model.Content;
import nl.kring.model.Municipality;
import nl.kring.source.MarkdownSyntax;
import nl.kring.source.SourceReader;

/**
 * {@code kring report --stale}: the groups whose information was not checked for
 * {@code staleAfterMonths}, per municipality, with the contact person to call. The same rule as the
 * warning of {@code kring check}. For coordinators only: it holds contact details and is never part
 * of a site.
 */
public final class StaleGroups {

    /** One group to check, with what a coordinator needs to call or write. */
    public record Entry(String municipality, String group, String path, LocalDate lastChecked, Contact contact) {
    }

    private StaleGroups() {
    }

    /**
     * @param region only this region's own municipalities, or null for all
     * @param warnings receives a line when the content has errors (the list is then as far as it could be read)
     */
    public static List<Entry> find(Path root, LocalDate today, String region, Consumer<Message> warnings) {
        Diagnostics diagnostics = new Diagnostics();
        SourceReader reader = new SourceReader(root, diagnostics);
        Optional<SiteConfig> loaded = new ConfigLoader(reader, diagnostics, ContentLoader.municipalityFolders(root)).load();
        if (loaded.isEmpty()) {
            warnings.accept(Message.of("report.warning.config"));
            return List.of();
        }
        SiteConfig config = loaded.get();
        Content content = new ContentLoader(reader, diagnostics, new MarkdownSyntax(), GitDates.read(root)).load(config, today);
        long errors = diagnostics.count(Severity.ERROR);
        if (errors > 0) {
            warnings.accept(Message.of("report.warning.staleContentErrors", Message.count("summary.errors", errors)));
        }
        Set<String> scope = new TreeSet<>();
        config.regions().stream().filter(r -> region == null || r.id().equals(region))
                .map(RegionConfig::municipalities).forEach(scope::addAll);
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
        collator.setStrength(Collator.SECONDARY);
        Comparator<String> dutch = collator::compare;
        return content.groups().stream()
                .filter(g -> scope.contains(g.municipality()))
                .filter(g -> g.isStaleAt(today, config.staleAfterMonths()))
                .map(g -> new Entry(content.municipality(g.municipality()).map(Municipality::name).orElse(g.municipality()),
                        g.name(), g.path(), g.updated(), g.contact()))
                .sorted(Comparator.comparing(Entry::municipality, dutch)
                        .thenComparing(Entry::lastChecked).thenComparing(Entry::group, dutch))
                .toList();
    }

    /** The list as Markdown, CSV or HTML, with a heading per municipality (except in CSV). */
    public static String render(List<Entry> entries, ReportFormat format, String title, LocalDate today) {
        return switch (format) {
            case CSV -> csv(entries);
            case MD -> markdown(entries, title, today);
            case HTML -> html(entries, title, today);
        };
    }

    private static String csv(List<Entry> entries) {
        StringBuilder out = new StringBuilder("gemeente,groep,laatst_gecontroleerd,contactpersoon,telefoon,email,bestand\r\n");
        for (Entry e : entries) {
            out.append(String.join(",", ReportFormat.csv(e.municipality()), ReportFormat.csv(e.group()),
                    e.lastChecked().toString(), ReportFormat.csv(text(contactName(e))),
                    ReportFormat.csv(text(e.contact() == null ? null : e.contact().phone())),
                    ReportFormat.csv(text(e.contact() == null ? null : e.contact().email())),
                    ReportFormat.csv(e.path()))).append("\r\n");
        }
        return out.toString();
    }

    private static String markdown(List<Entry> entries, String title, LocalDate today) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n").append(intro(entries, today)).append('\n');
        String municipality = null;
        for (Entry e : entries) {
            if (!e.municipality().equals(municipality)) {
                municipality = e.municipality();
                out.append("\n## ").append(municipality).append("\n\n")
                        .append("| Groep | Laatst gecontroleerd | Contactpersoon | Telefoon | E-mail | Bestand |\n")
                        .append("| --- | --- | --- | --- | --- | --- |\n");
            }
            out.append("| ").append(md(e.group())).append(" | ").append(e.lastChecked()).append(" | ")
                    .append(md(text(contactName(e)))).append(" | ")
                    .append(md(text(e.contact() == null ? null : e.contact().phone()))).append(" | ")
                    .append(md(text(e.contact() == null ? null : e.contact().email()))).append(" | ")
                    .append(md(e.path())).append(" |\n");
        }
        return out.toString();
    }

    private static String html(List<Entry> entries, String title, LocalDate today) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n<title>").append(Xml.escape(title))
                .append("</title>\n<style>\n").append(ReportTexts.STYLE).append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(Xml.escape(title)).append("</h1>\n<p>").append(Xml.escape(intro(entries, today))).append("</p>\n");
        String municipality = null;
        for (Entry e : entries) {
            if (!e.municipality().equals(municipality)) {
                if (municipality != null) {
                    out.append("</tbody>\n</table>\n");
                }
                municipality = e.municipality();
                out.append("<h2>").append(Xml.escape(municipality)).append("</h2>\n<table>\n<thead><tr>")
                        .append("<th scope=\"col\">Groep</th><th scope=\"col\">Laatst gecontroleerd</th>")
                        .append("<th scope=\"col\">Contactpersoon</th><th scope=\"col\">Telefoon</th>")
                        .append("<th scope=\"col\">E-mail</th><th scope=\"col\">Bestand</th></tr></thead>\n<tbody>\n");
            }
            out.append("<tr><th scope=\"row\">").append(Xml.escape(e.group())).append("</th><td>").append(e.lastChecked())
                    .append("</td><td>").append(Xml.escape(text(contactName(e)))).append("</td><td>")
                    .append(Xml.escape(text(e.contact() == null ? null : e.contact().phone()))).append("</td><td>")
                    .append(Xml.escape(text(e.contact() == null ? null : e.contact().email()))).append("</td><td>")
                    .append(Xml.escape(e.path())).append("</td></tr>\n");
        }
        if (municipality != null) {
            out.append("</tbody>\n</table>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String intro(List<Entry> entries, LocalDate today) {
        return entries.isEmpty()
                ? "Geen groepen om na te lopen op " + today + ": alle informatie is recent gecontroleerd."
                : entries.size() + " groep(en) waarvan de informatie te lang niet is gecontroleerd (op " + today
                        + "). Bel of mail de contactpersoon, werk het bestand bij en zet 'updated' op de datum van "
                        + "controle. Alleen voor coördinatoren: deze lijst bevat contactgegevens.";
    }

    private static String contactName(Entry e) {
        if (e.contact() == null) {
            return null;
        }
        return e.contact().organisation() == null ? e.contact().name()
                : e.contact().name() == null ? e.contact().organisation()
                : e.contact().name() + " (" + e.contact().organisation() + ")";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String md(String value) {
        return value.replace("|", "\\|");
    }
}
