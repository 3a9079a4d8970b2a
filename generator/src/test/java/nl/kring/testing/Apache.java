package nl.kring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Apache httpd (Debian's apache2-bin) for one test class, in the foreground ({@code -X}) with its own
 * configuration, pid file and logs in a temporary folder, one virtual host per site on a free port of 127.0.0.1.
 * Each site's folder is opened with {@code AllowOverride FileInfo Indexes}, so Apache reads the region's
 * generated {@code .htaccess}, exactly as a host would.
 */
public final class Apache {

    public static final String BINARY = "/usr/sbin/apache2";
    private static final Path MODULES = Path.of("/usr/lib/apache2/modules");

    private Apache() {
    }

    /** Starts Apache with one virtual host per document root; fails with an explanation when it is not installed. */
    public static LocalServerProcess start(List<Path> documentRoots) {
        LocalServerProcess.requireInstalled(BINARY, "Apache", "apache2-bin");
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
                int port = LocalServerProcess.freePort();
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
            return LocalServerProcess.start("Apache",
                    List.of(BINARY, "-f", dir.resolve("httpd.conf").toString(), "-X"), dir, ports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
