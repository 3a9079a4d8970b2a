package nl.kring.region;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which repository files the sites of some regions use: their municipalities' folders, the groups of
 * other municipalities they list, and everything every site shares (site-config.yml, the themes,
 * content/topics.yml and the network pages). {@code kring check --region} reports the problems of
 * these files only.
 */
public final class RegionFiles {

    private final List<Region> regions;
    private final Set<String> listedElsewhere = new HashSet<>();

    public RegionFiles(List<Region> regions) {
        this.regions = List.copyOf(regions);
        for (Region region : regions) {
            region.groupPages().forEach(group -> listedElsewhere.add(group.path()));
        }
    }

    /** Whether any of the regions' sites is made from the file at {@code path}, or all sites are. */
    public boolean uses(String path) {
        if (!path.startsWith("content/") || path.equals("content/topics.yml") || path.startsWith("content/pages/")) {
            return true;
        }
        String[] parts = path.split("/");
        if (parts.length < 2) {
            return true;  // content/ itself (a missing folder)
        }
        String municipality = parts[1];
        return listedElsewhere.contains(path) || regions.stream().anyMatch(r -> r.hasMunicipality(municipality));
    }
}
