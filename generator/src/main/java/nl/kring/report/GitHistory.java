package nl.kring.report;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads a repository's past through the {@code git} command: which commit was the newest at a
 * moment, and the site's content files as they were in that commit.
 */
final class GitHistory {

    private static final DateTimeFormatter GIT_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);
    /** Only these files are read as content; for all others only their existence matters. */
    private static final List<String> CONTENT_SUFFIXES = List.of(".md", ".yml", ".yaml");

    private final Path root;

    private GitHistory(Path root) {
        this.root = root;
    }

    /** The history of the Git checkout that holds {@code root}; empty when it is not in one. */
    static Optional<GitHistory> of(Path root) {
        try {
            Result inside = run(root, "git", "rev-parse", "--is-inside-work-tree");
            return inside.ok() && inside.text().strip().equals("true") ? Optional.of(new GitHistory(root)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A commit made at that moment shown as it is committed, e.g. {@code a1b2c3d 2025-06-12}. */
    record Commit(String id, String shortId, String date) {
    }

    /** The last commit of HEAD whose commit date is at or before {@code moment}, if any. */
    Optional<Commit> lastCommitAtOrBefore(ZonedDateTime moment) throws IOException {
        Result result = run(root, "git", "rev-list", "-1", "--before=" + GIT_DATE.format(moment), "HEAD", "--");
        String id = result.text().strip();
        if (!result.ok() || id.isEmpty()) {
            return Optional.empty();
        }
        Result shown = run(root, "git", "show", "-s", "--format=%h %cs", id);
        String[] parts = shown.text().strip().split(" ");
        return Optional.of(new Commit(id, parts[0], parts.length > 1 ? parts[1] : ""));
    }

    /**
     * Writes {@code site-config.yml} and {@code content/} as they were in {@code commit} into
     * {@code target}. Files Kring does not read as content (images, PDFs) are written empty: for
     * counting only their existence matters.
     */
    void extract(Commit commit, Path target) throws IOException {
        Result tree = run(root, "git", "-c", "core.quotepath=off", "ls-tree", "-r", "-z", commit.id(),
                "--", "site-config.yml", "content");
        if (!tree.ok()) {
            throw new IOException("git ls-tree could not list commit " + commit.shortId());
        }
        List<String[]> blobs = new ArrayList<>();
        for (String entry : tree.text().split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = entry.substring(0, tab).split(" ");
            String path = entry.substring(tab + 1);
            Path file = target.resolve(path).normalize();
            if (meta.length < 3 || !meta[1].equals("blob") || meta[0].equals("120000") || !file.startsWith(target)) {
                continue;  // symbolic links and submodules are not content
            }
            Files.createDirectories(file.getParent());
            if (CONTENT_SUFFIXES.stream().anyMatch(path::endsWith)) {
                blobs.add(new String[] {meta[2], path});
            } else {
                Files.write(file, new byte[0]);
            }
        }
        writeBlobs(blobs, target);
    }

    /** One {@code git cat-file --batch} for all blobs, fed from another thread so neither pipe blocks. */
    private void writeBlobs(List<String[]> blobs, Path target) throws IOException {
        if (blobs.isEmpty()) {
            return;
        }
        Process process = new ProcessBuilder("git", "cat-file", "--batch").directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = Thread.ofVirtual().start(() -> {
            try (OutputStream in = process.getOutputStream()) {
                for (String[] blob : blobs) {
                    in.write((blob[0] + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                process.destroy();
            }
        });
        try (DataInputStream out = new DataInputStream(process.getInputStream())) {
            for (String[] blob : blobs) {
                String header = readLine(out);
                String[] parts = header.split(" ");
                if (parts.length != 3 || !parts[1].equals("blob")) {
                    throw new IOException("git cat-file: unexpected answer '" + header + "' for " + blob[1]);
                }
                byte[] bytes = new byte[Integer.parseInt(parts[2])];
                out.readFully(bytes);
                out.readByte();  // the newline after each object
                Files.write(target.resolve(blob[1]), bytes);
            }
        } finally {
            try {
                feeder.join();
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroy();
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("git cat-file ended early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private record Result(boolean ok, String text) {
    }

    private static Result run(Path dir, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        String text;
        try (InputStream in = process.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(false, "git did not finish within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while waiting for git", e));
        }
        return new Result(process.exitValue() == 0, text);
    }
}
