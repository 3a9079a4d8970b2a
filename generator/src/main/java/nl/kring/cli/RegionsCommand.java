package nl.kring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.config.ConfigLoader;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.content.ContentLoader;
import nl.kring.content.GitDates;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.message.Texts;
import nl.kring.model.Content;
import nl.kring.region.AffectedRegions;
import nl.kring.source.MarkdownSyntax;
import nl.kring.source.SourceReader;

/** {@code kring regions}: the region ids, or only those a branch's changes affect (for CI). */
@Command(name = "regions", mixinStandardHelpOptions = true)
final class RegionsCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Option(names = "--changed-since", paramLabel = "REF", descriptionKey = "regions.changedSince")
    String since;

    @Option(names = "--root", paramLabel = "DIR")
    Path root = Path.of(".");

    RegionsCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        CommandLine cli = spec.commandLine();
        Path repository = SiteOptions.repository(root, cli, texts);
        // Problems in the content are kring check's business; here they only make the answer less exact.
        Diagnostics ignored = new Diagnostics();
        SourceReader reader = new SourceReader(repository, ignored);
        Optional<SiteConfig> config = new ConfigLoader(reader, ignored, ContentLoader.municipalityFolders(repository)).load();
        if (config.isEmpty()) {
            cli.getErr().println(texts.text("regions.configUnreadable"));
            cli.getErr().flush();
            return 1;
        }
        List<String> regions;
        if (since == null) {
            regions = config.get().regions().stream().map(RegionConfig::id).toList();
        } else {
            Optional<List<String>> changed = changedFiles(repository, since);
            if (changed.isEmpty()) {
                cli.getErr().println(texts.text("regions.gitFailed", since));
                cli.getErr().flush();
                return 2;
            }
            Content content = new ContentLoader(reader, ignored, new MarkdownSyntax(), GitDates.none())
                    .load(config.get(), LocalDate.now(config.get().timezone()));
            regions = new AffectedRegions(config.get(), content)
                    .of(changed.get(), path -> Files.exists(repository.resolve(path)));
        }
        regions.forEach(cli.getOut()::println);
        cli.getOut().flush();
        return 0;
    }

    /** Paths changed on this branch since it left {@code ref}, relative to the site's folder. */
    private static Optional<List<String>> changedFiles(Path root, String ref) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "-c", "core.quotepath=off", "diff", "--name-only", "--no-renames",
                "--relative", "-z", ref + "...HEAD", "--")
                .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        git.getOutputStream().close();
        String out;
        try (InputStream in = git.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(out.split("\0")).filter(p -> !p.isEmpty()).toList());
    }
}
