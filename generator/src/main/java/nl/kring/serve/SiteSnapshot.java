package nl.kring.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.render.OutputFile;
import nl.kring.site.RegionSummary;

/**
 * One successful build as the preview serves it: every region's files, in memory, by path inside
 * the region's folder. Immutable; a rebuild replaces it as a whole.
 *
 * @param build   counts successful builds since the preview started; pages carry it to notice
 *                rebuilds they missed
 * @param regions the built regions, in site-config.yml order
 */
record SiteSnapshot(int build, List<RegionSummary> regions, Map<String, Map<String, OutputFile>> files) {

    SiteSnapshot {
        regions = List.copyOf(regions);
        Map<String, Map<String, OutputFile>> copy = new LinkedHashMap<>();
        files.forEach((region, byPath) -> copy.put(region, Map.copyOf(byPath)));
        files = java.util.Collections.unmodifiableMap(copy);
    }

    static SiteSnapshot of(int build, List<RegionSummary> regions, Map<String, List<OutputFile>> outputs) {
        Map<String, Map<String, OutputFile>> files = new LinkedHashMap<>();
        outputs.forEach((region, list) -> {
            Map<String, OutputFile> byPath = new LinkedHashMap<>();
            list.forEach(file -> byPath.put(file.path(), file));
            files.put(region, byPath);
        });
        return new SiteSnapshot(build, regions, files);
    }

    boolean hasRegion(String id) {
        return files.containsKey(id);
    }

    Optional<OutputFile> file(String region, String path) {
        Map<String, OutputFile> byPath = files.get(region);
        return byPath == null ? Optional.empty() : Optional.ofNullable(byPath.get(path));
    }
}
