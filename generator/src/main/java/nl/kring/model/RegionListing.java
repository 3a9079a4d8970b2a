package nl.kring.model;

import java.util.List;

/** The regions a group is listed in besides its own municipality's: none, some, or all. */
public record RegionListing(boolean all, List<String> regionIds) {

    public static final RegionListing NONE = new RegionListing(false, List.of());
    public static final RegionListing ALL = new RegionListing(true, List.of());

    public RegionListing {
        regionIds = List.copyOf(regionIds);
    }

    public boolean includes(String regionId) {
        return all || regionIds.contains(regionId);
    }
}
