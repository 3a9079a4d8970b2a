package nl.kring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real web server (nginx, Apache) running as the current user for one test class, from a configuration in its
 * own temporary folder, listening on free ports of 127.0.0.1: started, waited for until every port answers,
 * stopped. What it wrote about itself ({@code logs/output.log}, {@code logs/error.log} in that folder) is shown
 * when it does not start.
 */
public final class LocalServerProcess implements AutoCloseable {

    private static final long START_SECONDS = 20;

    private final String name;
    private final Process process;
    private final Path dir;
    private final List<Integer> ports;

    private LocalServerProcess(String name, Process process, Path dir, List<Integer> ports) {
        this.name = name;
        this.process = process;
        this.dir = dir;
        this.ports = List.copyOf(ports);
    }

    /** Fails with how to install the server when its binary is missing. */
    static void requireInstalled(String binary, String name, String debianPackage) {
        if (!Files.isExecutable(Path.of(binary))) {
            throw new IllegalStateException(binary + " is missing: the hosting tests start a real " + name
                    + ". Install Debian's " + debianPackage + " (as root: apt-get install --no-install-recommends "
                    + debianPackage + "; .ci/run does this when it is missing).");
        }
    }

    /** A free port on the loopback address. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code command} (its configuration already in {@code dir}, a {@code logs} folder there) and returns once
     * every one of {@code ports} accepts connections.
     */
    static LocalServerProcess start(String name, List<String> command, Path dir, List<Integer> ports) {
        try {
            Files.createDirectories(dir.resolve("logs"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("logs/output.log").toFile()).start();
            LocalServerProcess server = new LocalServerProcess(name, process, dir, ports);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL of the i-th site's port, e.g. {@code http://127.0.0.1:40123}. */
    public String origin(int index) {
        return "http://127.0.0.1:" + ports.get(index);
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        for (int port : ports) {
            while (!accepts(port)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped: " + log());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(name + " does not listen on " + port + ": " + log());
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

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** What the server wrote about itself. */
    public String log() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String file : List.of("logs/output.log", "logs/error.log")) {
            Path path = dir.resolve(file);
            if (Files.isRegularFile(path)) {
                text.append(Files.readString(path));
            }
        }
        return text.toString();
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
