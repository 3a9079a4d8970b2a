package nl.kring.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.model.Content;
import nl.kring.model.ContentItem;
import nl.kring.model.Publication;
import nl.kring.model.Group;
import nl.kring.model.Page;
import nl.kring.region.Region;

/**
 * Where each content file is published: which page it becomes and in which region it lives, so a
 * link from one region's page to content of another region becomes an absolute URL there.
 */
public final class ContentUrls {

    private final Map<String, ContentItem> itemsByPath = new HashMap<>();
    private final Map<String, RegionConfig> homeRegionByMunicipality = new HashMap<>();
    private final Map<String, String> municipalityNames;
    private final Map<String, Publication> unpublished;

    public ContentUrls(SiteConfig config, Content content) {
        for (RegionConfig region : config.regions()) {
            for (String m : region.municipalities()) {
                homeRegionByMunicipality.putIfAbsent(m, region);
            }
        }
        List.of(content.municipalities(), content.groups(), content.stories(), content.events(), content.pages())
                .forEach(items -> items.forEach(item -> itemsByPath.put(item.path(), item)));
        Map<String, String> names = new HashMap<>();
        content.municipalities().forEach(m -> names.put(m.slug(), m.name()));
        municipalityNames = Map.copyOf(names);
        unpublished = content.unpublished();
    }

    /**
     * The drafts and not-yet-due files that are in the content: only the preview keeps them (a build
     * leaves them out), and shows each with a banner.
     */
    public Map<String, Publication> unpublished() {
        return unpublished;
    }

    /** Every municipality's name by slug. */
    public Map<String, String> municipalityNames() {
        return municipalityNames;
    }

    public Optional<ContentItem> item(String path) {
        return Optional.ofNullable(itemsByPath.get(path));
    }

    /** The region whose site is the item's home (its canonical URL), if any region shows it. */
    public Optional<RegionConfig> homeRegion(String municipality) {
        return Optional.ofNullable(homeRegionByMunicipality.get(municipality));
    }

    /** Whether the item has a page in this region's site. */
    public boolean isIn(Region region, ContentItem item) {
        return switch (item) {
            case Page page -> page.isNetworkPage() || region.hasMunicipality(page.municipality());
            case Group group -> region.hasGroupPage(group);
            default -> region.hasMunicipality(municipalityOf(item));
        };
    }

    /** The canonical absolute URL of an item: in its home region (for network pages: this region). */
    public Optional<String> canonical(Region region, ContentItem item) {
        if (item instanceof Page page && page.isNetworkPage()) {
            return Optional.of(region.config().absoluteUrl(page.url()));
        }
        return homeRegion(municipalityOf(item)).map(home -> home.absoluteUrl(item.url()));
    }

    static String municipalityOf(ContentItem item) {
        return switch (item) {
            case nl.kring.model.Municipality m -> m.slug();
            case Group g -> g.municipality();
            case nl.kring.model.Story s -> s.municipality();
            case nl.kring.model.Event e -> e.municipality();
            case Page p -> p.municipality();
        };
    }
}
