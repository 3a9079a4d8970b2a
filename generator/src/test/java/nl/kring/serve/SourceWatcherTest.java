package nl.kring.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview's watcher hears: every file saved, also in folders that appear while it watches. Waits
 * are for change sets, with a time limit.
 */
class SourceWatcherTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    final BlockingQueue<ChangeSet> changes = new LinkedBlockingQueue<>();
    SourceWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Test
    void aSaveInAnExistingFolderIsHeard() throws IOException {
        save("content/roermond/groups/rouwgroep.md", "een");
        start();
        save("content/roermond/groups/rouwgroep.md", "twee");
        assertThat(heard(Set.of("content/roermond/groups/rouwgroep.md"))).isEmpty();
    }

    /**
     * A folder that appears while files in it are still being renamed (a checkout, or an editor's temporary
     * file becoming the real one) may lose a file while it is being listed. It must still be watched, so the next
     * save in it is heard: once the lost file stopped the listing and the folder was never watched.
     */
    @Test
    void aFolderWhoseFilesAreRenamedWhileItIsListedIsStillWatched() throws IOException {
        save("content/roermond/municipality.yml", "name: Roermond");
        Path elsewhere = Files.createDirectories(dir.resolve("elders/pages"));
        int files = 3_000;  // enough that the renames below overlap the watcher's listing of the folder
        for (int i = 0; i < files; i++) {
            Files.writeString(elsewhere.resolve(".pagina-" + i + ".md.tmp"), "Welkom");
        }
        start();
        Path folder = dir.resolve("content/heerlen/pages");
        Files.createDirectories(folder.getParent());
        Files.move(elsewhere, folder);
        for (int i = 0; i < files; i++) {
            Files.move(folder.resolve(".pagina-" + i + ".md.tmp"), folder.resolve("pagina-" + i + ".md"));
        }
        assertThat(heard(Set.of("content/heerlen"))).as("the new folder").isEmpty();
        awaitQuiet();
        save("content/heerlen/pages/pagina-0.md", "Welkom terug");
        assertThat(heard(Set.of("content/heerlen/pages/pagina-0.md"))).as("a save in the new folder").isEmpty();
    }

    @Test
    void aFailingRebuildDoesNotEndTheWatching() throws IOException {
        save("content/roermond/groups/rouwgroep.md", "een");
        BlockingQueue<RuntimeException> failures = new LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        watcher = new SourceWatcher(dir, changeSet -> {
            if (first.getAndSet(false)) {
                throw new IllegalStateException("a bug in the rebuild");
            }
            changes.add(changeSet);
        }, failures::add);
        watcher.start();
        save("content/roermond/groups/rouwgroep.md", "twee");
        try {
            assertThat(failures.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS)).hasMessage("a bug in the rebuild");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        save("content/roermond/groups/rouwgroep.md", "drie");
        assertThat(heard(Set.of("content/roermond/groups/rouwgroep.md"))).as("the save after the failure").isEmpty();
    }

    @Test
    void editorsTemporaryFilesAreNotChanges() throws IOException {
        save("content/roermond/groups/rouwgroep.md", "een");
        start();
        Files.writeString(dir.resolve("content/roermond/groups/.rouwgroep.md.swp"), "x");
        save("content/roermond/groups/rouwgroep.md", "twee");
        Set<String> seen = new HashSet<>();
        assertThat(heard(Set.of("content/roermond/groups/rouwgroep.md"), seen)).isEmpty();
        assertThat(seen).allSatisfy(path -> assertThat(path).doesNotContain(".swp").doesNotContain(".tmp"));
    }

    private void start() {
        watcher = new SourceWatcher(dir, changes::add);
        watcher.start();
    }

    /** Saves through a temporary file and a rename, as many editors do. */
    private void save(String path, String text) throws IOException {
        Path target = dir.resolve(path);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The paths of {@code expected} not heard of (as a changed file or folder) within the time limit. */
    private Set<String> heard(Set<String> expected) {
        return heard(expected, new HashSet<>());
    }

    private Set<String> heard(Set<String> expected, Set<String> seen) {
        Set<String> missing = new HashSet<>(expected);
        long end = System.nanoTime() + WAIT.toNanos();
        while (!missing.isEmpty() && System.nanoTime() < end) {
            ChangeSet next = poll(end - System.nanoTime());
            if (next != null) {
                seen.addAll(next.paths());
                missing.removeAll(next.paths());
            }
        }
        return missing;
    }

    /** Waits until no change set has come for a while: the saves before are all handed on. */
    private void awaitQuiet() {
        while (poll(TimeUnit.MILLISECONDS.toNanos(SourceWatcher.QUIET_MILLIS * 5)) != null) {
            // the rest of the earlier saves
        }
    }

    private ChangeSet poll(long nanos) {
        try {
            return changes.poll(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
