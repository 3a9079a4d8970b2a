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
 */
public record BuildOptions(Path root, Path outDir, List<String> regions, BuildTime now, boolean write) {

    public BuildOptions {
        regions = List.copyOf(regions);
    }
}
