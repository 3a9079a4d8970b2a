package nl.kring.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches what a site is built from: {@code site-config.yml}, and every folder under
 * {@code content/} and {@code themes/} (folders created later, e.g. by a Git branch switch, are
 * watched as they appear). Events are collected until the files have been quiet for a moment, so a
 * save through a temporary file and a rename, or a checkout touching hundreds of files, is one
 * change set and one rebuild.
 */
final class SourceWatcher implements AutoCloseable {

    /** How long files must be quiet before a change set is handed on. */
    static final long QUIET_MILLIS = 100;
    /** A never-ending stream of events still gets a rebuild now and then. */
    private static final long MAX_WAIT_MILLIS = 2_000;
    private static final List<String> WATCHED_TREES = List.of("content", "themes");

    private final Path root;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<ChangeSet> onChange;
    private final Consumer<RuntimeException> onFailure;
    private final Thread thread;

    SourceWatcher(Path root, Consumer<ChangeSet> onChange) {
        this(root, onChange, null);
    }

    /** @param onFailure hears of a failure of {@code onChange}; null: the watching thread's handler */
    SourceWatcher(Path root, Consumer<ChangeSet> onChange, Consumer<RuntimeException> onFailure) {
        this.root = root;
        this.onChange = onChange;
        this.onFailure = onFailure != null ? onFailure
                : e -> Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
        try {
            this.watcher = root.getFileSystem().newWatchService();
            register(root);  // for site-config.yml, and content/ or themes/ appearing
            for (String tree : WATCHED_TREES) {
                registerTree(root.resolve(tree), new HashSet<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.thread = Thread.ofPlatform().name("kring-watch").daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = watcher.take();
                Set<String> changed = new HashSet<>();
                Set<String> created = new HashSet<>();
                boolean overflow = collect(first, changed, created);
                long started = System.nanoTime();
                WatchKey next;
                while ((next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= collect(next, changed, created);
                    if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) > MAX_WAIT_MILLIS) {
                        break;
                    }
                }
                ChangeSet changes = new ChangeSet(changed, overflow);
                if (!changes.isEmpty()) {
                    handOn(changes);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview stops
        }
    }

    /**
     * Hands a change set on. A failure there (a bug in a rebuild) must not end the watching: the preview would go
     * on serving, and every later save would go unseen without a word. {@code onFailure} hears of it (by default
     * the thread's handler, which prints it).
     */
    private void handOn(ChangeSet changes) {
        try {
            onChange.accept(changes);
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }

    /**
     * Adds the key's events to {@code changed}; true when events were lost. A file created and
     * deleted within one change set was an editor's (or sed's) temporary file and is left out.
     */
    private boolean collect(WatchKey key, Set<String> changed, Set<String> created) {
        Path folder = folders.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            String path = relative(file);
            if (folder.equals(root)) {
                if (path.equals("site-config.yml")) {
                    changed.add(path);
                } else if (WATCHED_TREES.contains(path) && event.kind() == ENTRY_CREATE) {
                    registerNew(file, changed);
                } else if (WATCHED_TREES.contains(path)) {
                    changed.add(path);
                }
                continue;
            }
            if (isScratchFile(file.getFileName().toString())) {
                continue;
            }
            if (event.kind() == ENTRY_DELETE && created.remove(path)) {
                changed.remove(path);
                continue;
            }
            if (event.kind() == ENTRY_CREATE) {
                created.add(path);
            }
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                registerNew(file, changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);  // the folder is gone
        }
        return overflow;
    }

    /** A folder that appeared: watch it, and count the files already in it (they may predate the watch). */
    private void registerNew(Path folder, Set<String> changed) {
        try {
            registerTree(folder, changed);
        } catch (IOException e) {
            changed.add(relative(folder));  // the rebuild lists the content folder anew and sees what is there
        }
    }

    /**
     * Watches {@code top} and every folder under it, each before its files are listed, so a file saved in it
     * meanwhile is either listed or heard of. A file that goes while the folder is listed (an editor's temporary
     * file renamed to the real one) does not stop the walk: once it did, and the new folder was never watched,
     * so later saves in it were not seen at all.
     */
    private void registerTree(Path top, Set<String> found) throws IOException {
        if (!Files.isDirectory(top)) {
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                try {
                    register(folder);
                } catch (NoSuchFileException e) {
                    return FileVisitResult.SKIP_SUBTREE;  // gone again; its parent's event says so
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!isScratchFile(file.getFileName().toString())) {
                    found.add(relative(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof NoSuchFileException)) {
                    found.add(relative(file));  // unreadable now; the rebuild will say what is wrong with it
                }
                return FileVisitResult.CONTINUE;  // gone again: a temporary file, or a folder a checkout removed
            }
        });
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
    }

    /** Editors' swap and backup files; saving through them still shows up as the real file's change. */
    private static boolean isScratchFile(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.matches("\\d+") || name.startsWith("#");
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
