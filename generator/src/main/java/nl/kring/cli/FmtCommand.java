package nl.kring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.format.ContentFormatter;
import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.source.SourceReader;

/**
 * {@code kring fmt}: writes the front matter of content files (and municipality.yml, topics.yml) in one
 * canonical form; {@code --check} only lists the files that are not in it (for CI).
 */
@Command(name = "fmt", mixinStandardHelpOptions = true)
final class FmtCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR")
    Path root = Path.of(".");

    @Option(names = "--check", descriptionKey = "fmt.check")
    boolean check;

    @Option(names = "--format", paramLabel = "FORMAT")
    String format = "text";

    @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "fmt.paths")
    List<Path> paths = new ArrayList<>();

    FmtCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() throws IOException {
        var cli = spec.commandLine();
        SiteOptions options = new SiteOptions();
        options.format = format;
        DiagnosticFormat output = options.format(cli, texts);
        Path repository = SiteOptions.repository(root, cli, texts);
        Diagnostics diagnostics = new Diagnostics();
        SourceReader reader = new SourceReader(repository, diagnostics);
        ContentFormatter formatter = new ContentFormatter(diagnostics);
        List<Path> files = files(repository, diagnostics);
        List<String> changed = new ArrayList<>();
        for (Path file : files) {
            var source = reader.read(file);
            if (source.isEmpty()) {
                continue;
            }
            ContentFormatter.Outcome outcome = formatter.format(source.get(), !check);
            if (outcome == ContentFormatter.Outcome.CHANGED) {
                changed.add(source.get().path());
            } else if (outcome == ContentFormatter.Outcome.NOT_CONTENT && !paths.isEmpty()
                    && paths.stream().anyMatch(p -> repository.resolve(p).toAbsolutePath().normalize().equals(file))) {
                diagnostics.warning(source.get().start(), "fmt.notContent");
            }
        }
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        List<Diagnostic> problems = diagnostics.sorted();
        (output == DiagnosticFormat.TEXT ? err : out).print(output.render(problems, texts));
        long errors = problems.stream().filter(Diagnostic::isError).count();
        if (output == DiagnosticFormat.TEXT) {
            if (!check) {
                changed.forEach(path -> out.println(texts.text("fmt.wrote", path)));
            }
            String summary = check
                    ? texts.text("fmt.summary.check", Message.count("fmt.files", files.size()),
                            Message.count("fmt.notCanonicalCount", changed.size()))
                    : texts.text("fmt.summary.write", Message.count("fmt.files", files.size()),
                            Message.count("fmt.changedCount", changed.size()));
            (errors > 0 ? err : out).println(summary);
        }
        out.flush();
        err.flush();
        return errors > 0 ? 1 : 0;
    }

    /** The files to format: the given paths (files or folders), or everything under content/. */
    private List<Path> files(Path repository, Diagnostics diagnostics) throws IOException {
        List<Path> roots = paths.isEmpty() ? List.of(repository.resolve("content"))
                : paths.stream().map(p -> (p.isAbsolute() ? p : Path.of("").toAbsolutePath().resolve(p))
                        .normalize()).toList();
        List<Path> files = new ArrayList<>();
        for (Path start : roots) {
            if (!start.startsWith(repository)) {
                throw KringUsageException.of(spec.commandLine(), texts, "fmt.outsideRoot", start, repository);
            }
            if (!Files.exists(start)) {
                diagnostics.error(SourcePosition.startOf(repository.relativize(start).toString().replace('\\', '/')),
                        "fmt.missing");
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().endsWith(".md") || f.getFileName().toString().endsWith(".yml"))
                        .filter(f -> start.equals(f) || !repository.relativize(f).toString().contains("/."))
                        .sorted()
                        .forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files.stream().distinct().toList();
    }
}
