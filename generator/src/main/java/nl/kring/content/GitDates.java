package nl.kring.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The date of each content file's last commit, read from Git in one call. Used as a group's
 * "last checked" date when the file has no {@code updated} field. Outside a Git checkout (or
 * without git) every lookup is empty.
 */
public final class GitDates {

    private final Map<String, LocalDate> lastCommitByPath;
    /** The commit the dates were read at; null when they do not come from Git. */
    private final String head;

    private GitDates(Map<String, LocalDate> lastCommitByPath, String head) {
        this.lastCommitByPath = Map.copyOf(lastCommitByPath);
        this.head = head;
    }

    public static GitDates none() {
        return new GitDates(Map.of(), null);
    }

    /**
     * Reads the history of {@code content/} when {@code root} is the top of a Git checkout (a site
     * folder inside another repository, such as a test fixture, deliberately gets no dates).
     */
    public static GitDates read(Path root) {
        return read(root, none());
    }

    /**
     * Like {@link #read(Path)}, but returns {@code previous} when the checkout is still at the commit
     * it was read at: the preview rebuilds on every save, and dates only change with a commit.
     */
    public static GitDates read(Path root, GitDates previous) {
        if (!Files.exists(root.resolve(".git"))) {
            return none();
        }
        String head = git(root, "rev-parse", "HEAD");
        if (head == null) {
            return none();
        }
        head = head.strip();
        if (head.equals(previous.head)) {
            return previous;
        }
        String log = git(root, "-c", "core.quotepath=off", "log", "--format=%x1e%cs", "--name-only", "--no-renames",
                "--", "content");
        return log == null ? none() : new GitDates(parse(log), head);
    }

    /** The output of a git command, or null when git is missing or fails. */
    private static String git(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder git = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = git.start();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Newest commits come first, so the first date seen for a path is its last commit. */
    private static Map<String, LocalDate> parse(String log) {
        Map<String, LocalDate> dates = new HashMap<>();
        LocalDate current = null;
        for (String line : log.split("\n")) {
            if (line.startsWith("\u001e")) {
                try {
                    current = LocalDate.parse(line.substring(1).strip());
                } catch (DateTimeParseException e) {
                    current = null;
                }
            } else if (!line.isBlank() && current != null) {
                dates.putIfAbsent(line.strip(), current);
            }
        }
        return dates;
    }

    public Optional<LocalDate> lastCommit(String path) {
        return Optional.ofNullable(lastCommitByPath.get(path));
    }

    /** Equal when every file has the same date (the preview reuses files read with equal dates). */
    @Override
    public boolean equals(Object other) {
        return other instanceof GitDates dates && dates.lastCommitByPath.equals(lastCommitByPath);
    }

    @Override
    public int hashCode() {
        return lastCommitByPath.hashCode();
    }
}
