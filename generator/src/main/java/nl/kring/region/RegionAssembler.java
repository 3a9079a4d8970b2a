package nl.kring.region;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.model.Content;
import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.Municipality;
import nl.kring.model.Page;
import nl.kring.model.Story;

/** Selects and orders, for one region, what its site shows. Pure: same input, same region. */
public final class RegionAssembler {

    private final Collator collator;
    /** Collation keys of the names sorted so far: each name is analysed once, not in every comparison. */
    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();
    private final Comparator<String> dutch = Comparator.comparing(this::collationKey);

    public RegionAssembler(Locale locale) {
        this.collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
    }

    /** Groups in list order at {@code today}: open first, then by Dutch name ({@link GroupOrder}). */
    public Comparator<Group> groupOrder(java.time.LocalDate today) {
        return GroupOrder.openFirst(today, Comparator.comparing(Group::name, dutch).thenComparing(Group::key));
    }

    private CollationKey collationKey(String text) {
        return keys.computeIfAbsent(text, collator::getCollationKey);
    }

    public List<Region> assemble(SiteConfig config, Content content, LocalDateTime now) {
        return config.regions().stream().map(r -> assemble(r, content, now)).toList();
    }

    public Region assemble(RegionConfig config, Content content, LocalDateTime now) {
        Sorted sorted = sorted(content);
        Set<String> own = Set.copyOf(config.municipalities());
        List<Municipality> municipalities = sorted.municipalities().stream()
                .filter(m -> own.contains(m.slug()))
                .toList();
        // sorted.groups() is by name; a stable sort by rank keeps that order within each rank
        List<Group> listed = sorted.groups().stream()
                .filter(Group::isListed)
                .filter(g -> own.contains(g.municipality()) || g.extraRegions().includes(config.id()))
                .sorted(Comparator.comparingInt(g -> GroupOrder.rank(g, now.toLocalDate())))
                .toList();
        Set<Group> isListed = Collections.newSetFromMap(new IdentityHashMap<>());
        isListed.addAll(listed);
        List<Group> pages = sorted.groups().stream()
                .filter(g -> isListed.contains(g) || own.contains(g.municipality()))
                .toList();
        List<Story> stories = sorted.stories().stream()
                .filter(s -> own.contains(s.municipality()))
                .toList();
        List<Event> events = content.events().stream().filter(e -> own.contains(e.municipality())).toList();
        Comparator<Event> byStart = Comparator.comparing(Event::start).thenComparing(Event::key);
        List<Event> upcoming = events.stream().filter(e -> e.isUpcomingAt(now)).sorted(byStart).toList();
        List<Event> past = events.stream().filter(e -> !e.isUpcomingAt(now)).sorted(byStart.reversed()).toList();
        List<Page> networkPages = sorted.pages().stream().filter(Page::isNetworkPage).toList();
        List<Page> localPages = sorted.pages().stream()
                .filter(p -> !p.isNetworkPage() && own.contains(p.municipality()))
                .toList();
        return new Region(config, content.topics(), municipalities, listed, pages, stories, upcoming, past,
                networkPages, localPages);
    }

    /** The content's municipalities, groups and pages by name, stories newest first. */
    private record Sorted(Content content, List<Municipality> municipalities, List<Group> groups,
                          List<Story> stories, List<Page> pages) {
    }

    private Sorted lastSorted;

    /**
     * Sorted once for all regions of a build (a national network has 30 regions and 20,000 groups); each
     * region then keeps its part, in that order.
     */
    private synchronized Sorted sorted(Content content) {
        if (lastSorted == null || lastSorted.content() != content) {
            lastSorted = new Sorted(content,
                    content.municipalities().stream().sorted(Comparator.comparing(Municipality::name, dutch)).toList(),
                    content.groups().stream().sorted(Comparator.comparing(Group::name, dutch).thenComparing(Group::key))
                            .toList(),
                    content.stories().stream()
                            .sorted(Comparator.comparing(Story::date).reversed().thenComparing(Story::key)).toList(),
                    content.pages().stream().sorted(Comparator.comparing(Page::title, dutch).thenComparing(Page::path))
                            .toList());
        }
        return lastSorted;
    }
}
