package nl.kring.report;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

import nl.kring.message.Message;
import nl.kring.config.ConfigLoader;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.content.ContentLoader;
import nl.kring.content.GitDates;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.Severity;
import nl.kring.model.Content;
import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.GroupStatus;
import nl.kring.model.Municipality;
import nl.kring.model.Topic;
import nl.kring.report.Tally.Measure;
import nl.kring.report.Tally.Row;
import nl.kring.report.Tally.Section;
import nl.kring.source.MarkdownSyntax;
import nl.kring.source.SourceReader;

/**
 * Counts one version of the content with the normal config and content loaders. Content that does
 * not pass validation is counted as far as the loaders could read it: a file they had to skip is
 * not counted, and the number of problems is returned so the report can say so.
 */
final class NetworkCounter {

    /** Dutch names of the statuses, as the site shows them. */
    private static final Map<GroupStatus, String> STATUS_LABELS = Map.of(
            GroupStatus.ACTIVE, "actief", GroupStatus.STARTING, "start binnenkort", GroupStatus.FULL, "vol",
            GroupStatus.PAUSED, "tijdelijk gestopt", GroupStatus.ENDED, "gestopt");

    private final MarkdownSyntax markdown = new MarkdownSyntax();
    private final Comparator<String> dutch;

    NetworkCounter() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
        collator.setStrength(Collator.SECONDARY);
        this.dutch = collator::compare;
    }

    /**
     * A remark about one version: as a warning for the coordinator and as a note in the (Dutch) report.
     *
     * @param warning    for the terminal, in the editor's language
     * @param reportText goes into the (Dutch) report
     */
    record Note(Message warning, String reportText) {
    }

    /**
     * @param region only this region's municipalities, or null for every municipality in a region
     * @param notes  receives remarks about this version (problems found, a region that did not exist)
     */
    Tally count(Path root, Moment moment, String region, Consumer<Note> notes) {
        Diagnostics diagnostics = new Diagnostics();
        SourceReader reader = new SourceReader(root, diagnostics);
        Set<String> folders = ContentLoader.municipalityFolders(root);
        Optional<SiteConfig> loaded = new ConfigLoader(reader, diagnostics, folders).load();
        SiteConfig config = loaded.orElse(new SiteConfig("", "nl", ZoneId.of("Europe/Amsterdam"), 12, List.of()));
        Content content = new ContentLoader(reader, diagnostics, markdown, GitDates.none()).load(config, moment.end());
        long errors = diagnostics.count(Severity.ERROR);
        if (errors > 0) {
            notes.accept(new Note(Message.of("report.note.contentErrors", Message.count("summary.errors", errors)),
                    errors + " fout(en) in de inhoud; geteld wat leesbaar was"));
        }
        List<RegionConfig> regions = config.regions().stream()
                .filter(r -> region == null || r.id().equals(region)).toList();
        if (region != null && regions.isEmpty()) {
            notes.accept(new Note(Message.of("report.note.noRegion", region),
                    "regio '" + region + "' stond toen niet in site-config.yml"));
        }
        Set<String> scope = new TreeSet<>();
        regions.forEach(r -> scope.addAll(r.municipalities()));
        if (loaded.isEmpty() && region == null) {
            // Without a readable site-config.yml nobody knows which folders were published: count them all.
            scope.addAll(folders);
            notes.accept(new Note(Message.of("report.note.noConfig"),
                    "site-config.yml was niet leesbaar; alle gemeentemappen geteld"));
        }

        Map<Row, Integer> counts = new LinkedHashMap<>();
        addCounts(counts, Section.NETWORK, "netwerk", "Totaal", content, moment, scope::contains);
        for (RegionConfig r : regions) {
            addCounts(counts, Section.REGION, r.id(), r.name(), content, moment, r.municipalities()::contains);
        }
        scope.stream()
                .map(m -> content.municipality(m).map(Municipality::name).map(name -> Map.entry(m, name))
                        .orElse(Map.entry(m, m)))
                .sorted(Map.Entry.comparingByValue(dutch))
                .forEach(m -> addCounts(counts, Section.MUNICIPALITY, m.getKey(), m.getValue(), content, moment,
                        m.getKey()::equals));
        List<Group> running = groups(content, scope::contains).stream().filter(Group::isListed).toList();
        for (Topic topic : content.topics()) {
            counts.put(new Row(Section.TOPIC, topic.slug(), topic.name(), Measure.GROUPS),
                    (int) running.stream().filter(g -> g.topics().contains(topic.slug())).count());
        }
        for (GroupStatus status : GroupStatus.values()) {
            counts.put(new Row(Section.STATUS, status.code(), STATUS_LABELS.get(status), Measure.GROUPS),
                    (int) groups(content, scope::contains).stream().filter(g -> g.status() == status).count());
        }
        return new Tally(counts);
    }

    /** Groups that have not ended, stories, and activities starting within the moment's period. */
    private static void addCounts(Map<Row, Integer> counts, Section section, String key, String label,
                                  Content content, Moment moment, Predicate<String> inMunicipality) {
        counts.put(new Row(section, key, label, Measure.GROUPS),
                (int) groups(content, inMunicipality).stream().filter(Group::isListed).count());
        counts.put(new Row(section, key, label, Measure.STORIES),
                (int) content.stories().stream().filter(s -> inMunicipality.test(s.municipality())).count());
        counts.put(new Row(section, key, label, Measure.ACTIVITIES),
                (int) content.events().stream().filter(e -> inMunicipality.test(e.municipality()))
                        .filter(e -> startsWithin(e, moment)).count());
    }

    private static List<Group> groups(Content content, Predicate<String> inMunicipality) {
        return content.groups().stream().filter(g -> inMunicipality.test(g.municipality())).toList();
    }

    private static boolean startsWithin(Event event, Moment moment) {
        LocalDate day = event.start().toLocalDate();
        return !day.isBefore(moment.periodStart()) && !day.isAfter(moment.end());
    }
}
