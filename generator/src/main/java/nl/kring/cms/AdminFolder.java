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
    /** Decap's main script; its build also has chunks it loads later (NNN.decap-cms.js, *.wasm, cms.css). */
    static final String DECAP_MAIN = "decap-cms.js";
    private static final String OWN = "/nl/kring/cms/";

    private final ResourceSource resources;

    /** Reads the files of the jar by their absolute resource names. */
    public interface ResourceSource {
        /** The file, or empty when the jar does not have it. */
        Optional<byte[]> read(String name);

        /** The names of the files directly in a folder of the jar ({@code folder} ends with '/'). */
        List<String> list(String folder);

        /** The jar's own resources (or target/classes when run from the build). */
        static ResourceSource classpath() {
            return new ResourceSource() {
                @Override
                public Optional<byte[]> read(String name) {
                    try (InputStream in = AdminFolder.class.getResourceAsStream(name)) {
                        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public List<String> list(String folder) {
                    java.net.URL main = AdminFolder.class.getResource(folder + DECAP_MAIN);
                    if (main == null) {
                        return List.of();
                    }
                    try {
                        if (main.getProtocol().equals("jar")) {
                            String jar = main.getPath().substring("file:".length(), main.getPath().indexOf("!/"));
                            String prefix = folder.substring(1);
                            try (java.util.jar.JarFile file = new java.util.jar.JarFile(
                                    java.net.URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
                                return file.stream().map(java.util.zip.ZipEntry::getName)
                                        .filter(n -> n.startsWith(prefix) && n.length() > prefix.length()
                                                && n.indexOf('/', prefix.length()) < 0)
                                        .map(n -> n.substring(prefix.length())).sorted().toList();
                            }
                        }
                        try (var files = Files.list(Path.of(main.toURI()).getParent())) {
                            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (java.net.URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
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
        byte[] decap = resources.read(DECAP + DECAP_MAIN).orElseThrow(MissingDecapException::new);
        Files.createDirectories(out);
        List<String> written = new ArrayList<>();
        write(out, "index.html", indexHtml(host).getBytes(StandardCharsets.UTF_8), written);
        write(out, "config.yml", configYaml.getBytes(StandardCharsets.UTF_8), written);
        write(out, "kring-cms.js", resources.read(OWN + "kring-cms.js").orElseThrow(), written);
        write(out, DECAP_MAIN, decap, written);
        // Decap loads its chunks and WebAssembly from beside its script: every file of its build goes along
        for (String name : resources.list(DECAP)) {
            if (!name.equals(DECAP_MAIN) && name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                write(out, name, resources.read(DECAP + name).orElseThrow(), written);
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
     * images: previews of uploads. connect-src: the Git host's API (and GitHub's file host), nothing else, and
     * blob: because Decap reads an uploaded image back from its blob: URL when it saves the entry (without it
     * the save of an entry with a new image silently never happens).
     * frame-ancestors cannot be set in a meta element: the host's headers should add it (docs/publishing.md).
     */
    static String csp(GitHost host) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        connect.add(host.apiOrigin());
        connect.addAll(host.otherOrigins());
        String origins = String.join(" ", connect);
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src " + origins + " blob: data:; font-src 'self' data:; connect-src " + origins + " blob:; "
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
