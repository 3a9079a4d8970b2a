package nl.kring.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Git repository in a test folder, with commits at chosen dates. The user's own Git
 * configuration is ignored, so signing or hooks there cannot change the outcome.
 */
public final class TestGit {

    private final Path dir;

    private TestGit(Path dir) {
        this.dir = dir;
    }

    /** {@code git init} in {@code dir}, on a branch named main. */
    public static TestGit init(Path dir) {
        TestGit git = new TestGit(dir);
        git.run(Map.of(), "init", "-q", "-b", "main");
        return git;
    }

    /** A repository that {@link #init} made earlier in the test. */
    public static TestGit open(Path dir) {
        return new TestGit(dir);
    }

    /** Commits everything, authored and committed at {@code date} (ISO 8601, e.g. 2025-05-20T12:00:00+02:00). */
    public TestGit commitAll(String date) {
        run(Map.of(), "add", "-A");
        run(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date), "commit", "-q", "-m", "content at " + date);
        return this;
    }

    /** Runs a git command and returns its output; fails the test when git fails. */
    public String run(String... args) {
        return run(Map.of(), args);
    }

    private String run(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.org",
                "GIT_COMMITTER_NAME", "Test", "GIT_COMMITTER_EMAIL", "test@example.org",
                "GIT_CONFIG_GLOBAL", "/dev/null", "GIT_CONFIG_NOSYSTEM", "1"));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("git %s: %s", String.join(" ", args), output).isZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
