package nl.kring.region;

import java.util.List;
import java.util.Optional;

import nl.kring.config.RegionConfig;
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
 *                     elsewhere), never ended ones, sorted by name
 * @param groupPages   every group that gets a page in this region: the listed ones plus the ended
 *                     groups of its own municipalities
 * @param upcoming     activities not yet over, soonest first
 * @param past         activities that are over, most recent first
 */
public record Region(RegionConfig config, List<Topic> topics, List<Municipality> municipalities,
                     List<Group> listedGroups, List<Group> groupPages, List<Story> stories,
                     List<Event> upcoming, List<Event> past, List<Page> networkPages, List<Page> localPages) {

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
