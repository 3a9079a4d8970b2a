package nl.kring.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The benchmark's figures as a Markdown table, one column per size, each target next to its figures and
 * marked met (✓) or not (✗). {@link #writeInto} replaces the part of docs/performance.md between its markers.
 */
final class PerformanceReport {

    static final String BEGIN = "<!-- benchmark:begin (written by bench/run; edits here are overwritten) -->";
    static final String END = "<!-- benchmark:end -->";

    private final Machine machine;
    private final List<SizeResult> results;
    private final int runs;

    PerformanceReport(Machine machine, List<SizeResult> results, int runs) {
        this.machine = machine;
        this.results = results;
        this.runs = runs;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Measured with `bench/run` on ").append(machine.cpu()).append(", ").append(machine.cores())
                .append(" cores, ").append(String.format(Locale.ROOT, "%.0f", machine.memoryMb() / 1024.0))
                .append(" GiB; ").append(machine.system()).append("; ").append(machine.java()).append("; ")
                .append(machine.kring()).append(" (commit ").append(machine.commit()).append("), Lucene ")
                .append(machine.lucene()).append("; ").append(machine.chromium()).append(".\n")
                .append("Builds are separate processes with `-Xmx1g` writing to memory (`/dev/shm`); times are the ")
                .append("median of ").append(runs).append(runs == 1 ? " run" : " runs")
                .append(", memory the highest.\n\n");
        List<String> header = new ArrayList<>(List.of("", "target"));
        results.forEach(r -> header.add(r.size().name()));
        row(out, header);
        List<String> rule = new ArrayList<>();
        header.forEach(h -> rule.add("---"));
        row(out, rule);
        add(out, "regions · municipalities", "", r -> r.size().regions() + " · " + r.size().municipalities());
        add(out, "groups · stories · activities", "",
                r -> n(r.size().groups()) + " · " + n(r.size().stories()) + " · " + n(r.size().events()));
        add(out, "corpus generation (wall)", "", r -> s(r.corpus().wallSeconds()));
        add(out, "output: files · HTML pages · size", "",
                r -> n(r.output().files()) + " · " + n(r.output().pages()) + " · " + mb(r.output().bytes()));
        add(out, "**full build, wall** (median, fastest–slowest)", "large < 10 s", r -> s(r.wall())
                + (r.size().name().equals("large") ? mark(r.wall() < 10) : "") + " (" + range(r.builds().stream()
                .map(Measured::wallSeconds).toList()) + ")");
        add(out, "full build, CPU (user + system)", "", r -> s(r.cpu()));
        add(out, "full build writing to this machine's disk, wall", "", r -> r.toDisk() == null ? "–"
                : s(r.toDisk().wallSeconds()));
        add(out, "cores busy (CPU ÷ wall)", "both (→ 2)", r -> String.format(Locale.ROOT, "%.2f", r.cpu() / r.wall()));
        add(out, "full build on one core (taskset), wall", "", r -> r.oneCore() == null ? "–" : s(r.oneCore().wallSeconds()));
        add(out, "speed-up from the second core (one-core wall ÷ wall)", "", r -> r.oneCore() == null ? "–"
                : String.format(Locale.ROOT, "%.2f×", r.oneCore().wallSeconds() / r.wall()));
        add(out, "pages per second", "", r -> n(Math.round(r.output().pages() / r.wall())));
        add(out, "peak RSS", "", r -> r.peakRssMb() + " MB");
        add(out, "**peak heap** (before GC · most live after GC)", "< 1 GB",
                r -> r.peakHeapMb() + " · " + r.liveHeapMb() + " MB" + mark(r.peakHeapMb() < 1024));
        add(out, "largest region alone: most live heap", "≈ whole build",
                r -> r.largestAlone() == null ? "–" : r.largestAlone().peakLiveMb() + " MB (" + r.largestRegion() + ")");
        add(out, "byte-identical output (runs · one core)", "yes", r -> (r.digests().stream().distinct().count() == 1
                ? "yes" : "no") + " · " + (r.oneCoreDigest() == null ? "–" : r.digests().contains(r.oneCoreDigest())
                ? "yes" : "no") + mark(r.identical()));
        add(out, "search documents: largest region · all regions", "",
                r -> n(r.output().largest().searchDocuments()) + " (" + r.largestRegion() + ") · "
                        + n(r.output().searchDocuments()));
        add(out, "search export, largest region: raw · gzip", "",
                r -> kb(r.output().largest().searchBytes()) + " · " + kb(r.output().largest().searchGzipBytes()));
        add(out, "search export, median region: raw · gzip", "",
                r -> kb(r.output().medianBySearchSize().searchBytes()) + " · "
                        + kb(r.output().medianBySearchSize().searchGzipBytes()));
        add(out, "index stage per 10,000 documents", "< 1 s", r -> {
            double seconds = r.stageMillis("index") / 1000.0 * 10_000 / Math.max(1, r.output().searchDocuments());
            return s(seconds) + mark(seconds < 1);
        });
        add(out, "first search (\"" + BrowserSearch.QUERIES.get(0) + "\"), largest region: requests · transferred · "
                + "results shown", "≤ 4 · < 40 kB", r -> r.search() == null ? "–" : search(r.search().first())
                + mark(r.search().first().requests() <= 4 && r.search().first().bytes() < 40_000));
        add(out, "next search (\"" + BrowserSearch.QUERIES.get(1) + "\"): requests · transferred · results shown",
                "< 15 kB", r -> r.search() == null ? "–" : search(r.search().next())
                        + mark(r.search().next().bytes() < 15_000));
        add(out, "query on a warm page, CPU " + BrowserSearch.PHONE_SLOWDOWN + "× slower (phone), "
                        + BrowserSearch.QUERIES.size() + " queries: engine answer, median · slowest",
                "< 10 ms (phone)", r -> r.search() == null ? "–"
                        : ms1(r.search().medianEngineMillis()) + " · " + ms1(r.search().maxEngineMillis())
                        + mark(r.search().maxEngineMillis() < 10));
        add(out, "… until the results are on the page, median · slowest", "", r -> r.search() == null ? "–"
                : ms(r.search().medianMillis()) + " · " + ms(r.search().maxMillis()));
        add(out, "**preview rebuild after editing a group of the largest region**: median · slowest",
                "200 ms small, 1 s large", r -> r.medianRebuildMillis(false) + " · " + r.maxRebuildMillis(false) + " ms"
                        + mark(r.maxRebuildMillis(false) < r.size().rebuildTargetMillis()));
        add(out, "preview rebuild after editing an online group (listed in every region): median · slowest",
                "200 ms small, 1 s large", r -> r.rebuilds(true).isEmpty() ? "–" : r.medianRebuildMillis(true) + " · "
                        + r.maxRebuildMillis(true) + " ms" + mark(r.maxRebuildMillis(true) < r.size().rebuildTargetMillis()));
        add(out, "… until the search shows the edit too (slowest, from saving)", "",
                r -> r.maxSearchCaughtUpMillis() < 0 ? "–" : r.maxSearchCaughtUpMillis() + " ms");
        add(out, "pages rendered again per edit", "", r -> r.rebuilds().stream().map(b -> String.valueOf(b.rendered()))
                .distinct().reduce((a, b) -> a + ", " + b).orElse("–") + " of " + n(r.rebuilds().getFirst().pages()));
        out.append("\nStage times of the last full build (summed over regions; the index is built while pages render):\n\n");
        for (SizeResult r : results) {
            out.append("- ").append(r.size().name()).append(": ").append(r.stages()).append('\n');
        }
        return out.toString();
    }

    private void add(StringBuilder out, String metric, String target, Function<SizeResult, String> value) {
        List<String> cells = new ArrayList<>(List.of(metric, target));
        results.forEach(r -> cells.add(value.apply(r)));
        row(out, cells);
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String range(List<Double> seconds) {
        return String.format(Locale.ROOT, "%.1f–%.1f s", seconds.stream().mapToDouble(d -> d).min().orElse(0),
                seconds.stream().mapToDouble(d -> d).max().orElse(0));
    }

    private static String mark(boolean met) {
        return met ? " ✓" : " ✗";
    }

    private static String search(BrowserSearch.Search s) {
        return s.requests() + " · " + kb(s.bytes()) + " · " + ms(s.millis());
    }

    private static String s(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String ms1(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1_000_000.0);
    }

    private static String n(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** Replaces the benchmark part of {@code report}, or appends it with its markers when there is none yet. */
    static void writeInto(Path report, String table) throws IOException {
        String text = Files.exists(report) ? Files.readString(report) : "# Performance\n\n";
        String block = BEGIN + "\n\n" + table + "\n" + END;
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        text = begin >= 0 && end > begin ? text.substring(0, begin) + block + text.substring(end + END.length())
                : text + "\n" + block + "\n";
        Files.writeString(report, text);
    }
}
