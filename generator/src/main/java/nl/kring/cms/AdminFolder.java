package nl.kring.cms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A hostable editor: the folder {@code kring cms --out DIR} writes, to be served as {@code /admin/} of its
 * own site (not of a region's site: its policy must allow {@code 'unsafe-eval'} and the Git host's API).
 * It holds index.html (with its Content-Security-Policy as a meta element, for hosts that set no headers),
 * config.yml for the Git host, Decap CMS (vendored into the jar by the build, see docs/editing.md) and
 * kring-cms.js, Kring's widgets for yes/no fields and lists.
 */
public final class AdminFolder {

    /** Where the build puts Decap's browser build in the jar (the same files kring serve's /admin/ serves). */
    static final String DECAP = "/nl/kring/serve/admin/decap/";
    /** Decap's files the editor needs; the first is required, the others are copied when present. */
    static final List<String> DECAP_FILES = List.of("decap-cms.js", "decap-cms.js.LICENSE.txt", "cms.css");
    private static final String OWN = "/nl/kring/cms/";

    private final ResourceSource resources;

    /** Reads a file of the jar by its absolute resource name; empty when the jar does not have it. */
    @FunctionalInterface
    public interface ResourceSource {
        Optional<byte[]> read(String name);

        /** The jar's own resources. */
        static ResourceSource classpath() {
            return name -> {
                try (InputStream in = AdminFolder.class.getResourceAsStream(name)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
    }

    /** Decap's script is not in this jar (the build that vendors it did not run). */
    public static final class MissingDecapException extends RuntimeException {
        MissingDecapException() {
            super("cms.out.noDecap");
        }
    }

    public AdminFolder(ResourceSource resources) {
        this.resources = resources;
    }

    /**
     * Writes the editor into {@code out} (created if needed; files of an earlier run are replaced) and returns
     * the names of the files written. Nothing is written when Decap's script is missing.
     */
    public List<String> write(Path out, String configYaml, GitHost host) throws IOException {
        byte[] decap = resources.read(DECAP + DECAP_FILES.getFirst()).orElseThrow(MissingDecapException::new);
        Files.createDirectories(out);
        List<String> written = new ArrayList<>();
        write(out, "index.html", indexHtml(host).getBytes(StandardCharsets.UTF_8), written);
        write(out, "config.yml", configYaml.getBytes(StandardCharsets.UTF_8), written);
        write(out, "kring-cms.js", resources.read(OWN + "kring-cms.js").orElseThrow(), written);
        write(out, DECAP_FILES.getFirst(), decap, written);
        for (String name : DECAP_FILES.subList(1, DECAP_FILES.size())) {
            Optional<byte[]> file = resources.read(DECAP + name);
            if (file.isPresent()) {
                write(out, name, file.get(), written);
            }
        }
        return written;
    }

    /** The editor's page, with a policy that allows this origin and the Git host only. */
    String indexHtml(GitHost host) {
        String page = new String(resources.read(OWN + "index.html").orElseThrow(), StandardCharsets.UTF_8);
        return page.replace("${csp}", csp(host));
    }

    /**
     * 'unsafe-eval': Decap compiles code at run time; inline styles: its components set styles; blob:/data:
     * images: previews of uploads. connect-src: the Git host's API (and GitHub's file host), nothing else.
     * frame-ancestors cannot be set in a meta element: the host's headers should add it (docs/publishing.md).
     */
    static String csp(GitHost host) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        connect.add(host.apiOrigin());
        connect.addAll(host.otherOrigins());
        String origins = String.join(" ", connect);
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src " + origins + " blob: data:; font-src 'self' data:; connect-src " + origins + "; "
                + "media-src 'self' blob:; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'";
    }

    private static void write(Path out, String name, byte[] bytes, List<String> written) throws IOException {
        Path target = out.resolve(name);
        Path temporary = Files.createTempFile(out, "." + name, ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        written.add(name);
    }
}
