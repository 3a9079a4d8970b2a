package nl.kring.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build every editor and CI run meets: the repository's own sample network (3 regions, about 222
 * pages), built and checked with {@code ./kring} exactly as a user types it — a cold JVM each time, through
 * the launcher, so the JVM's start-up cache counts — and, when {@code hugo} and {@code pagefind} are
 * installed, the same site made with Hugo + Pagefind from the same content ({@code ../shared/peer-hugo}),
 * measured in the same run on the same machine so the ratio means something.
 */
final class Everyday {

    /** Where the peer site generator lives, from the repository's root (see its README). */
    static final String PEER = "../shared/peer-hugo/hugo_site.py";

    /**
     * What was measured.
     *
     * @param identical whether every Kring build wrote the same bytes
     */
    record Result(List<Measured> builds, List<Measured> checks, int pages, boolean identical, Peer peer)
            implements BuildsAndChecks {
    }

    /**
     * Hugo + Pagefind on the same content; {@code missing} says why it was not measured (else null). Its
     * "check" is Hugo rendering to memory ({@code --renderToMemory}): the nearest thing Hugo has.
     */
    record Peer(String missing, String versions, List<Measured> builds, List<Measured> checks, int pages)
            implements BuildsAndChecks {

        static Peer missing(String why) {
            return new Peer(why, "", List.of(), List.of(), 0);
        }
    }

    /** Timed builds and checks of one tool, and their medians. */
    interface BuildsAndChecks {

        List<Measured> builds();

        List<Measured> checks();

        default double buildWall() {
            return Measured.median(builds().stream().map(Measured::wallSeconds).toList());
        }

        default double buildCpu() {
            return Measured.median(builds().stream().map(Measured::cpuSeconds).toList());
        }

        default double checkWall() {
            return Measured.median(checks().stream().map(Measured::wallSeconds).toList());
        }

        default double checkCpu() {
            return Measured.median(checks().stream().map(Measured::cpuSeconds).toList());
        }
    }

    private final Path repository;
    private final Path work;
    private final Commands commands;
    private final int runs;

    Everyday(Path repository, Path work, Commands commands, int runs) {
        this.repository = repository;
        this.work = work;
        this.commands = commands;
        this.runs = runs;
    }

    Result measure() throws IOException {
        Path dir = work.resolve("everyday");
        Files.createDirectories(dir);
        Path dist = dir.resolve("dist");
        List<String> kring = List.of(repository.resolve("kring").toString());
        List<String> build = concat(kring, List.of("build", "--out", dist.toString(), "--now", BenchmarkRun.NOW));
        List<String> check = concat(kring, List.of("check", "--now", BenchmarkRun.NOW));
        log("kring check once, untimed (the launcher prepares its start-up cache if it has none)");
        commands.measure(check, repository);
        List<Measured> builds = new ArrayList<>();
        List<Measured> checks = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        OutputStats output = null;
        for (int run = 1; run <= runs; run++) {
            Folders.deleteTree(dist);
            builds.add(commands.measure(build, repository));
            output = OutputStats.of(dist);
            digests.add(output.digest());
            checks.add(commands.measure(check, repository));
            log(String.format(java.util.Locale.ROOT, "run %d of %d: build %.2f s wall, %.2f s CPU; check %.2f s wall, "
                    + "%.2f s CPU", run, runs, builds.getLast().wallSeconds(), builds.getLast().cpuSeconds(),
                    checks.getLast().wallSeconds(), checks.getLast().cpuSeconds()));
        }
        Folders.deleteTree(dist);
        int pages = output.regions().stream().mapToInt(OutputStats.RegionStats::pages).sum();
        return new Result(builds, checks, pages, digests.stream().distinct().count() == 1, peer(dir));
    }

    private Peer peer(Path dir) throws IOException {
        Path generator = repository.resolve(PEER).normalize();
        Optional<Path> hugo = onPath("hugo");
        Optional<Path> pagefind = onPath("pagefind");
        List<String> missing = new ArrayList<>();
        if (hugo.isEmpty()) {
            missing.add("hugo (apt-get install hugo)");
        }
        if (pagefind.isEmpty()) {
            missing.add("pagefind (npm install -g pagefind)");
        }
        if (onPath("python3").isEmpty()) {
            missing.add("python3");
        }
        if (!Files.isRegularFile(generator)) {
            missing.add(PEER);
        }
        if (!missing.isEmpty()) {
            log("Hugo + Pagefind not measured: missing " + String.join(", ", missing));
            return Peer.missing("not installed: " + String.join(", ", missing));
        }
        Path site = dir.resolve("peer");
        Folders.deleteTree(site);
        log("making the same site for Hugo + Pagefind (" + PEER + ")");
        commands.measure(List.of("python3", generator.toString(), peerCorpus(dir).toString(), "--out", site.toString(),
                "--now", BenchmarkRun.NOW), repository);
        String versions = commands.measure(List.of(hugo.get().toString(), "version"), site).stdout().trim()
                .replaceAll("^hugo v?([^ ]+).*", "Hugo $1") + ", Pagefind "
                + commands.measure(List.of(pagefind.get().toString(), "--version"), site).stdout().trim()
                .replace("pagefind ", "");
        // Hugo writes public/<region>/, then Pagefind indexes each region's folder, as its README does.
        List<String> build = List.of("bash", "-c", "set -e; " + quote(hugo.get()) + " --quiet; for region in public/*/; do "
                + quote(pagefind.get()) + " --site \"$region\" >/dev/null; done");
        List<String> check = List.of(hugo.get().toString(), "--quiet", "--renderToMemory");
        Path publicDir = site.resolve("public");
        Folders.deleteTree(publicDir);
        commands.measure(build, site);   // once untimed, as for Kring
        List<Measured> builds = new ArrayList<>();
        List<Measured> checks = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Folders.deleteTree(publicDir);
            builds.add(commands.measure(build, site));
            checks.add(commands.measure(check, site));
            log(String.format(java.util.Locale.ROOT, "Hugo + Pagefind run %d of %d: build %.2f s wall, %.2f s CPU; "
                    + "render to memory %.2f s wall", run, runs, builds.getLast().wallSeconds(),
                    builds.getLast().cpuSeconds(), checks.getLast().wallSeconds()));
        }
        int pages;
        try (Stream<Path> files = Files.walk(publicDir)) {
            pages = (int) files.filter(f -> f.toString().endsWith(".html")).count();
        }
        return new Peer(null, versions, builds, checks, pages);
    }

    /**
     * The repository as the peer's converter reads it. The converter (shared, not ours to change) reads
     * topics.yml only as a top-level list; the sample keeps its list under 'topics:' so that the web editor
     * can edit it (docs/content.md). A copy of site-config.yml and content/ with the list unwrapped carries
     * the same topics.
     */
    private Path peerCorpus(Path dir) throws IOException {
        Path corpus = dir.resolve("peer-corpus");
        Folders.deleteTree(corpus);
        Path content = repository.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.toList()) {
                Path target = corpus.resolve(repository.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.copy(repository.resolve("site-config.yml"), corpus.resolve("site-config.yml"));
        Path topics = corpus.resolve("content/topics.yml");
        List<String> lines = Files.readAllLines(topics);
        if (lines.stream().anyMatch(line -> line.equals("topics:"))) {
            List<String> list = new ArrayList<>();
            boolean inside = false;
            for (String line : lines) {
                if (line.equals("topics:")) {
                    inside = true;
                } else {
                    list.add(inside && line.startsWith("  ") ? line.substring(2) : line);
                }
            }
            Files.write(topics, list);
        }
        return corpus;
    }

    private static String quote(Path path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }

    private static Optional<Path> onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, command)).filter(Files::isExecutable).findFirst();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }


    private static void log(String message) {
        System.out.println("bench [sample] " + message);
    }
}
