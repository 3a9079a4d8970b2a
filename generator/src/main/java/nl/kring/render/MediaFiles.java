package nl.kring.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Repository images that a region's pages show (story images, images in Markdown): each is copied
 * once into the site under {@code /media/} with a content-hashed name. Thread-safe, since pages
 * render in parallel.
 */
final class MediaFiles {

    private final Path root;
    private final Map<String, Assets.Asset> byRepoPath = new ConcurrentHashMap<>();

    MediaFiles(Path root) {
        this.root = root;
    }

    /** The site path of a repository file, e.g. {@code /media/foto.1a2b3c4d5e.jpg}. */
    String sitePath(String repoPath) {
        return byRepoPath.computeIfAbsent(repoPath, path -> {
            try {
                String name = Path.of(path).getFileName().toString();
                Assets.Asset hashed = Assets.hashed(name, Files.readAllBytes(root.resolve(path)));
                return new Assets.Asset(name, hashed.sitePath().replaceFirst("^/assets/", "/media/"), hashed.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sitePath();
    }

    /** Every file used so far, in a stable order. */
    List<Assets.Asset> all() {
        return List.copyOf(new TreeMap<>(byRepoPath).values());
    }
}
