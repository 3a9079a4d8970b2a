package nl.kring.region;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
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
import nl.kring.model.ContentItem;
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

    /**
     * The region for {@code config}. When this assembler made the region before from other content (the
     * preview assembles every region again after each save), the region is not assembled anew when that can be
     * avoided: if none of the changes concerns it, it is returned as it was, the very same object, so later
     * stages see at a glance that nothing in it changed; if the changed items only replace earlier versions of
     * themselves that sort and select the same way (an edit of a group's text, say), they are put in their places.
     * Either way the result equals what assembling anew would make.
     */
    public Region assemble(RegionConfig config, Content content, LocalDateTime now) {
        Assembled before = last.get(config.id());
        Region region;
        if (before == null || !before.sameSetting(config, now)) {
            region = assembleAnew(config, content, now);
        } else if (before.content() == content) {
            region = before.region();
        } else {
            ContentChange change = changeBetween(before.content(), content, now.toLocalDate());
            Set<String> own = Set.copyOf(config.municipalities());
            if (change.everywhere()) {
                region = assembleAnew(config, content, now);
            } else if (change.items().stream().noneMatch(item -> concerns(item, own, config.id()))) {
                region = before.region();
            } else if (change.inPlace() != null) {
                region = replaced(before.region(), change.inPlace());
            } else {
                region = assembleAnew(config, content, now);
            }
        }
        last.put(config.id(), new Assembled(config, content, now, region));
        return region;
    }

    /** The last region assembled for each region id, with what it was made from. */
    private final Map<String, Assembled> last = new ConcurrentHashMap<>();

    private record Assembled(RegionConfig config, Content content, LocalDateTime now, Region region) {

        /** Whether the region's configuration, day and finished activities are as when it was made. */
        boolean sameSetting(RegionConfig newConfig, LocalDateTime newNow) {
            if (!config.equals(newConfig) || !now.toLocalDate().equals(newNow.toLocalDate())) {
                return false;  // the date decides which groups are open; see GroupOrder
            }
            return region.upcoming().stream().allMatch(e -> e.isUpcomingAt(newNow))
                    && region.past().stream().noneMatch(e -> e.isUpcomingAt(newNow));  // else an activity ended
        }
    }

    /** Whether an item would be in the region whose own municipalities are {@code own}. */
    private static boolean concerns(ContentItem item, Set<String> own, String regionId) {
        return switch (item) {
            case Group group -> own.contains(group.municipality()) || group.extraRegions().includes(regionId);
            case Story story -> own.contains(story.municipality());
            case Event event -> own.contains(event.municipality());
            case Page page -> page.isNetworkPage() || own.contains(page.municipality());
            case Municipality municipality -> true;
        };
    }

    /** {@code region} with each item that is a key of {@code newer} replaced by its value, in the same place. */
    private static Region replaced(Region region, Map<ContentItem, ContentItem> newer) {
        return new Region(region.config(), region.topics(), region.municipalities(),
                replaced(region.listedGroups(), newer), replaced(region.groupPages(), newer),
                replaced(region.stories(), newer), replaced(region.upcoming(), newer), replaced(region.past(), newer),
                replaced(region.networkPages(), newer), replaced(region.localPages(), newer));
    }

    @SuppressWarnings("unchecked")
    private static <T extends ContentItem> List<T> replaced(List<T> items, Map<ContentItem, ContentItem> newer) {
        return items.stream().map(item -> (T) newer.getOrDefault(item, item)).toList();
    }

    /**
     * The items that differ between two loads of the content, both versions of each. The preview reads a file
     * again only when it changed, so an unchanged item is the very same object: compared by identity.
     *
     * @param everywhere topics or municipalities changed, which every region shows
     * @param inPlace    each changed item's earlier version (by identity) and its new one, when every change is
     *                   such a pair that selects and sorts the same way in every region; else null
     */
    private record ContentChange(Content from, Content to, LocalDate today, boolean everywhere,
                                 List<ContentItem> items, Map<ContentItem, ContentItem> inPlace) {
    }

    private ContentChange lastChange;

    private synchronized ContentChange changeBetween(Content from, Content to, LocalDate today) {
        if (lastChange != null && lastChange.from() == from && lastChange.to() == to && lastChange.today().equals(today)) {
            return lastChange;
        }
        List<ContentItem> items = new java.util.ArrayList<>();
        Map<String, ContentItem> earlier = new java.util.HashMap<>();
        Map<ContentItem, ContentItem> inPlace = new IdentityHashMap<>();
        boolean allInPlace = true;
        for (var lists : List.of(List.of(from.groups(), to.groups()), List.of(from.stories(), to.stories()),
                List.of(from.events(), to.events()), List.of(from.pages(), to.pages()))) {
            List<ContentItem> gone = onlyIn(lists.get(0), lists.get(1));
            List<ContentItem> come = onlyIn(lists.get(1), lists.get(0));
            items.addAll(gone);
            items.addAll(come);
            gone.forEach(item -> earlier.put(item.path(), item));
            for (ContentItem item : come) {
                ContentItem old = earlier.remove(item.path());
                if (old != null && samePlace(old, item, today)) {
                    inPlace.put(old, item);
                } else {
                    allInPlace = false;
                }
            }
            allInPlace &= earlier.isEmpty();
        }
        boolean everywhere = from != to && (!from.topics().equals(to.topics())
                || !from.municipalities().equals(to.municipalities()));
        lastChange = new ContentChange(from, to, today, everywhere, items, allInPlace ? inPlace : null);
        return lastChange;
    }

    /**
     * Whether a new version of an item is selected into the same regions and sorted into the same place in every
     * list as the earlier one: what selection and order read (see {@link #assembleAnew}) is the same.
     */
    private static boolean samePlace(ContentItem old, ContentItem item, LocalDate today) {
        return switch (old) {
            case Group a when item instanceof Group b -> a.name().equals(b.name()) && a.key().equals(b.key())
                    && a.municipality().equals(b.municipality()) && a.extraRegions().equals(b.extraRegions())
                    && a.isListed() == b.isListed() && GroupOrder.rank(a, today) == GroupOrder.rank(b, today);
            case Story a when item instanceof Story b -> java.util.Objects.equals(a.date(), b.date()) && a.key().equals(b.key())
                    && a.municipality().equals(b.municipality());
            case Event a when item instanceof Event b -> a.start().equals(b.start())
                    && java.util.Objects.equals(a.end(), b.end()) && a.key().equals(b.key())
                    && a.municipality().equals(b.municipality());
            case Page a when item instanceof Page b -> a.title().equals(b.title()) && a.path().equals(b.path())
                    && java.util.Objects.equals(a.municipality(), b.municipality());
            default -> false;
        };
    }

    /** The items of {@code some} that are not (as the same object) in {@code others}. */
    private static List<ContentItem> onlyIn(List<? extends ContentItem> some, List<? extends ContentItem> others) {
        Set<ContentItem> known = Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(others);
        return some.stream().filter(item -> !known.contains(item)).map(ContentItem.class::cast).toList();
    }

    private Region assembleAnew(RegionConfig config, Content content, LocalDateTime now) {
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
