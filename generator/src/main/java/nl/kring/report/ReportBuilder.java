package nl.kring.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nl.kring.message.InvalidInput;
import nl.kring.message.Message;

/**
 * Counts the network at each moment as the content stood then: the content committed in the last
 * commit on or before the end of that day (in the site's time zone), read from the Git history.
 * A version that cannot be read well gives a warning and whatever could be counted, never a crash.
 */
public final class ReportBuilder {

    private final Path root;
    private final ZoneId zone;
    private final Consumer<Message> warnings;
    private final NetworkCounter counter = new NetworkCounter();

    /** @param warnings receives one line per problem, e.g. for the command's error output */
    public ReportBuilder(Path root, ZoneId zone, Consumer<Message> warnings) {
        this.root = root;
        this.zone = zone;
        this.warnings = warnings;
    }

    /**
     * The counts at each moment, from the Git history. A moment after {@code today} is counted as the
     * content stands now, with a note saying so.
     */
    public Report fromHistory(String title, List<Moment> moments, String region, LocalDate today) {
        Optional<GitHistory> history = GitHistory.of(root);
        if (history.isEmpty()) {
            throw new InvalidInput("report.noGit", root);
        }
        List<Report.Column> columns = new ArrayList<>();
        for (Moment moment : moments) {
            Report.Column column = column(history.get(), moment, region);
            if (moment.end().isAfter(today) && column.tally() != null) {
                List<String> notes = new ArrayList<>(column.notes());
                notes.add("nog niet voorbij: de stand van " + today);
                column = new Report.Column(moment, column.source(), notes, column.tally());
            }
            columns.add(column);
        }
        return new Report(title, region, columns);
    }

    /** The counts of the files as they are now (also uncommitted changes), at {@code today}. */
    public Report fromWorkingTree(String title, LocalDate today, String region) {
        Moment moment = Moment.at(today);
        List<NetworkCounter.Note> notes = new ArrayList<>();
        Tally tally = countSafely(root, moment, region, notes);
        notes.forEach(n -> warn(moment, n.warning()));
        return new Report(title, region, List.of(new Report.Column(moment, "de bestanden zoals ze nu zijn",
                notes.stream().map(NetworkCounter.Note::reportText).toList(), tally)));
    }

    private Report.Column column(GitHistory history, Moment moment, String region) {
        List<NetworkCounter.Note> notes = new ArrayList<>();
        Optional<GitHistory.Commit> commit;
        try {
            commit = history.lastCommitAtOrBefore(moment.end().atTime(LocalTime.MAX.withNano(0)).atZone(zone));
        } catch (IOException e) {
            warn(moment, Message.of("report.warning.gitFailed", String.valueOf(e.getMessage())));
            return new Report.Column(moment, "", List.of("Git-geschiedenis niet leesbaar"), null);
        }
        if (commit.isEmpty()) {
            warnings.accept(Message.of("report.warning.noCommit", moment.label(), moment.end()));
            return new Report.Column(moment, "", List.of("nog geen commit op of voor " + moment.end()), null);
        }
        String source = "commit " + commit.get().shortId() + " (" + commit.get().date() + ")";
        Path dir = null;
        try {
            dir = Files.createTempDirectory("kring-report-");
            history.extract(commit.get(), dir);
            Tally tally = countSafely(dir, moment, region, notes);
            notes.forEach(n -> warn(moment, Message.of("report.warning.inSource", source, n.warning())));
            return new Report.Column(moment, source, notes.stream().map(NetworkCounter.Note::reportText).toList(), tally);
        } catch (IOException | UncheckedIOException e) {
            warn(moment, Message.of("report.warning.unreadable", source, String.valueOf(e.getMessage())));
            return new Report.Column(moment, source, List.of("inhoud van deze commit niet leesbaar"), null);
        } finally {
            deleteTree(dir);
        }
    }

    /** Counts, turning any failure of the loaders on odd old content into a note instead of a crash. */
    private Tally countSafely(Path dir, Moment moment, String region, List<NetworkCounter.Note> notes) {
        try {
            return counter.count(dir, moment, region, notes::add);
        } catch (RuntimeException e) {
            notes.add(new NetworkCounter.Note(Message.of("report.note.countFailed", String.valueOf(e)),
                    "de inhoud kon niet worden geteld"));
            return null;
        }
    }

    private void warn(Moment moment, Message message) {
        warnings.accept(Message.of("report.warning", moment.label(), message));
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the report itself is complete
        }
    }
}
