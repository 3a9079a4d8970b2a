package nl.kring.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs kring as its own process, the way a user or CI does, so every figure includes JVM start-up, and
 * measures it with GNU time: wall time, user + system CPU time and peak resident memory. Every run goes
 * through the {@code ./kring} launcher, so it gets what a user's run gets: the JVM's start-up cache and the
 * JIT and collector the launcher chooses for the site's size (docs/performance.md, "Start-up"); the
 * benchmark's own JVM options (a 1 GB heap, a GC log) are handed on in {@code KRING_JAVA_OPTIONS}.
 */
final class Commands {

    private final Path launcher;
    private final Path work;

    Commands(Path launcher, Path work) {
        this.launcher = launcher;
        this.work = work;
    }

    /** {@code ./kring <args>} with {@code jvmOptions} added to the JVM's, measured. */
    Measured kring(List<String> jvmOptions, List<String> args) {
        return kring(List.of(), jvmOptions, args);
    }

    /** The same on one CPU core: pinned to it with {@code taskset}, and the JVM told it has one processor. */
    Measured kringOnOneCore(List<String> jvmOptions, List<String> args) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:ActiveProcessorCount=1");
        return kring(List.of("taskset", "--cpu-list", "0"), options, args);
    }

    private Measured kring(List<String> prefix, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timeFile().toString()));
        command.addAll(prefix);
        command.add(launcher.toString());
        command.addAll(args);
        return run(command, null, jvmOptions);
    }

    /**
     * Any command, measured the same way, run in {@code directory}: {@code ./kring} as a user runs it (through
     * the launcher, so its start-up cache counts) or a peer tool. A non-zero exit fails the benchmark.
     */
    Measured measure(List<String> command, Path directory) {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timeFile().toString()));
        timed.addAll(command);
        return run(timed, directory, List.of());
    }

    /** A kring process that keeps running (the preview); the caller stops it. */
    Process start(List<String> args, Path log) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KRING_LANG", "en");  // the harness reads the preview's English lines
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Measured run(List<String> command, Path directory, List<String> jvmOptions) {
        try {
            Path out = Files.createTempFile(work, "out", ".txt");
            Path err = Files.createTempFile(work, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().put("KRING_LANG", "en");  // the harness reads kring's English lines ("stages: …")
            if (!jvmOptions.isEmpty()) {
                builder.environment().put("KRING_JAVA_OPTIONS", String.join(" ", jvmOptions));
            }
            Process process = builder.start();
            int exit = process.waitFor();
            String[] time = Files.readString(timeFile()).trim().lines().reduce((a, b) -> b).orElse("0 0 0 0").split(" ");
            Measured measured = new Measured(Double.parseDouble(time[0]),
                    Double.parseDouble(time[1]) + Double.parseDouble(time[2]), Long.parseLong(time[3]),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), exit);
            Files.delete(out);
            Files.delete(err);
            if (exit != 0) {
                throw new IllegalStateException("command failed (exit " + exit + "): " + String.join(" ", command)
                        + "\n" + measured.stdout() + measured.stderr());
            }
            return measured;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path timeFile() {
        return work.resolve("time.txt");
    }
}
