package nl.kring.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Writes the corpus's files below one folder, one file at a time (from several threads), and counts them. */
final class CorpusFiles {

    private final Path root;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    CorpusFiles(Path root) {
        this.root = root;
    }

    void write(String path, CharSequence text) {
        write(path, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    void write(String path, byte[] content) {
        Path file = root.resolve(path);
        try {
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder); // safe when two threads create the same folder
                folders.add(folder);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    /** A text file bundled with Kring, under {@code nl/kring/bench/}. */
    static String resource(String name) {
        try (InputStream in = CorpusFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: nl/kring/bench/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every file below {@code from} to {@code to} (relative to the corpus), in sorted order. */
    void copyTree(Path from, String to) {
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> sources = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path source : sources) {
                String relative = from.relativize(source).toString().replace('\\', '/');
                write(to + "/" + relative, Files.readAllBytes(source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long files() {
        return files.get();
    }

    long bytes() {
        return bytes.get();
    }
}
