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
 * @param lists   each region's files as the build listed them, which the next snapshot compares with its own
 */
record SiteSnapshot(int build, List<RegionSummary> regions, Map<String, Map<String, OutputFile>> files,
                    Map<String, List<OutputFile>> lists) {

    SiteSnapshot {
        regions = List.copyOf(regions);
        Map<String, Map<String, OutputFile>> copy = new LinkedHashMap<>();
        files.forEach((region, byPath) -> copy.put(region, Map.copyOf(byPath)));  // the same map when already one
        files = java.util.Collections.unmodifiableMap(copy);
        lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));  // in region order, as files
    }

    /**
     * The snapshot of {@code outputs}. A region whose files are, one by one and as the same objects, those of
     * {@code previous} keeps that snapshot's map of them, so {@link SiteChanges} passes it over at a glance: on a
     * national network a save mostly changes one region's files, and each region has thousands.
     */
    static SiteSnapshot of(int build, List<RegionSummary> regions, Map<String, List<OutputFile>> outputs,
                           SiteSnapshot previous) {
        Map<String, Map<String, OutputFile>> files = new LinkedHashMap<>();
        Map<String, List<OutputFile>> lists = new LinkedHashMap<>();
        outputs.forEach((region, list) -> {
            List<OutputFile> before = previous == null ? null : previous.lists().get(region);
            if (before != null && sameObjects(before, list)) {
                files.put(region, previous.files().get(region));
                lists.put(region, before);
                return;
            }
            Map<String, OutputFile> byPath = new java.util.HashMap<>();
            list.forEach(file -> byPath.put(file.path(), file));
            files.put(region, Map.copyOf(byPath));
            lists.put(region, List.copyOf(list));
        });
        return new SiteSnapshot(build, regions, files, lists);
    }

    private static boolean sameObjects(List<OutputFile> a, List<OutputFile> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    boolean hasRegion(String id) {
        return files.containsKey(id);
    }

    Optional<OutputFile> file(String region, String path) {
        Map<String, OutputFile> byPath = files.get(region);
        return byPath == null ? Optional.empty() : Optional.ofNullable(byPath.get(path));
    }
}
