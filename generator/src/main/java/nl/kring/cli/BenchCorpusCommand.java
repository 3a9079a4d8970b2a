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
import nl.kring.message.InvalidInput;
import nl.kring.message.Texts;

/** {@code kring bench-corpus}: writes a deterministic synthetic site for benchmarks. */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true)
final class BenchCorpusCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "bench.out")
    Path out;

    @Option(names = "--force", descriptionKey = "bench.force")
    boolean force;

    @Option(names = "--size", paramLabel = "SIZE",
            descriptionKey = "bench.size")
    String size = "small";

    @Option(names = "--regions", paramLabel = "R", descriptionKey = "bench.regions")
    Integer regions;

    @Option(names = "--municipalities", paramLabel = "M", descriptionKey = "bench.municipalities")
    Integer municipalities;

    @Option(names = "--groups", paramLabel = "G", descriptionKey = "bench.groups")
    Integer groups;

    @Option(names = "--stories", paramLabel = "S", descriptionKey = "bench.stories")
    Integer stories;

    @Option(names = "--events", paramLabel = "E", descriptionKey = "bench.events")
    Integer events;

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "bench.seed")
    long seed = 1;

    @Option(names = "--start", paramLabel = "DATE",
            descriptionKey = "bench.start")
    String start = CorpusOptions.DEFAULT_START.toString();

    @Option(names = "--theme", paramLabel = "DIR",
            descriptionKey = "bench.theme")
    Path theme = Path.of("themes", "default");

    BenchCorpusCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        CorpusSize preset;
        try {
            preset = CorpusSize.valueOf(size.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw KringUsageException.of(cli, texts, "bench.size.invalid", size);
        }
        LocalDate today;
        try {
            today = LocalDate.parse(start.strip());
        } catch (DateTimeException e) {
            throw KringUsageException.of(cli, texts, "bench.start.invalid", start);
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
        } catch (InvalidInput e) {
            throw KringUsageException.of(cli, texts, e.message());
        }
        if (!Files.isDirectory(theme)) {
            throw KringUsageException.of(cli, texts, "bench.theme.missing", theme.toAbsolutePath().normalize());
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
        cli.getOut().println(texts.text("bench.wrote", summary.files(), String.format(Locale.ROOT, "%.1f", summary.bytes() / 1e6),
                folder, String.format(Locale.ROOT, "%.1f", seconds), summary.regions(), summary.municipalities(),
                summary.groups(), summary.stories(), summary.events(), summary.localPages()));
        cli.getOut().println(texts.text("bench.next", folder, today));
        return 0;
    }

    /** Makes sure {@code folder} exists and is empty, emptying it only with --force. */
    private void prepare(CommandLine cli, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw KringUsageException.of(cli, texts, "bench.out.isFile", folder);
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
            throw KringUsageException.of(cli, texts, "bench.out.notEmpty", folder);
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
