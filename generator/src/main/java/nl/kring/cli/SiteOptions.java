package nl.kring.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Texts;
import nl.kring.site.BuildTime;

/** Options that build and check share. */
final class SiteOptions {

    // Descriptions: the message bundles' keys "root", "region", "now" and "format" (picocli looks them up).
    @Option(names = "--root", paramLabel = "DIR")
    Path root = Path.of(".");

    @Option(names = "--region", paramLabel = "ID")
    List<String> regions = new ArrayList<>();

    @Option(names = "--now", paramLabel = "DATETIME")
    String now;

    @Option(names = "--format", paramLabel = "FORMAT")
    String format = "text";

    /** How to print problems; a usage error for anything but text, github or json. */
    DiagnosticFormat format(CommandLine cli, Texts texts) {
        try {
            return DiagnosticFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw KringUsageException.of(cli, texts, "cli.format.unknown", format);
        }
    }

    /** The build moment (see {@link #now()}); a usage error when --now is not a date-time. */
    BuildTime now(CommandLine cli, Texts texts) {
        try {
            return now();
        } catch (IllegalArgumentException e) {
            throw KringUsageException.of(cli, texts, "cli.now.invalid", now);
        }
    }

    /** The repository, after checking it has a site-config.yml: a usage error otherwise. */
    Path repository(CommandLine cli, Texts texts) {
        return SiteOptions.repository(root, cli, texts);
    }

    static Path repository(Path root, CommandLine cli, Texts texts) {
        Path repository = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(repository.resolve("site-config.yml"))) {
            throw KringUsageException.of(cli, texts, "cli.root.noConfig", repository);
        }
        return repository;
    }

    /** The build moment: --now, else SOURCE_DATE_EPOCH, else the clock; IllegalArgumentException for a bad --now. */
    BuildTime now() {
        if (now != null) {
            String text = now.strip();
            try {
                if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return new BuildTime.Local(LocalDate.parse(text).atStartOfDay());
                }
                if (text.matches(".*([+-]\\d{2}:\\d{2}|Z)$")) {
                    return new BuildTime.At(OffsetDateTime.parse(text).toInstant());
                }
                return new BuildTime.Local(LocalDateTime.parse(text.replace(' ', 'T')));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(now, e);
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return new BuildTime.At(Instant.ofEpochSecond(Long.parseLong(epoch)));
        }
        return new BuildTime.At(Instant.now());
    }

    Path absoluteRoot() {
        return root.toAbsolutePath().normalize();
    }
}
