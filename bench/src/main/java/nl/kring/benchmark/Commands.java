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
 * measures it with GNU time: wall time, user + system CPU time and peak resident memory.
 */
final class Commands {

    private final Path java;
    private final Path kringJar;
    private final Path work;

    Commands(Path java, Path kringJar, Path work) {
        this.java = java;
        this.kringJar = kringJar;
        this.work = work;
    }

    /** {@code java <jvmOptions> -jar kring.jar <args>}, measured. */
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
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", kringJar.toString()));
        command.addAll(args);
        return run(command, null);
    }

    /**
     * Any command, measured the same way, run in {@code directory}: {@code ./kring} as a user runs it (through
     * the launcher, so its start-up cache counts) or a peer tool. A non-zero exit fails the benchmark.
     */
    Measured measure(List<String> command, Path directory) {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timeFile().toString()));
        timed.addAll(command);
        return run(timed, directory);
    }

    /** A kring process that keeps running (the preview); the caller stops it. */
    Process start(List<String> args, Path log) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", kringJar.toString()));
        command.addAll(args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KRING_LANG", "en");  // the harness reads the preview's English lines
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Measured run(List<String> command, Path directory) {
        try {
            Path out = Files.createTempFile(work, "out", ".txt");
            Path err = Files.createTempFile(work, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().put("KRING_LANG", "en");  // the harness reads kring's English lines ("stages: …")
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
