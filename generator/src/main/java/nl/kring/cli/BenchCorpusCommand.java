package nl.kring.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.bench.CorpusGenerator;
import nl.kring.bench.CorpusOptions;
import nl.kring.bench.CorpusSize;

/** {@code kring bench-corpus}: writes a deterministic synthetic site for benchmarks. */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
        description = {"Write a synthetic site (site-config.yml, content/, themes/default/) for benchmarks.",
            "The same options always give the same files. Build it with: kring build --root DIR --now <start>T12:00",
            "Example: kring bench-corpus --size large --out /tmp/corpus-large"})
final class BenchCorpusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the site into; must be empty unless --force.")
    Path out;

    @Option(names = "--force", description = "Empty the --out folder first.")
    boolean force;

    @Option(names = "--size", paramLabel = "SIZE",
            description = "Preset: small (3 regions, 10 municipalities, 200 groups, 50 stories, 20 events), "
                    + "medium (10, 100, 2000, 500, 200) or large (30, 350, 20000, 5000, 2000). Default: small.")
    String size = "small";

    @Option(names = "--regions", paramLabel = "R", description = "Number of regions (overrides the preset).")
    Integer regions;

    @Option(names = "--municipalities", paramLabel = "M", description = "Number of municipalities (overrides the preset).")
    Integer municipalities;

    @Option(names = "--groups", paramLabel = "G", description = "Number of groups (overrides the preset).")
    Integer groups;

    @Option(names = "--stories", paramLabel = "S", description = "Number of stories (overrides the preset).")
    Integer stories;

    @Option(names = "--events", paramLabel = "E", description = "Number of events (overrides the preset).")
    Integer events;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random choices (default: 1).")
    long seed = 1;

    @Option(names = "--start", paramLabel = "DATE",
            description = "The corpus's 'today' (YYYY-MM-DD): events lie around it, 'updated' dates before it (default: 2026-11-23).")
    String start = CorpusOptions.DEFAULT_START.toString();

    @Option(names = "--theme", paramLabel = "DIR",
            description = "The theme folder to copy into the corpus as themes/default (default: themes/default).")
    Path theme = Path.of("themes", "default");

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        CorpusSize preset;
        try {
            preset = CorpusSize.valueOf(size.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, "--size must be small, medium or large, not '" + size + "'");
        }
        LocalDate today;
        try {
            today = LocalDate.parse(start.strip());
        } catch (DateTimeException e) {
            throw new CommandLine.ParameterException(cli, "--start must be a date like 2026-11-23, not '" + start + "'");
        }
        CorpusOptions options;
        try {
            options = new CorpusOptions(
                    regions != null ? regions : preset.regions(),
                    municipalities != null ? municipalities : preset.municipalities(),
                    groups != null ? groups : preset.groups(),
                    stories != null ? stories : preset.stories(),
                    events != null ? events : preset.events(),
                    seed, today);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
        if (!Files.isDirectory(theme)) {
            throw new CommandLine.ParameterException(cli, "no theme folder at " + theme.toAbsolutePath().normalize()
                    + " (run kring in the repository's top folder or use --theme)");
        }
        Path folder = out.toAbsolutePath().normalize();
        try {
            prepare(cli, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long began = System.nanoTime();
        CorpusGenerator.Summary summary = new CorpusGenerator(options).generate(folder, theme);
        double seconds = (System.nanoTime() - began) / 1e9;
        cli.getOut().printf(Locale.ROOT, "kring: wrote %d files (%.1f MB) to %s in %.1f s: %d regions, %d municipalities,"
                        + " %d groups, %d stories, %d events, %d local pages%n",
                summary.files(), summary.bytes() / 1e6, folder, seconds, summary.regions(), summary.municipalities(),
                summary.groups(), summary.stories(), summary.events(), summary.localPages());
        cli.getOut().printf("kring: build it with: kring build --root %s --now %sT12:00%n", folder, today);
        return 0;
    }

    /** Makes sure {@code folder} exists and is empty, emptying it only with --force. */
    private void prepare(CommandLine cli, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(cli, "--out " + folder + " is a file, not a folder");
        }
        Files.createDirectories(folder);
        boolean empty;
        try (Stream<Path> entries = Files.list(folder)) {
            empty = entries.findAny().isEmpty();
        }
        if (empty) {
            return;
        }
        if (!force) {
            throw new CommandLine.ParameterException(cli, "--out " + folder + " is not empty; use --force to empty it first");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }
}
