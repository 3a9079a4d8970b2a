package nl.kring.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the figures were measured on: hardware, system and the versions of what ran. */
record Machine(String cpu, int cores, long memoryMb, String system, String java, String chromium, String kring,
               String lucene, String commit) {

    static Machine describe(Commands commands, Path repository) {
        String cpu = firstMatch(Path.of("/proc/cpuinfo"), "model name").orElse("unknown");
        long memoryKb = firstMatch(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Long.parseLong(v.replaceAll("[^0-9]", ""))).orElse(0L);
        String kring = commands.kring(List.of(), List.of("--version")).stdout().trim();
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memoryKb / 1024,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                output(repository.toAbsolutePath(), BrowserSearch.CHROMIUM, "--version").lines()
                        .filter(l -> l.startsWith("Chromium")).findFirst().orElse("Chromium (version unknown)"), kring,
                org.apache.lucene.util.Version.LATEST.toString(),
                output(repository.toAbsolutePath(), "git", "rev-parse", "--short", "HEAD"));
    }

    private static Optional<String> firstMatch(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String output(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
