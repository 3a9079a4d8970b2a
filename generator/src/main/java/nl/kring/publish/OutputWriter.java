package nl.kring.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

import nl.kring.render.OutputFile;

/**
 * Writes each region into a fresh staging folder next to the output, then swaps it in with a rename,
 * so readers (and a failed build) never see a half-written site.
 */
public final class OutputWriter {

    private final Path outDir;

    public OutputWriter(Path outDir) {
        this.outDir = outDir;
    }

    /** Writes one region to {@code <out>/.staging-<region>} and returns that folder. */
    public Path stage(String regionId, List<OutputFile> files) {
        try {
            Files.createDirectories(outDir);
            Path staging = outDir.resolve(".staging-" + regionId);
            deleteTree(staging);
            // Folders first, each once (a national region has thousands), then the files in parallel.
            for (Path folder : new java.util.TreeSet<>(files.stream()
                    .map(file -> staging.resolve(file.path()).getParent()).toList())) {
                Files.createDirectories(folder);
            }
            files.parallelStream().forEach(file -> write(staging.resolve(file.path()), file.bytes()));
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code <out>/<region>} with each staged folder. */
    public void publish(Map<String, Path> stagedByRegion) {
        try {
            for (Map.Entry<String, Path> entry : stagedByRegion.entrySet()) {
                Path target = outDir.resolve(entry.getKey());
                Path old = outDir.resolve(".old-" + entry.getKey());
                deleteTree(old);
                if (Files.exists(target)) {
                    move(target, old);
                }
                move(entry.getValue(), target);
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes staging folders after a failed build; the published output stays as it was. */
    public void discard(Map<String, Path> stagedByRegion) {
        stagedByRegion.values().forEach(path -> {
            try {
                deleteTree(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
