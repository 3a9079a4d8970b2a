package nl.kring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache httpd (Debian's apache2-bin) for one test class, in the foreground ({@code -X}) with its own
 * configuration, pid file and logs in a temporary folder, one virtual host per site on a free port of 127.0.0.1.
 * Each site's folder is opened with {@code AllowOverride FileInfo Indexes}, so Apache reads the region's
 * generated {@code .htaccess}, exactly as a host would.
 */
public final class Apache implements AutoCloseable {

    public static final String BINARY = "/usr/sbin/apache2";
    private static final Path MODULES = Path.of("/usr/lib/apache2/modules");

    private final Process process;
    private final Path dir;
    private final List<Integer> ports;

    private Apache(Process process, Path dir, List<Integer> ports) {
        this.process = process;
        this.dir = dir;
        this.ports = ports;
    }

    /** Starts Apache with one virtual host per document root; fails with an explanation when it is not installed. */
    public static Apache start(List<Path> documentRoots) {
        if (!Files.isExecutable(Path.of(BINARY))) {
            throw new IllegalStateException(BINARY + " is missing: the hosting tests start a real Apache. Install "
                    + "Debian's apache2-bin (as root: apt-get install --no-install-recommends apache2-bin; .ci/run "
                    + "does this when it is missing).");
        }
        try {
            Path dir = Files.createTempDirectory("kring-apache-");
            Files.createDirectories(dir.resolve("logs"));
            List<Integer> ports = new ArrayList<>();
            StringBuilder conf = new StringBuilder();
            conf.append("ServerRoot ").append(dir).append('\n')
                    .append("DefaultRuntimeDir ").append(dir.resolve("logs")).append('\n')
                    .append("PidFile ").append(dir.resolve("logs/httpd.pid")).append('\n')
                    .append("ErrorLog ").append(dir.resolve("logs/error.log")).append('\n')
                    .append("LogLevel warn\nServerName localhost\nTypesConfig /dev/null\n");
            if (System.getProperty("user.name").equals("root")) {
                // Apache refuses to serve as root (CI runs as root); the site's files are readable by everyone
                conf.append("User nobody\nGroup nogroup\n");
            }
            for (String module : List.of("mpm_event", "authz_core", "headers", "mime", "filter", "deflate", "dir",
                    "alias")) {
                conf.append("LoadModule ").append(module).append("_module ")
                        .append(MODULES.resolve("mod_" + module + ".so")).append('\n');
            }
            for (Path root : documentRoots) {
                int port = freePort();
                ports.add(port);
                String folder = root.toAbsolutePath().toString();
                conf.append("""
                        Listen 127.0.0.1:%1$d
                        <VirtualHost 127.0.0.1:%1$d>
                            DocumentRoot "%2$s"
                            <Directory "%2$s">
                                Options FollowSymLinks
                                AllowOverride FileInfo Indexes
                                Require all granted
                            </Directory>
                        </VirtualHost>
                        """.formatted(port, folder));
            }
            Files.writeString(dir.resolve("httpd.conf"), conf);
            Process process = new ProcessBuilder(BINARY, "-f", dir.resolve("httpd.conf").toString(), "-X")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("logs/output.log").toFile()).start();
            Apache apache = new Apache(process, dir, ports);
            apache.awaitListening();
            return apache;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL of the i-th site's virtual host, e.g. {@code http://127.0.0.1:40123}. */
    public String origin(int site) {
        return "http://127.0.0.1:" + ports.get(site);
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (int port : ports) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Apache stopped: " + log());
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    break;
                } catch (IOException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Apache does not listen on " + port + ": " + log());
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    /** What Apache wrote about itself: shown when it does not start. */
    public String log() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("logs/output.log", "logs/error.log")) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
