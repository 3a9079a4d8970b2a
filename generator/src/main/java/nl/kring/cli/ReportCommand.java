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
import nl.kring.report.Moment;
import nl.kring.report.Report;
import nl.kring.report.ReportBuilder;
import nl.kring.report.ReportFormat;
import nl.kring.report.StaleGroups;
import nl.kring.source.SourceReader;

/** {@code kring report}: the network's counts at chosen moments, or the groups to check again. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Count groups (per region, municipality, topic and status), stories and activities "
                + "as the content stood at each moment, read from the Git history.",
            "Examples: kring report --quarters 2025Q1..2026Q4 --format html --out groei.html",
            "          kring report --at 2025-09-30 --region roermond",
            "          kring report --stale"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--at", paramLabel = "DATE", description = "Count at the end of this day (repeatable).")
    List<String> at = new ArrayList<>();

    @Option(names = "--quarters", paramLabel = "FROM..TO", description = "Count at the end of each quarter, e.g. 2025Q1..2026Q4.")
    String quarters;

    @Option(names = "--format", paramLabel = "FORMAT", description = "md, csv or html (default: md).")
    String format = "md";

    @Option(names = "--region", paramLabel = "ID", description = "Only this region.")
    String region;

    @Option(names = "--stale", description = "List the groups whose information is out of date, with their contact "
            + "person (for coordinators only).")
    boolean stale;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: print it).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR", description = "The repository with site-config.yml (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--now", paramLabel = "DATE", description = "Today's date for --stale and for counting the "
            + "files as they are now (default: the current date).")
    String now;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Path repository = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(repository.resolve("site-config.yml"))) {
            throw new CommandLine.ParameterException(cli, "no site-config.yml in " + repository
                    + " (run kring in the repository's top folder or use --root)");
        }
        if (quarters != null && !at.isEmpty()) {
            throw new CommandLine.ParameterException(cli, "use --at or --quarters, not both");
        }
        if (stale && (quarters != null || !at.isEmpty())) {
            throw new CommandLine.ParameterException(cli, "--stale lists the groups as they are now; leave out --at and --quarters");
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
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
        try {
            today = now == null ? null : LocalDate.parse(now.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.ParameterException(cli, "--now must be a date like 2026-11-23, not '" + now + "'");
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
                throw new CommandLine.ParameterException(cli, "unknown region: " + region + " (regions in site-config.yml: "
                        + String.join(", ", config.get().regions().stream().map(RegionConfig::id).toList()) + ")");
            }
            title = known.map(RegionConfig::name).orElse(region);
        }
        String text;
        if (stale) {
            List<StaleGroups.Entry> entries = StaleGroups.find(repository, today, region, cli.getErr()::println);
            text = StaleGroups.render(entries, reportFormat, "Groepen om na te lopen: " + title, today);
        } else {
            ReportBuilder builder = new ReportBuilder(repository, zone, cli.getErr()::println);
            Report report;
            try {
                report = moments.isEmpty()
                        ? builder.fromWorkingTree("Cijfers " + title, today, region)
                        : builder.fromHistory("Cijfers " + title, moments, region, today);
            } catch (IllegalStateException e) {
                cli.getErr().println("kring report: " + e.getMessage());
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
                cli.getErr().println("kring report: cannot write " + out + ": " + e.getMessage());
                cli.getErr().flush();
                return 2;
            }
            cli.getOut().println("wrote " + out);
            cli.getOut().flush();
        }
        cli.getErr().flush();
        return 0;
    }
}
