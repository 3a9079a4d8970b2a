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
 * @param output  what happens to the rendered files
 * @param preview true for {@code kring serve}, which shows each region at {@code /<region-id>/}
 *                instead of its base URL's path (only the 404 page's links depend on it)
 */
public record BuildOptions(Path root, Path outDir, List<String> regions, BuildTime now, Output output,
                           boolean preview) {

    /** What a build does with the files it renders. */
    public enum Output {
        /** {@code kring check}: everything is rendered and checked, then dropped region by region. */
        CHECK,
        /** {@code kring build}: each region is written to a staging folder as soon as it is done, then dropped. */
        WRITE,
        /** The preview and tests: every region's files stay in the result, with a cache for the next build. */
        KEEP
    }

    public BuildOptions {
        regions = List.copyOf(regions);
    }

    /** A build that writes, or one that keeps every file in memory ({@code write} false). */
    public BuildOptions(Path root, Path outDir, List<String> regions, BuildTime now, boolean write) {
        this(root, outDir, regions, now, write ? Output.WRITE : Output.KEEP, false);
    }

    public BuildOptions(Path root, Path outDir, List<String> regions, BuildTime now, boolean write, boolean preview) {
        this(root, outDir, regions, now, write ? Output.WRITE : Output.KEEP, preview);
    }

    public boolean write() {
        return output == Output.WRITE;
    }

    /** Whether the result holds every region's files and a cache for the next build. */
    public boolean keep() {
        return output == Output.KEEP;
    }

    /** The path a region's site is served under. */
    public String servedAt(nl.kring.config.RegionConfig region) {
        return preview ? "/" + region.id() + "/" : region.basePath();
    }
}
