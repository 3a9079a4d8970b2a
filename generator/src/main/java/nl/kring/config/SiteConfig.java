package nl.kring.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** site-config.yml: the network and its regions. */
public record SiteConfig(String title, String language, ZoneId timezone, int staleAfterMonths,
                         List<RegionConfig> regions) {

    public static final String FILE_NAME = "site-config.yml";

    public SiteConfig {
        regions = List.copyOf(regions);
    }

    public Optional<RegionConfig> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
