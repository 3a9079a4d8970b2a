package nl.kring.region;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.kring.config.RegionConfig;
import nl.kring.model.ContentItem;
import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.Municipality;
import nl.kring.model.Page;
import nl.kring.model.Story;
import nl.kring.model.Topic;

/**
 * Everything one region's site shows, selected and sorted.
 *
 * @param listedGroups groups listed in the region (own municipalities plus those listed here from
 *                     elsewhere), never ended ones, in {@link GroupOrder}: open ones first, each part by name;
 *                     every list taken from it keeps that order
 * @param groupPages   every group that gets a page in this region: the listed ones plus the ended
 *                     groups of its own municipalities
 * @param upcoming     activities not yet over, soonest first
 * @param past         activities that are over, most recent first
 */
public record Region(RegionConfig config, List<Topic> topics, List<Municipality> municipalities,
                     List<Group> listedGroups, List<Group> groupPages, List<Story> stories,
                     List<Event> upcoming, List<Event> past, List<Page> networkPages, List<Page> localPages,
                     Set<String> groupPagePaths) {

    /**
     * @param groupPagePaths the content paths of {@code groupPages}, derived from them: every link to a group
     *                       asks whether it has a page here, and a national region has thousands of groups
     */
    public Region {
        topics = List.copyOf(topics);
        municipalities = List.copyOf(municipalities);
        listedGroups = List.copyOf(listedGroups);
        groupPages = List.copyOf(groupPages);
        stories = List.copyOf(stories);
        upcoming = List.copyOf(upcoming);
        past = List.copyOf(past);
        networkPages = List.copyOf(networkPages);
        localPages = List.copyOf(localPages);
        groupPagePaths = Set.copyOf(groupPagePaths);
    }

    public Region(RegionConfig config, List<Topic> topics, List<Municipality> municipalities,
                  List<Group> listedGroups, List<Group> groupPages, List<Story> stories,
                  List<Event> upcoming, List<Event> past, List<Page> networkPages, List<Page> localPages) {
        this(config, topics, municipalities, listedGroups, groupPages, stories, upcoming, past, networkPages,
                localPages, groupPages.stream().map(Group::path).collect(Collectors.toSet()));
    }

    /**
     * Whether an item's page can be built into more than one region's site: network pages, and groups listed
     * in other regions too. Stages cache what they make of such items for the other regions of the build.
     */
    public static boolean mayBeInSeveralRegions(ContentItem item) {
        return item instanceof Page page && page.isNetworkPage()
                || item instanceof Group group && (group.extraRegions().all() || !group.extraRegions().regionIds().isEmpty());
    }

    /** Whether the group has a page in this region's site. */
    public boolean hasGroupPage(Group group) {
        return groupPagePaths.contains(group.path());
    }

    public String id() {
        return config.id();
    }

    public boolean hasMunicipality(String slug) {
        return config.municipalities().contains(slug);
    }

    public Optional<Municipality> municipality(String slug) {
        return municipalities.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    public List<Event> events() {
        return java.util.stream.Stream.concat(upcoming.stream(), past.stream()).toList();
    }

    public List<Group> listedGroupsOn(String topic) {
        return listedGroups.stream().filter(g -> g.topics().contains(topic)).toList();
    }

    public List<Group> listedGroupsIn(String municipality) {
        return listedGroups.stream().filter(g -> g.municipality().equals(municipality)).toList();
    }
}
