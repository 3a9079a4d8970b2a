package nl.kring.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the theme's shipped JavaScript under Node (the browser's code, not a copy), through
 * {@code src/test/resources/search/harness.mjs}. Node is part of the machines Kring is built on; a missing
 * Node fails the test with that message rather than skipping it.
 */
public final class NodeScript {

    /** The search module exactly as the default theme ships it. */
    public static final Path SEARCH_MODULE = Path.of("../themes/default/assets/search.js").toAbsolutePath().normalize();

    private NodeScript() {
    }

    public static List<String> harness(String mode, Path data, String input) {
        Path harness = Path.of("src/test/resources/search/harness.mjs").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(node(), harness.toString(), SEARCH_MODULE.toString(), mode,
                data.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
            CompletableFuture<String> stdout = read(process.getInputStream());
            CompletableFuture<String> stderr = read(process.getErrorStream());
            try (var in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new AssertionError("node " + mode + " failed (" + exit + "):\n" + stderr.join());
            }
            String out = stdout.join();
            List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
            if (!lines.isEmpty() && lines.getLast().isEmpty()) {
                lines.removeLast();
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String node() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("Node.js ('node') is not on the PATH; the search parity tests run the shipped "
                + "JavaScript under Node");
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
