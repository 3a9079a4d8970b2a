package nl.kring.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import nl.kring.site.BuildTime;

/** Options that build and check share. */
final class SiteOptions {

    @Option(names = "--root", paramLabel = "DIR", description = "The repository with site-config.yml (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--region", paramLabel = "ID", description = "Only this region (repeatable).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--now", paramLabel = "DATETIME",
            description = "The build time for 'upcoming' and staleness, e.g. 2026-11-23T12:00 "
                    + "(default: SOURCE_DATE_EPOCH or the current time).")
    String now;

    @Option(names = "--format", paramLabel = "FORMAT", description = "How to print problems: text, github or json (default: text).")
    String format = "text";

    /** The build moment: --now, else SOURCE_DATE_EPOCH, else the clock. */
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
                throw new IllegalArgumentException("--now must be a date-time like 2026-11-23T12:00, not '" + now + "'");
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
