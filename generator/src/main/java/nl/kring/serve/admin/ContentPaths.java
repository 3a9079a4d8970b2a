package nl.kring.serve.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which repository paths the editor may read and write. The editor sends paths relative to the repository
 * (content/roermond/groups/samen-wandelen.md); every one is checked here before the disk is touched:
 * no {@code ..}, no dotfiles, no backslashes, nothing outside {@code content/}, and never through a
 * symbolic link (the real path of the folder must lie inside the real {@code content/} folder).
 *
 * <p>Writable are exactly the content files Kring reads, named as Kring names them (lower-case slugs):
 * {@code content/topics.yml}, {@code content/pages/<slug>.md}, {@code content/<municipality>/municipality.yml},
 * {@code content/<municipality>/{groups,events,stories,pages}/<slug>.md}; and images (jpg, png, webp, gif)
 * beside them or in their {@code images/} folder, where a story's {@code image} finds them.
 */
final class ContentPaths {

    private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern CONTENT_FILE = Pattern.compile(
            "content/(?:topics\\.yml|pages/" + SLUG + "\\.md|" + SLUG + "/municipality\\.yml|"
                    + SLUG + "/(?:groups|events|stories|pages)/" + SLUG + "\\.md)");
    /**
     * Images next to the content that shows them: beside a story, or in an {@code images/} folder of a
     * content folder (where the editor puts uploads). No SVG from the editor: it can carry scripts.
     */
    private static final Pattern IMAGE = Pattern.compile(
            "content/(?:" + SLUG + "/){0,2}(?:images/)?[A-Za-z0-9][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*"
                    + "\\.(?:jpg|jpeg|png|webp|gif|JPG|JPEG|PNG|WEBP|GIF)");
    private static final Pattern READABLE_FOLDER = Pattern.compile("content(?:/[a-z0-9][a-z0-9._-]*)*");
    private static final Set<String> IMAGE_TYPES = Set.of("jpg", "jpeg", "png", "webp", "gif", "svg");

    private final Path root;
    private final Path content;

    /** @param root the repository; its {@code content/} folder must exist */
    ContentPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.content = this.root.resolve("content");
    }

    /** A path may be written as content (front matter or YAML) through the editor. */
    Optional<Path> contentFile(String path) {
        return CONTENT_FILE.matcher(path).matches() ? inside(path) : Optional.empty();
    }

    /** A path may be written as an uploaded image. */
    Optional<Path> image(String path) {
        return IMAGE.matcher(path).matches() ? inside(path) : Optional.empty();
    }

    /** A file below content/ that may be read (content or an image), never a dotfile or through a link. */
    Optional<Path> readable(String path) {
        if (!plain(path) || !path.startsWith("content/")) {
            return Optional.empty();
        }
        return inside(path);
    }

    /** A folder below (or being) content/ that may be listed. */
    Optional<Path> folder(String path) {
        String folder = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!READABLE_FOLDER.matcher(folder).matches() || !plain(folder + "/x")) {
            return Optional.empty();
        }
        Path dir = root.resolve(folder);
        try {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                    || !dir.toRealPath().startsWith(content.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    static boolean isImage(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The repository-relative path of a file found on disk, with forward slashes. */
    String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The file for a path whose text already passed a pattern: its folder (or the nearest one that exists)
     * must be no link and lie inside content/ by its real path; the file itself, when it exists, must be a regular file, not a link.
     */
    private Optional<Path> inside(String path) {
        if (!plain(path)) {
            return Optional.empty();
        }
        Path file = root.resolve(path).normalize();
        String[] parts = path.split("/");
        try {
            Path realContent = content.toRealPath();
            // a municipality's folder must exist already; its groups/ or stories/ folder may be made
            if (parts.length >= 4 && !Files.isDirectory(content.resolve(parts[1]), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Path existing = file.getParent();
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)
                    || !existing.toRealPath().startsWith(realContent)) {
                return Optional.empty();
            }
            for (Path p = existing; !p.equals(root) && p.startsWith(root); p = p.getParent()) {
                if (Files.isSymbolicLink(p)) {
                    return Optional.empty();
                }
            }
            if (Files.isSymbolicLink(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** No empty, dot or dot-dot segments, no dotfiles, no backslashes, control characters or absolute paths. */
    private static boolean plain(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) {
                return false;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
