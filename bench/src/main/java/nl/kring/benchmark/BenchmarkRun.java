package nl.kring.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The benchmark ({@code bench/run}): for each corpus size it generates the corpus with
 * {@code kring bench-corpus}, builds it several times as separate processes, builds it once on one core and
 * its largest region alone, measures a first and a next search in Chromium, and edits groups under
 * {@code kring serve}. The figures go into {@code docs/performance.md} between its benchmark markers.
 * It asserts no timing: a figure over its target is reported, not failed.
 */
public final class BenchmarkRun {

    /** The fixed "now" the corpus and every build share, so runs are comparable and byte-identical. */
    static final String NOW = "2026-11-23T12:00";

    /** Runs of the sample site's build and check: a median of five, as the targets are. */
    static final int EVERYDAY_RUNS = 5;

    private final Path repository;
    private final Path work;
    private final Commands commands;
    private final int runs;
    private final boolean smoke;

    BenchmarkRun(Path repository, Path work, Commands commands, int runs, boolean smoke) {
        this.repository = repository;
        this.work = work;
        this.commands = commands;
        this.runs = runs;
        this.smoke = smoke;
    }

    public static void main(String[] args) throws Exception {
        List<Size> sizes = Size.ALL;
        int runs = 3;
        boolean smoke = false;
        Path repository = Path.of("").toAbsolutePath();
        Path work = repository.resolve("bench/target/work");
        Path report = repository.resolve("docs/performance.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(Size::named).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]).toAbsolutePath();
                case "--smoke" -> smoke = true;
                case "--help", "-h" -> {
                    System.out.println("usage: bench/run [--sizes small,medium,large] [--runs N] [--smoke] [--work DIR]");
                    System.out.println("  --smoke  the small size once, without the one-core and browser runs; "
                            + "docs/performance.md is left alone");
                    return;
                }
                default -> {
                    System.err.println("bench: unknown option " + args[i] + " (see --help)");
                    System.exit(2);
                }
            }
        }
        if (smoke) {
            sizes = List.of(Size.named("small"));
            runs = 1;
        }
        Files.createDirectories(work);
        Commands commands = new Commands(repository.resolve("kring"), work);
        Machine machine = Machine.describe(commands, repository);
        BenchmarkRun benchmark = new BenchmarkRun(repository, work, commands, runs, smoke);
        // the everyday build first, on a machine not yet warmed up by the large builds
        Everyday.Result everyday = new Everyday(repository, work, commands, smoke ? 1 : EVERYDAY_RUNS).measure();
        List<SizeResult> results = new ArrayList<>();
        for (Size size : sizes) {
            results.add(benchmark.measure(size));
        }
        String table = new PerformanceReport(machine, results, runs, everyday).markdown();
        Files.writeString(work.resolve("results.md"), table);
        System.out.println();
        System.out.println(table);
        if (!smoke) {
            PerformanceReport.writeInto(report, table);
            System.out.println("bench: wrote the figures into " + repository.relativize(report));
        }
    }

    SizeResult measure(Size size) throws Exception {
        Path dir = work.resolve(size.name());
        Path site = dir.resolve("site");
        // The timed builds write to memory (tmpfs) when the machine has it, so the figures measure Kring and
        // not the disk; one more build writes to the disk, and the report shows that too.
        Path ram = Path.of("/dev/shm");
        boolean roomInMemory = Files.isDirectory(ram) && Files.isWritable(ram)
                && Files.getFileStore(ram).getUsableSpace() > 4L << 30;   // the large output takes about 2 GB twice
        Path outputs = roomInMemory ? ram.resolve("kring-bench-" + size.name()) : dir;
        Path dist = outputs.resolve("dist");
        Files.createDirectories(dir);
        log(size, "generating the corpus");
        Measured corpus = commands.kring(List.of(), List.of("bench-corpus", "--size", size.name(), "--out",
                site.toString(), "--force"));

        List<Measured> builds = new ArrayList<>();
        List<GcLog> gc = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        OutputStats output = null;
        for (int run = 1; run <= runs; run++) {
            log(size, "full build " + run + " of " + runs);
            Folders.deleteTree(dist);   // every run builds into an empty folder (replacing a tree is a disk's work, not ours)
            Path gcLog = dir.resolve("gc-" + run + ".log");
            builds.add(commands.kring(List.of("-Xmx1g", "-Xlog:gc:file=" + gcLog),
                    List.of("build", "--root", site.toString(), "--out", dist.toString(), "--now", NOW)));
            gc.add(GcLog.read(gcLog));
            output = OutputStats.of(dist);
            digests.add(output.digest());
            log(size, String.format("%.2f s wall, %.2f s CPU, %d MB RSS", builds.getLast().wallSeconds(),
                    builds.getLast().cpuSeconds(), builds.getLast().peakRssKb() / 1024));
        }
        String largest = output.largest().id();
        Measured oneCore = null;
        String oneCoreDigest = null;
        GcLog largestAlone = null;
        Measured toDisk = null;
        BrowserSearch.Result search = null;
        if (!smoke) {
            log(size, "full build on one core");
            Path oneCoreDist = outputs.resolve("dist-one-core");
            Folders.deleteTree(oneCoreDist);
            oneCore = commands.kringOnOneCore(List.of("-Xmx1g"),
                    List.of("build", "--root", site.toString(), "--out", oneCoreDist.toString(), "--now", NOW));
            oneCoreDigest = OutputStats.of(oneCoreDist).digest();
            log(size, "building the largest region alone (" + largest + ")");
            Path gcLog = dir.resolve("gc-region.log");
            Folders.deleteTree(outputs.resolve("dist-region"));
            commands.kring(List.of("-Xmx1g", "-Xlog:gc:file=" + gcLog), List.of("build", "--root", site.toString(),
                    "--out", outputs.resolve("dist-region").toString(), "--now", NOW, "--region", largest));
            largestAlone = GcLog.read(gcLog);
            if (!outputs.equals(dir)) {
                log(size, "full build writing to the disk");
                Path diskDist = dir.resolve("dist");
                Folders.deleteTree(diskDist);
                toDisk = commands.kring(List.of("-Xmx1g"),
                        List.of("build", "--root", site.toString(), "--out", diskDist.toString(), "--now", NOW));
                Folders.deleteTree(diskDist);
            }
            log(size, "searching in Chromium");
            try (StaticServer server = new StaticServer(dist.resolve(largest)); BrowserSearch browser = new BrowserSearch()) {
                search = browser.measure(server.url());
            }
        }
        log(size, "editing groups under kring serve");
        List<PreviewRebuild.Rebuild> rebuilds = new PreviewRebuild(commands, dir)
                .measure(site, NOW, groupsToEdit(site, largest), smoke ? 2 : 6);
        String stages = builds.getLast().stdout().lines().filter(l -> l.startsWith("stages: "))
                .map(l -> l.substring("stages: ".length())).findFirst().orElse("");
        if (!outputs.equals(dir)) {
            Folders.deleteTree(outputs);   // give the memory back
        }
        return new SizeResult(size, corpus, builds, gc, digests, oneCore, oneCoreDigest, output, largest,
                largestAlone, stages, search, rebuilds, toDisk);
    }

    /** A group of the largest region's first municipality, and an online group listed in every region. */
    private static List<Path> groupsToEdit(Path site, String region) throws IOException {
        Map<?, ?> config = (Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(site.resolve("site-config.yml")));
        String municipality = ((List<?>) config.get("regions")).stream().map(r -> (Map<?, ?>) r)
                .filter(r -> region.equals(r.get("id")))
                .map(r -> String.valueOf(((List<?>) r.get("municipalities")).getFirst())).findFirst().orElseThrow();
        List<Path> groups = new ArrayList<>();
        groups.add(firstGroup(site.resolve("content").resolve(municipality).resolve("groups"), text -> true));
        groups.add(firstGroup(site.resolve("content"), text -> text.contains("\nregions: all")));
        return groups;
    }

    private static Path firstGroup(Path under, java.util.function.Predicate<String> wanted) throws IOException {
        try (Stream<Path> files = Files.walk(under)) {
            for (Path file : files.filter(f -> f.getParent().getFileName().toString().equals("groups"))
                    .filter(f -> f.toString().endsWith(".md")).sorted(Comparator.comparing(Path::toString)).toList()) {
                if (wanted.test(Files.readString(file))) {
                    return file;
                }
            }
        }
        throw new IllegalStateException("no group to edit under " + under);
    }


    private static void log(Size size, String message) {
        System.out.println("bench [" + size.name() + "] " + message);
    }
}
