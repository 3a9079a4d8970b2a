package nl.kring.benchmark;

import java.util.List;

/**
 * Everything measured for one corpus size.
 *
 * @param builds         the full builds with both cores, each a fresh JVM with {@code -Xmx1g}
 * @param gc             the heap figures of each of those builds
 * @param oneCore        the same build on one core ({@code taskset}, {@code -XX:ActiveProcessorCount=1}), or null
 * @param oneCoreDigest  the digest of that build's output, or null
 * @param largestRegion  id of the region with the most pages
 * @param largestAlone   the heap figures of building only that region, or null
 * @param stages         the stage times {@code kring build} printed for its last run
 * @param toDisk         one more build, writing to the disk instead of memory, or null
 */
record SizeResult(Size size, Measured corpus, List<Measured> builds, List<GcLog> gc, List<String> digests,
                  Measured oneCore, String oneCoreDigest, OutputStats output, String largestRegion,
                  GcLog largestAlone, String stages, BrowserSearch.Result search,
                  List<PreviewRebuild.Rebuild> rebuilds, Measured toDisk) {

    double wall() {
        return Measured.median(builds.stream().map(Measured::wallSeconds).toList());
    }

    double cpu() {
        return Measured.median(builds.stream().map(Measured::cpuSeconds).toList());
    }

    long peakRssMb() {
        return builds.stream().mapToLong(Measured::peakRssKb).max().orElse(0) / 1024;
    }

    long peakHeapMb() {
        return gc.stream().mapToLong(GcLog::peakBeforeMb).max().orElse(0);
    }

    long liveHeapMb() {
        return gc.stream().mapToLong(GcLog::peakLiveMb).max().orElse(0);
    }

    /** Whether every run, and the one-core run, wrote byte for byte the same output. */
    boolean identical() {
        return digests.stream().distinct().count() == 1 && (oneCoreDigest == null || digests.contains(oneCoreDigest));
    }

    /** A stage's time from the {@code stages:} line, e.g. {@code index 1234 ms}; 0 when the line lacks it. */
    long stageMillis(String stage) {
        for (String part : stages.split(", ")) {
            // the stage's whole name: "load" is neither "load config" nor "load and validate content"
            if (part.matches(java.util.regex.Pattern.quote(stage) + " \\d+ ms")) {
                return Long.parseLong(part.substring(stage.length() + 1, part.length() - 3));
            }
        }
        return 0;
    }

    /** The rebuilds after editing a group of the largest region (even rounds) or an online group (odd rounds). */
    List<PreviewRebuild.Rebuild> rebuilds(boolean online) {
        return java.util.stream.IntStream.range(0, rebuilds.size()).filter(i -> (i % 2 == 1) == online)
                .mapToObj(rebuilds::get).toList();
    }

    long medianRebuildMillis(boolean online) {
        return Math.round(Measured.median(rebuilds(online).stream().map(r -> (double) r.millis()).toList()));
    }

    /** The slowest time from saving a file until the search showed the change too. */
    long maxSearchCaughtUpMillis() {
        return rebuilds.stream().mapToLong(PreviewRebuild.Rebuild::savedToSearchMillis).max().orElse(-1);
    }

    long maxRebuildMillis(boolean online) {
        return rebuilds(online).stream().mapToLong(PreviewRebuild.Rebuild::millis).max().orElse(0);
    }
}
