package nl.kring.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) and the Jing RELAX NG validator
 * inside it, each run once over many files in a JVM of its own, with the jars Maven copied to
 * {@code target/vnu/} (see generator/pom.xml: vnu needs libraries the generator must not share).
 */
final class NuChecker {

    static final Path JARS = Path.of("target/vnu").toAbsolutePath();

    private NuChecker() {
    }

    /** Every error vnu finds in the given HTML files, as {@code "file:///…":line.column-…: error: message}. */
    static List<String> htmlErrors(List<Path> files) {
        List<String> command = new ArrayList<>(List.of("nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--no-langdetect", "--exit-zero-always", "--format", "gnu", "--html"));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        return run(command).output().lines().filter(line -> line.contains(": error:") || line.contains(": fatal"))
                .toList();
    }

    /** Every error vnu's CSS checker finds in the given stylesheets. */
    static List<String> cssErrors(List<Path> files) {
        List<String> command = new ArrayList<>(List.of("nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--exit-zero-always", "--format", "gnu", "--css"));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        return run(command).output().lines().filter(line -> line.contains(": error:") || line.contains(": fatal"))
                .toList();
    }

    /** Jing's complaints about an XML file checked against a RELAX NG compact-syntax schema; empty when valid. */
    static List<String> relaxNgErrors(Path compactSchema, Path xml) {
        Result result = run(List.of("nu.validator.vendor.thaiopensource.relaxng.util.Driver", "-c",
                compactSchema.toAbsolutePath().toString(), xml.toAbsolutePath().toString()));
        List<String> errors = result.output().lines().filter(line -> !line.isBlank()).toList();
        if (result.exitCode() != 0 && errors.isEmpty()) {
            return List.of("jing exited with " + result.exitCode());
        }
        return errors;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> mainAndArguments) {
        if (!Files.isDirectory(JARS)) {
            throw new IllegalStateException(JARS + " is missing: run the tests through Maven (it copies vnu there)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss4m", "-cp", JARS + "/*"));
        command.addAll(mainAndArguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
