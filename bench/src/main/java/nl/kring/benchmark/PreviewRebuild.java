package nl.kring.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview's incremental rebuild after one group edit, as an editor meets it: {@code kring serve} runs as
 * its own process; each round appends a sentence to one group file and reads the rebuild's line
 * ("… rendered 6 of 222 pages …, 183 ms") from its output, then waits for the search to catch up (the
 * preview updates a changed search export after showing the edit). Between rounds the edits alternate between a
 * group of the largest region and an online group listed in every region.
 */
final class PreviewRebuild {

    private static final Pattern REBUILT = Pattern.compile("rendered (\\d+) of (\\d+) pages.*, (\\d+) ms(; updating .*)?$");
    private static final String SEARCH_UP_TO_DATE = " up to date, ";
    private static final Duration FIRST_BUILD_LIMIT = Duration.ofMinutes(5);
    private static final Duration REBUILD_LIMIT = Duration.ofMinutes(1);

    /**
     * One rebuild: what the preview printed, the time from saving the file until that line, and until the
     * line saying the search caught up (-1 when the rebuild did not need to update the search).
     */
    record Rebuild(String file, int rendered, int pages, long millis, long savedToLineMillis, long savedToSearchMillis) {
    }

    private final Commands commands;
    private final Path work;

    PreviewRebuild(Commands commands, Path work) {
        this.commands = commands;
        this.work = work;
    }

    List<Rebuild> measure(Path site, String now, List<Path> groupFiles, int rounds) {
        Path log = work.resolve("serve.log");
        Process serve = commands.start(List.of("serve", "--root", site.toString(), "--port", String.valueOf(freePort()),
                "--now", now), log);
        List<Rebuild> rebuilds = new ArrayList<>();
        try {
            awaitLine(serve, log, 0, line -> line.startsWith("Preview: "), FIRST_BUILD_LIMIT);
            for (int round = 0; round < rounds; round++) {
                Path file = groupFiles.get(round % groupFiles.size());
                int seen = lines(log).size();
                long saved = System.nanoTime();
                Files.writeString(file, "\nDeze zin is toegevoegd in bewerkronde " + (round + 1) + ".\n",
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
                String line = awaitLine(serve, log, seen, l -> REBUILT.matcher(l).find() || l.contains("error"),
                        REBUILD_LIMIT);
                long savedToLine = (System.nanoTime() - saved) / 1_000_000;
                Matcher m = REBUILT.matcher(line);
                if (!m.find()) {
                    throw new IllegalStateException("the preview did not rebuild: " + line);
                }
                long savedToSearch = -1;
                if (m.group(4) != null) {
                    awaitLine(serve, log, seen, l -> l.contains(SEARCH_UP_TO_DATE), REBUILD_LIMIT);
                    savedToSearch = (System.nanoTime() - saved) / 1_000_000;
                }
                rebuilds.add(new Rebuild(site.relativize(file).toString(), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)), savedToLine, savedToSearch));
                Thread.sleep(500);   // let the watcher settle, as between an editor's saves
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            serve.destroy();
            try {
                serve.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rebuilds;
    }

    private static String awaitLine(Process serve, Path log, int after, java.util.function.Predicate<String> wanted,
                                    Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> lines = lines(log);
            for (int i = after; i < lines.size(); i++) {
                if (wanted.test(lines.get(i))) {
                    return lines.get(i);
                }
            }
            if (!serve.isAlive()) {
                throw new IllegalStateException("kring serve stopped:\n" + String.join("\n", lines));
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("kring serve did not answer within " + limit.toSeconds() + " s:\n"
                + String.join("\n", lines(log)));
    }

    private static List<String> lines(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
