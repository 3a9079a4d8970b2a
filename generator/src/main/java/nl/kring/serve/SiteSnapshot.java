package nl.kring.serve;

import java.util.Arrays;
import java.util.Comparator;
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
 * @param files   each region's files, in site-config.yml order
 */
record SiteSnapshot(int build, List<RegionSummary> regions, Map<String, RegionFiles> files) {

    SiteSnapshot {
        regions = List.copyOf(regions);
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * One region's files sorted by path, found by binary search: a national region has thousands, and sorting
     * the build's list (already sorted but for the search files at its end) costs less than hashing them all at
     * every save.
     *
     * @param listed the files as the build listed them, which the next snapshot compares with its own
     */
    record RegionFiles(List<OutputFile> listed, OutputFile[] byPath, String[] paths) {

        static RegionFiles of(List<OutputFile> listed) {
            OutputFile[] byPath = listed.toArray(OutputFile[]::new);
            Arrays.sort(byPath, Comparator.comparing(OutputFile::path));
            String[] paths = new String[byPath.length];
            for (int i = 0; i < byPath.length; i++) {
                paths[i] = byPath[i].path();
            }
            return new RegionFiles(List.copyOf(listed), byPath, paths);
        }

        Optional<OutputFile> file(String path) {
            int at = Arrays.binarySearch(paths, path);
            return at < 0 ? Optional.empty() : Optional.of(byPath[at]);
        }

        int size() {
            return byPath.length;
        }
    }

    /**
     * The snapshot of {@code outputs}. A region whose files are, one by one and as the same objects, those of
     * {@code previous} keeps that snapshot's files, so {@link SiteChanges} passes it over at a glance: on a
     * national network a save mostly changes one region's files, and each region has thousands.
     */
    static SiteSnapshot of(int build, List<RegionSummary> regions, Map<String, List<OutputFile>> outputs,
                           SiteSnapshot previous) {
        Map<String, RegionFiles> files = new LinkedHashMap<>();
        outputs.forEach((region, list) -> {
            RegionFiles before = previous == null ? null : previous.files().get(region);
            files.put(region, before != null && sameObjects(before.listed(), list) ? before : RegionFiles.of(list));
        });
        return new SiteSnapshot(build, regions, files);
    }

    /** Each region's files as the build listed them. */
    Map<String, List<OutputFile>> lists() {
        Map<String, List<OutputFile>> lists = new LinkedHashMap<>();
        files.forEach((region, byPath) -> lists.put(region, byPath.listed()));
        return lists;
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
        RegionFiles byPath = files.get(region);
        return byPath == null ? Optional.empty() : byPath.file(path);
    }
}
