package nl.kring.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap figures of a {@code -Xlog:gc} file: the most heap in use before any collection (the peak the
 * JVM had to hold) and the most still live after one (what the build really keeps).
 */
record GcLog(long peakBeforeMb, long peakLiveMb, int collections) {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static GcLog read(Path file) {
        long before = 0;
        long live = 0;
        int count = 0;
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher m = PAUSE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    live = Math.max(live, Long.parseLong(m.group(2)));
                    count++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GcLog(before, live, count);
    }
}
