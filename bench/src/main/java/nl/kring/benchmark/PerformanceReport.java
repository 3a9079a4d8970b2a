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
    private final Everyday.Result everyday;

    PerformanceReport(Machine machine, List<SizeResult> results, int runs, Everyday.Result everyday) {
        this.machine = machine;
        this.results = results;
        this.runs = runs;
        this.everyday = everyday;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Measured with `bench/run` on ").append(machine.cpu()).append(", ").append(machine.cores())
                .append(" cores, ").append(String.format(Locale.ROOT, "%.0f", machine.memoryMb() / 1024.0))
                .append(" GiB; ").append(machine.system()).append("; ").append(machine.java()).append("; ")
                .append(machine.kring()).append(" (commit ").append(machine.commit()).append("), Lucene ")
                .append(machine.lucene()).append("; ").append(machine.chromium()).append(".\n")
                .append("Builds are separate processes started as a user starts them, with `./kring` (its start-up ")
                .append("cache, and the JIT and collector it picks for the site's size), with `-Xmx1g`, writing to ")
                .append("memory (`/dev/shm`); times are the ")
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
        everyday(out);
        targets(out);
        return out.toString();
    }

    /** The sample site as a user builds and checks it, next to Hugo + Pagefind on the same content. */
    private void everyday(StringBuilder out) {
        Everyday.Result k = everyday;
        Everyday.Peer p = k.peer();
        int n = k.builds().size();
        out.append("\n**The everyday build**: the repository's sample network, `./kring build` and `./kring check` ")
                .append("as a user runs them (a cold JVM each time, through the launcher and its start-up cache), ")
                .append("writing to this machine's disk; median of ").append(n).append(n == 1 ? " run" : " runs")
                .append(". Hugo + Pagefind build the same pages from the same content (`").append(Everyday.PEER)
                .append("`)").append(p.missing() == null ? " (" + p.versions() + ")" : "")
                .append(" in the same run; their \"check\" is `hugo --renderToMemory`.\n\n");
        row(out, List.of("sample network (3 regions)", "target", "Kring", "Hugo + Pagefind", "Kring ÷ Hugo + Pagefind"));
        row(out, List.of("---", "---", "---", "---", "---"));
        boolean peer = p.missing() == null;
        row(out, List.of("HTML files written", "", n(k.pages()), peer ? n(p.pages()) : p.missing(), ""));
        row(out, List.of("**build, wall** (median, fastest–slowest)", "≤ 1.2 s",
                s(k.buildWall()) + mark(k.buildWall() <= 1.2) + " (" + range(k.builds().stream()
                        .map(Measured::wallSeconds).toList()) + ")",
                peer ? s(p.buildWall()) + " (" + range(p.builds().stream().map(Measured::wallSeconds).toList()) + ")"
                        : "–", peer ? ratio(k.buildWall(), p.buildWall()) : "–"));
        row(out, List.of("build, CPU (user + system)", "≤ 2 s", s(k.buildCpu()) + mark(k.buildCpu() <= 2),
                peer ? s(p.buildCpu()) : "–", peer ? ratio(k.buildCpu(), p.buildCpu()) : "–"));
        row(out, List.of("build, peak RSS", "", k.builds().stream().mapToLong(Measured::peakRssKb).max().orElse(0) / 1024
                + " MB", peer ? p.builds().stream().mapToLong(Measured::peakRssKb).max().orElse(0) / 1024 + " MB" : "–", ""));
        row(out, List.of("**check, wall** (median, fastest–slowest)", "≤ 0.7 s",
                s(k.checkWall()) + mark(k.checkWall() <= 0.7) + " (" + range(k.checks().stream()
                        .map(Measured::wallSeconds).toList()) + ")",
                peer ? s(p.checkWall()) + " (" + range(p.checks().stream().map(Measured::wallSeconds).toList()) + ")"
                        : "–", peer ? ratio(k.checkWall(), p.checkWall()) : "–"));
        row(out, List.of("check, CPU (user + system)", "", s(k.checkCpu()), peer ? s(p.checkCpu()) : "–",
                peer ? ratio(k.checkCpu(), p.checkCpu()) : "–"));
        row(out, List.of("byte-identical output across runs", "yes", (k.identical() ? "yes" : "no") + mark(k.identical()),
                "", ""));
    }

    /** Every target of issue 16 in one place, each with its figure from this run and ✓ or ✗. */
    private void targets(StringBuilder out) {
        out.append("\n**Targets of issue 16** (everyday speed), from the figures above:\n\n");
        row(out, List.of("target", "measured", "met"));
        row(out, List.of("---", "---", "---"));
        target(out, "`./kring build` of the sample, wall ≤ 1.2 s", s(everyday.buildWall()), everyday.buildWall() <= 1.2);
        target(out, "`./kring check` of the sample, wall ≤ 0.7 s", s(everyday.checkWall()), everyday.checkWall() <= 0.7);
        target(out, "`./kring build` of the sample, CPU ≤ 2 s", s(everyday.buildCpu()), everyday.buildCpu() <= 2);
        size("medium").ifPresentOrElse(r -> target(out, "medium full build, wall ≤ 4 s", s(r.wall()), r.wall() <= 4),
                () -> notMeasured(out, "medium full build, wall ≤ 4 s"));
        size("large").ifPresentOrElse(r -> {
            target(out, "large full build, wall ≤ 15 s (on the way to 10 s)", s(r.wall()), r.wall() <= 15);
            target(out, "large full build, peak heap ≤ 1 GB", r.peakHeapMb() + " MB", r.peakHeapMb() <= 1024);
            target(out, "preview rebuild on large, a group of one region ≤ 0.5 s (median)",
                    r.medianRebuildMillis(false) + " ms", r.medianRebuildMillis(false) <= 500);
            if (!r.rebuilds(true).isEmpty()) {
                target(out, "preview rebuild on large, an online group ≤ 1 s (median)",
                        r.medianRebuildMillis(true) + " ms", r.medianRebuildMillis(true) <= 1_000);
            }
            if (r.search() != null) {
                BrowserSearch.Search first = r.search().first();
                BrowserSearch.Search next = r.search().next();
                target(out, "first search, largest region of large: ≤ 4 requests, < 40 kB",
                        first.requests() + " · " + kb(first.bytes()), first.requests() <= 4 && first.bytes() < 40_000);
                target(out, "next search, same region: < 15 kB", kb(next.bytes()), next.bytes() < 15_000);
            } else {
                notMeasured(out, "first and next search, largest region of large");
            }
        }, () -> notMeasured(out, "large: full build ≤ 15 s, peak heap ≤ 1 GB, preview rebuilds, search budgets"));
        Everyday.Peer peer = everyday.peer();
        row(out, List.of("side by side with Hugo + Pagefind (sample build, wall)", peer.missing() == null
                ? s(everyday.buildWall()) + " vs " + s(peer.buildWall()) + " (" + ratio(everyday.buildWall(),
                peer.buildWall()) + ")" : peer.missing(), peer.missing() == null ? "✓ measured" : "✗ not measured"));
    }

    private java.util.Optional<SizeResult> size(String name) {
        return results.stream().filter(r -> r.size().name().equals(name)).findFirst();
    }

    private static void target(StringBuilder out, String target, String measured, boolean met) {
        row(out, List.of(target, measured, met ? "✓" : "✗"));
    }

    private static void notMeasured(StringBuilder out, String target) {
        row(out, List.of(target, "not measured in this run", "–"));
    }

    private static String ratio(double kring, double peer) {
        return String.format(Locale.ROOT, "%.2f×", kring / peer);
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
