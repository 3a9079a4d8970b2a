package nl.kring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real nginx (Debian's nginx-light) started as the current user for one test class: its own prefix, temporary
 * folders, pid file and error log in a temporary folder, {@code daemon off}, one server per site on a free port
 * of 127.0.0.1. Each server includes a region's generated {@code _hosting/nginx.conf}, exactly as a host would.
 */
public final class Nginx {

    public static final String BINARY = "/usr/sbin/nginx";

    /** One site to serve: the folder nginx uses as {@code root} and the include for its server block. */
    public record Site(Path root, Path include) {
    }

    private Nginx() {
    }

    /** Starts nginx with one server per site; fails with an explanation when nginx is not installed. */
    public static LocalServerProcess start(List<Site> sites) {
        LocalServerProcess.requireInstalled(BINARY, "nginx", "nginx-light");
        try {
            Path dir = Files.createTempDirectory("kring-nginx-");
            List<Integer> ports = new ArrayList<>();
            StringBuilder servers = new StringBuilder();
            for (Site site : sites) {
                int port = LocalServerProcess.freePort();
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
            return LocalServerProcess.start("nginx", List.of(BINARY, "-p", dir.toString(), "-c",
                    dir.resolve("nginx.conf").toString(), "-e", dir.resolve("logs/error.log").toString()), dir, ports);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
