package nl.kring.site;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build.
 *
 * @param root    the repository root (site-config.yml, content/, themes/)
 * @param outDir  where region folders are written
 * @param regions region ids to build; empty means all
 * @param now     the moment used for "upcoming" and staleness, fixed for reproducible builds
 * @param write   false for {@code kring check}: everything is checked, nothing is written
 * @param preview true for {@code kring serve}, which shows each region at {@code /<region-id>/}
 *                instead of its base URL's path (only the 404 page's links depend on it)
 */
public record BuildOptions(Path root, Path outDir, List<String> regions, BuildTime now, boolean write,
                           boolean preview) {

    public BuildOptions {
        regions = List.copyOf(regions);
    }

    public BuildOptions(Path root, Path outDir, List<String> regions, BuildTime now, boolean write) {
        this(root, outDir, regions, now, write, false);
    }

    /** The path a region's site is served under. */
    public String servedAt(nl.kring.config.RegionConfig region) {
        return preview ? "/" + region.id() + "/" : region.basePath();
    }
}
