package nl.kring.serve.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.format.ContentFormatter;
import nl.kring.format.FileReplacement;
import nl.kring.message.Texts;
import nl.kring.source.SourceFile;

/**
 * Decap CMS's local-backend protocol ({@code decap-server}'s "local_fs" mode, spoken by Decap's "proxy"
 * backend): one POST per action with a JSON body {@code {action, params}}. This implements the actions the
 * editor uses to list, read, save, create and delete content files and to list, read and upload images,
 * with Kring's rules: only content files under {@code content/} with names Kring accepts ({@link ContentPaths}),
 * every saved file rewritten by {@code kring fmt}'s formatter, and no silent overwrite of a file that changed
 * on disk since the editor read it.
 *
 * <p>The conflict check: for every file it hands out or writes, the backend remembers the SHA-256 of what
 * was on disk. A save is refused (409) when the file on disk no longer has that hash, or exists although
 * the editor never read it (a new entry that would replace a file made meanwhile, e.g. in a text editor).
 */
final class LocalBackend {

    /** What the editor is told, with an HTTP status; {@code body} is the JSON answer. */
    record Reply(int status, String body) {
        static Reply ok(Object value) {
            return new Reply(200, JsonText.write(value));
        }

        static Reply error(int status, String message) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            return new Reply(status, JsonText.write(body));
        }
    }

    /** A request the backend does not carry out; logged, and told to the editor in the user's language. */
    static final class Refusal extends RuntimeException {
        final int status;
        final String logLine;

        Refusal(int status, String message, String logLine) {
            super(message);
            this.status = status;
            this.logLine = logLine;
        }
    }

    private final Path root;
    private final ContentPaths paths;
    private final Texts texts;
    private final PrintWriter log;
    private final Map<String, String> served = new ConcurrentHashMap<>();
    private final Object writing = new Object();

    LocalBackend(Path root, Texts texts, PrintWriter log) {
        this.root = root.toAbsolutePath().normalize();
        this.paths = new ContentPaths(this.root);
        this.texts = texts;
        this.log = log;
    }

    /** Answers one request body. Never throws: every problem becomes an error reply (and a log line). */
    Reply handle(String body) {
        Optional<Map<?, ?>> request = JsonText.object(body);
        if (request.isEmpty() || !(request.get().get("action") instanceof String action)) {
            return Reply.error(400, texts.text("editor.api.badRequest"));
        }
        Map<?, ?> params = request.get().get("params") instanceof Map<?, ?> m ? m : Map.of();
        try {
            return Reply.ok(switch (action) {
                case "info" -> info();
                case "entriesByFolder" -> entriesByFolder(text(params, "folder"), text(params, "extension"),
                        params.get("depth") instanceof Number n ? n.intValue() : 1);
                case "entriesByFiles" -> entriesByFiles(params.get("files"));
                case "getEntry" -> entry(text(params, "path"), null);
                case "persistEntry" -> persistEntry(params);
                case "getMedia" -> media(text(params, "mediaFolder"));
                case "getMediaFile" -> mediaFile(text(params, "path"));
                case "persistMedia" -> persistMedia(params.get("asset") instanceof Map<?, ?> a ? a : Map.of());
                case "deleteFile" -> delete(List.of(text(params, "path")));
                case "deleteFiles" -> delete(strings(params.get("paths")));
                case "getDeployPreview" -> null;
                default -> throw new Refusal(422, texts.text("editor.api.unknownAction", action),
                        "unknown action " + action);
            });
        } catch (Refusal e) {
            log.println(texts.text("editor.log.refused", e.status, e.logLine));
            log.flush();
            return Reply.error(e.status, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            log.println(texts.text("editor.log.failed", action, String.valueOf(e.getMessage())));
            log.flush();
            return Reply.error(500, texts.text("editor.api.failed"));
        }
    }

    private Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        Path name = root.getFileName();
        info.put("repo", name == null ? "kring" : name.toString());
        info.put("publish_modes", List.of("simple"));
        info.put("type", "local_fs");
        return info;
    }

    private List<Object> entriesByFolder(String folder, String extension, int depth) throws IOException {
        Path dir = paths.folder(folder).orElseThrow(() -> forbidden("list " + folder));
        List<Object> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, Math.max(1, Math.min(depth, 8)))) {
            for (Path file : files.sorted().toList()) {
                String relative = paths.relative(file);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && file.getFileName().toString().endsWith(
                        extension.isEmpty() ? "" : "." + extension.replaceFirst("^\\.", ""))
                        && paths.readable(relative).isPresent()) {
                    entries.add(entry(relative, null));
                }
            }
        }
        return entries;
    }

    private List<Object> entriesByFiles(Object files) throws IOException {
        List<Object> entries = new ArrayList<>();
        if (files instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> file && file.get("path") instanceof String path) {
                    entries.add(entry(path, file.get("label") instanceof String label ? label : null));
                }
            }
        }
        return entries;
    }

    /** An entry as decap-server gives it: the raw text, and the file's path and hash as its id (null when absent). */
    private Map<String, Object> entry(String path, String label) throws IOException {
        Path file = paths.readable(path).orElseThrow(() -> forbidden("read " + path));
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("path", path);
        if (label != null) {
            described.put("label", label);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = Files.readAllBytes(file);
            String hash = sha256(bytes);
            served.put(path, hash);
            described.put("id", hash);
            // in kring fmt's form, which Decap's widgets can all read (a list of one written as its value stops it)
            String onDisk = new String(bytes, StandardCharsets.UTF_8);
            String text = new ContentFormatter(new Diagnostics()).canonical(new SourceFile(path, file, onDisk))
                    .orElse(onDisk);
            entry.put("data", path.equals(TopicsFile.PATH) ? TopicsFile.forEditor(text) : text);
        } else {
            described.put("id", null);
            entry.put("data", null);
        }
        entry.put("file", described);
        return entry;
    }

    private Map<String, Object> persistEntry(Map<?, ?> params) throws IOException {
        List<Map<?, ?>> dataFiles = new ArrayList<>();
        if (params.get("dataFiles") instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).map(f -> (Map<?, ?>) f).forEach(dataFiles::add);
        } else if (params.get("entry") instanceof Map<?, ?> entry) {
            dataFiles.add(entry);
        }
        if (dataFiles.isEmpty()) {
            throw new Refusal(400, texts.text("editor.api.badRequest"), "persistEntry without files");
        }
        synchronized (writing) {
            // every check first, then the writes: a refused save writes nothing at all
            List<Runnable> writes = new ArrayList<>();
            for (Map<?, ?> dataFile : dataFiles) {
                String path = text(dataFile, "path");
                String newPath = dataFile.get("newPath") instanceof String p && !p.isEmpty() ? p : path;
                Path target = paths.contentFile(newPath).orElseThrow(() -> forbidden("write " + newPath));
                Path old = paths.contentFile(path).orElseThrow(() -> forbidden("write " + path));
                unchangedSinceRead(path, old);
                if (!newPath.equals(path)) {
                    unchangedSinceRead(newPath, target);
                }
                String raw = text(dataFile, "raw");
                if (newPath.equals(TopicsFile.PATH)) {
                    String onDisk = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
                    raw = TopicsFile.fromEditor(raw, onDisk).orElseThrow(() -> new Refusal(400,
                            texts.text("editor.api.badRequest"), "topics.yml without a topics list"));
                }
                // the file the editor opened: Decap drops its comments, the formatter puts them back
                String onDisk = Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
                        ? Files.readString(old, StandardCharsets.UTF_8) : null;
                String text = canonical(newPath, target, raw, onDisk);
                writes.add(() -> {
                    write(target, text.getBytes(StandardCharsets.UTF_8));
                    served.put(newPath, sha256(text.getBytes(StandardCharsets.UTF_8)));
                    if (!newPath.equals(path)) {
                        deleteQuietly(old);
                        served.remove(path);
                    }
                });
            }
            List<Runnable> assets = new ArrayList<>();
            if (params.get("assets") instanceof List<?> list) {
                for (Object asset : list) {
                    if (asset instanceof Map<?, ?> a) {
                        assets.add(imageWrite(a));
                    }
                }
            }
            assets.forEach(Runnable::run);
            writes.forEach(Runnable::run);
        }
        return Map.of("message", "entry persisted");
    }

    /** Refuses (409) a save over a file that changed on disk, or appeared there, since the editor read it. */
    private void unchangedSinceRead(String path, Path file) throws IOException {
        String known = served.get(path);
        boolean exists = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        String now = exists ? sha256(Files.readAllBytes(file)) : null;
        boolean same = known == null ? now == null : known.equals(now);
        if (!same) {
            throw new Refusal(409, texts.text(known == null ? "editor.api.exists" : "editor.api.conflict", path),
                    "conflict " + path);
        }
    }

    /**
     * The text that lands on disk: rewritten by kring fmt's formatter into Kring's canonical form, with the comments
     * of the file as it was ({@code onDisk}, null for a new file) that the editor dropped. When fmt cannot (broken
     * YAML, say) the text is saved as the editor sent it, so nothing typed is lost, and {@code kring check} reports
     * the problem in the preview.
     */
    private String canonical(String path, Path file, String raw, String onDisk) {
        String text = raw.replace("\r\n", "\n");
        Diagnostics problems = new Diagnostics();
        Optional<String> canonical = new ContentFormatter(problems).canonical(new SourceFile(path, file, text), onDisk);
        if (canonical.isEmpty()) {
            log.println(texts.text("editor.log.unformatted", path));
            log.flush();
        }
        return canonical.orElse(text);
    }

    private List<Object> media(String folder) throws IOException {
        Optional<Path> dir = paths.folder(folder);
        if (dir.isEmpty()) {
            return List.of();  // a collection's media folder that does not exist yet: nothing to show
        }
        List<Object> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir.get())) {
            for (Path file : list.sorted().toList()) {
                String relative = paths.relative(file);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && ContentPaths.isImage(file.getFileName().toString()) && paths.readable(relative).isPresent()) {
                    files.add(mediaFile(relative));
                }
            }
        }
        return files;
    }

    private Map<String, Object> mediaFile(String path) throws IOException {
        Path file = paths.readable(path).filter(p -> ContentPaths.isImage(p.getFileName().toString()))
                .orElseThrow(() -> forbidden("read image " + path));
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal(404, texts.text("editor.api.notFound", path), "no image " + path);
        }
        byte[] bytes = Files.readAllBytes(file);
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("id", sha256(bytes));
        media.put("content", Base64.getEncoder().encodeToString(bytes));
        media.put("encoding", "base64");
        media.put("path", path);
        media.put("name", file.getFileName().toString());
        return media;
    }

    private Map<String, Object> persistMedia(Map<?, ?> asset) throws IOException {
        Runnable write;
        synchronized (writing) {
            write = imageWrite(asset);
            write.run();
        }
        return mediaFile(text(asset, "path"));
    }

    /** Checks an uploaded image (path and base64 content) and gives the write to do. */
    private Runnable imageWrite(Map<?, ?> asset) {
        String path = text(asset, "path");
        Path target = paths.image(path).orElseThrow(() -> forbidden("upload " + path));
        if (!"base64".equals(asset.get("encoding"))) {
            throw new Refusal(400, texts.text("editor.api.badRequest"), "upload not base64 " + path);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text(asset, "content"));
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, texts.text("editor.api.badRequest"), "upload not base64 " + path);
        }
        return () -> write(target, bytes);
    }

    private Map<String, Object> delete(List<String> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            files.add(this.paths.contentFile(path).or(() -> this.paths.image(path))
                    .orElseThrow(() -> forbidden("delete " + path)));
        }
        synchronized (writing) {
            for (int i = 0; i < files.size(); i++) {
                Files.deleteIfExists(files.get(i));
                served.remove(paths.get(i));
            }
        }
        return Map.of("message", "deleted");
    }

    private Refusal forbidden(String what) {
        return new Refusal(403, texts.text("editor.api.forbidden"), "forbidden: " + what);
    }

    private String text(Map<?, ?> params, String key) {
        if (params.get(key) instanceof String s) {
            return s;
        }
        throw new Refusal(400, texts.text("editor.api.badRequest"), "missing " + key);
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** Written beside the target and moved over it, so the watcher and a reader never see half a file. */
    private static void write(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.getParent());
            FileReplacement.replace(target, bytes, ".kring-editor-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
