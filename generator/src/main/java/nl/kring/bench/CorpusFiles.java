package nl.kring.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Writes the corpus's files below one folder, one file at a time, and counts them. */
final class CorpusFiles {

    private final Path root;
    private final Set<Path> folders = new HashSet<>();
    private long files;
    private long bytes;

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
            if (folders.add(folder)) {
                Files.createDirectories(folder);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files++;
        bytes += content.length;
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
        return files;
    }

    long bytes() {
        return bytes;
    }
}
