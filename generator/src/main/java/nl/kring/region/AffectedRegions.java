package nl.kring.region;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.model.Content;

/**
 * Which regions' sites a set of changed files can change, so a pull request builds only those.
 * When in doubt it answers "all": a missed region would hide a broken link until the next full build.
 */
public final class AffectedRegions {

    private final SiteConfig config;
    private final Content content;

    public AffectedRegions(SiteConfig config, Content content) {
        this.config = config;
        this.content = content;
    }

    /**
     * @param changed repository-relative paths with '/', as {@code git diff --name-only} prints them
     * @param exists  whether a path still exists (a deleted file may have been linked from anywhere)
     * @return region ids in the order of site-config.yml
     */
    public List<String> of(Collection<String> changed, Predicate<String> exists) {
        Set<String> regions = new LinkedHashSet<>();
        for (String path : changed) {
            if (affectsAll(path, exists)) {
                return ids(config.regions());
            }
            regions.addAll(regionsOf(path));
        }
        return config.regions().stream().map(RegionConfig::id).filter(regions::contains).toList();
    }

    private boolean affectsAll(String path, Predicate<String> exists) {
        if (isDocumentation(path)) {
            return false;
        }
        String[] parts = path.split("/");
        boolean municipalityFile = parts.length >= 3 && parts[0].equals("content") && !parts[1].equals("pages");
        if (!municipalityFile) {
            return true;  // site-config.yml, topics.yml, network pages, themes, the generator itself…
        }
        return !exists.test(path);  // links from other regions' pages may point at a deleted file
    }

    private Set<String> regionsOf(String path) {
        Set<String> regions = new LinkedHashSet<>();
        if (isDocumentation(path)) {
            return regions;
        }
        String municipality = path.split("/")[1];
        config.regions().stream().filter(r -> r.municipalities().contains(municipality))
                .forEach(r -> regions.add(r.id()));
        config.regions().stream().filter(r -> path.equals(r.brand().logo())).forEach(r -> regions.add(r.id()));
        content.groups().stream().filter(g -> g.path().equals(path)).findFirst().ifPresent(group -> {
            if (group.extraRegions().all()) {
                regions.addAll(ids(config.regions()));
            } else {
                regions.addAll(group.extraRegions().regionIds());
            }
        });
        return regions;
    }

    /** Files that are not part of any site: the documentation and the repository's own notes. */
    private static boolean isDocumentation(String path) {
        return path.startsWith("docs/") || !path.contains("/") && path.endsWith(".md");
    }

    private static List<String> ids(List<RegionConfig> regions) {
        return regions.stream().map(RegionConfig::id).toList();
    }
}
