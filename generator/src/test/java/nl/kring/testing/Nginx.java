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
 * A real nginx (Debian's nginx-light) started as the current user for one test class: its own prefix, temporary
 * folders, pid file and error log in a temporary folder, {@code daemon off}, one server per site on a free port
 * of 127.0.0.1. Each server includes a region's generated {@code _hosting/nginx.conf}, exactly as a host would.
 */
public final class Nginx implements AutoCloseable {

    public static final String BINARY = "/usr/sbin/nginx";

    /** One site to serve: the folder nginx uses as {@code root} and the include for its server block. */
    public record Site(Path root, Path include) {
    }

    private final Process process;
    private final Path dir;
    private final List<Integer> ports;

    private Nginx(Process process, Path dir, List<Integer> ports) {
        this.process = process;
        this.dir = dir;
        this.ports = ports;
    }

    /** Starts nginx with one server per site; fails with an explanation when nginx is not installed. */
    public static Nginx start(List<Site> sites) {
        if (!Files.isExecutable(Path.of(BINARY))) {
            throw new IllegalStateException(BINARY + " is missing: the hosting tests start a real nginx. Install "
                    + "Debian's nginx-light (as root: apt-get install --no-install-recommends nginx-light; .ci/run "
                    + "does this when it is missing).");
        }
        try {
            Path dir = Files.createTempDirectory("kring-nginx-");
            List<Integer> ports = new ArrayList<>();
            StringBuilder servers = new StringBuilder();
            for (Site site : sites) {
                int port = freePort();
                ports.add(port);
                servers.append("""
                            server {
                                listen 127.0.0.1:%d;
                                server_name localhost;
                                root %s;
                                include %s;
                            }
                        """.formatted(port, site.root().toAbsolutePath(), site.include().toAbsolutePath()));
            }
            for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi", "logs")) {
                Files.createDirectories(dir.resolve(temp));
            }
            Files.writeString(dir.resolve("nginx.conf"), """
                    # 'user' only counts when the tests run as root (CI): then workers keep the same user and can read the site.
                    user %s;
                    daemon off;
                    worker_processes 1;
                    pid %s;
                    error_log %s warn;
                    events {
                        worker_connections 64;
                    }
                    http {
                        access_log off;
                        client_body_temp_path %s;
                        proxy_temp_path %s;
                        fastcgi_temp_path %s;
                        uwsgi_temp_path %s;
                        scgi_temp_path %s;
                    %s}
                    """.formatted(System.getProperty("user.name"), dir.resolve("nginx.pid"), dir.resolve("logs/error.log"),
                    dir.resolve("body"), dir.resolve("proxy"), dir.resolve("fastcgi"), dir.resolve("uwsgi"),
                    dir.resolve("scgi"), servers));
            Process process = new ProcessBuilder(BINARY, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                    "-e", dir.resolve("logs/error.log").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("logs/output.log").toFile()).start();
            Nginx nginx = new Nginx(process, dir, ports);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL of the i-th site's server, e.g. {@code http://127.0.0.1:40123}. */
    public String origin(int site) {
        return "http://127.0.0.1:" + ports.get(site);
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (int port : ports) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx stopped: " + log());
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    break;
                } catch (IOException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("nginx does not listen on " + port + ": " + log());
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

    /** What nginx wrote about itself: shown when it does not start. */
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
