package nl.kring.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.config.ConfigLoader;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.content.ContentLoader;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.message.InvalidInput;
import nl.kring.message.Texts;
import nl.kring.report.Moment;
import nl.kring.report.Report;
import nl.kring.report.ReportBuilder;
import nl.kring.report.ReportFormat;
import nl.kring.report.StaleGroups;
import nl.kring.source.SourceReader;

/** {@code kring report}: the network's counts at chosen moments, or the groups to check again. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Option(names = "--at", paramLabel = "DATE", descriptionKey = "report.at")
    List<String> at = new ArrayList<>();

    @Option(names = "--quarters", paramLabel = "FROM..TO", descriptionKey = "report.quarters")
    String quarters;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "report.format")
    String format = "md";

    @Option(names = "--region", paramLabel = "ID", descriptionKey = "report.region")
    String region;

    @Option(names = "--stale", descriptionKey = "report.stale")
    boolean stale;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "report.out")
    Path out;

    @Option(names = "--root", paramLabel = "DIR")
    Path root = Path.of(".");

    @Option(names = "--now", paramLabel = "DATE", descriptionKey = "report.now")
    String now;

    ReportCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Path repository = SiteOptions.repository(root, cli, texts);
        if (quarters != null && !at.isEmpty()) {
            throw KringUsageException.of(cli, texts, "report.atAndQuarters");
        }
        if (stale && (quarters != null || !at.isEmpty())) {
            throw KringUsageException.of(cli, texts, "report.staleWithMoments");
        }
        ReportFormat reportFormat;
        List<Moment> moments = new ArrayList<>();
        LocalDate today;
        try {
            reportFormat = ReportFormat.parse(format);
            if (quarters != null) {
                moments.addAll(Moment.quarters(quarters));
            }
            at.stream().map(Moment::date).sorted().distinct().map(Moment::at).forEach(moments::add);
        } catch (InvalidInput e) {
            throw KringUsageException.of(cli, texts, e.message());
        }
        try {
            today = now == null ? null : LocalDate.parse(now.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw KringUsageException.of(cli, texts, "report.now.invalid", now);
        }
        Optional<SiteConfig> config = new ConfigLoader(new SourceReader(repository, new Diagnostics()), new Diagnostics(),
                ContentLoader.municipalityFolders(repository)).load();
        ZoneId zone = config.map(SiteConfig::timezone).orElse(ZoneId.of("Europe/Amsterdam"));
        if (today == null) {
            today = LocalDate.now(zone);
        }
        String title = config.map(SiteConfig::title).filter(t -> !t.isBlank()).orElse("Zelfregienetwerk");
        if (region != null) {
            Optional<RegionConfig> known = config.flatMap(c -> c.region(region));
            if (config.isPresent() && known.isEmpty()) {
                throw KringUsageException.of(cli, texts, "cli.region.unknown", region,
                        String.join(", ", config.get().regions().stream().map(RegionConfig::id).toList()));
            }
            title = known.map(RegionConfig::name).orElse(region);
        }
        String text;
        if (stale) {
            List<StaleGroups.Entry> entries = StaleGroups.find(repository, today, region, m -> cli.getErr().println(texts.text(m)));
            text = StaleGroups.render(entries, reportFormat, "Groepen om na te lopen: " + title, today);
        } else {
            ReportBuilder builder = new ReportBuilder(repository, zone, m -> cli.getErr().println(texts.text(m)));
            Report report;
            try {
                report = moments.isEmpty()
                        ? builder.fromWorkingTree("Cijfers " + title, today, region)
                        : builder.fromHistory("Cijfers " + title, moments, region, today);
            } catch (InvalidInput e) {
                cli.getErr().println(texts.text("report.problem", e.message()));
                cli.getErr().flush();
                return 2;
            }
            text = reportFormat.render(report);
        }
        if (out == null) {
            cli.getOut().print(text);
            cli.getOut().flush();
        } else {
            try {
                Path file = out.toAbsolutePath();
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                cli.getErr().println(texts.text("report.cannotWrite", out, String.valueOf(e.getMessage())));
                cli.getErr().flush();
                return 2;
            }
            cli.getOut().println(texts.text("report.wrote", out));
            cli.getOut().flush();
        }
        cli.getErr().flush();
        return 0;
    }
}
