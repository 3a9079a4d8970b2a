package nl.kring.serve;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import nl.kring.cms.CmsSite;
import nl.kring.cms.DecapConfig;
import nl.kring.cms.KringSchemas;
import nl.kring.serve.admin.AdminHandler;

/**
 * A running preview ({@code kring serve}): builds the site, serves it with Jetty, watches the
 * sources and rebuilds on every change, telling open pages over Server-Sent Events.
 */
public final class Preview implements AutoCloseable {

    private static final long HEARTBEAT_SECONDS = 15;

    private final Server server;
    private final SourceWatcher watcher;
    private final ReloadChannel channel;
    private final ScheduledExecutorService heartbeat;
    private final URI url;

    private Preview(Server server, SourceWatcher watcher, ReloadChannel channel, ScheduledExecutorService heartbeat,
                    URI url) {
        this.server = server;
        this.watcher = watcher;
        this.channel = channel;
        this.heartbeat = heartbeat;
        this.url = url;
    }

    /**
     * Starts the server (so a port in use is reported at once), the watcher, and builds the site;
     * a failing first build still leaves the preview running, showing the problems.
     *
     * @throws CannotListenException when the port is taken or the address is not this computer's
     * @throws nl.kring.site.UnknownRegionException when a --region is not in site-config.yml
     */
    public static Preview start(PreviewOptions options, PrintWriter out, PrintWriter err) {
        PreviewState state = new PreviewState();
        ReloadChannel channel = new ReloadChannel();
        PreviewBuilds builds = new PreviewBuilds(options.root(), options.regions(), options.now(), state, channel,
                out, err, options.format(), options.texts());

        Server server = new Server(new QueuedThreadPool(32, 2, 60_000));
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        server.addConnector(connector);
        // the editor at /admin/ (and its local backend) first; the preview answers every other path
        // the configuration kring cms generates from docs/schema, read again per request so new topics show
        KringSchemas schemas = KringSchemas.packaged();
        AdminHandler admin = new AdminHandler(options.root(),
                (root, api, site) -> new DecapConfig(schemas, CmsSite.read(root), options.texts()).forPreview(api, site),
                options.texts(), err,
                !options.isPublic());
        CompressionHandler compression = new CompressionHandler(new Handler.Sequence(admin,
                new PreviewHandler(state, channel, new PreviewPages(options.texts()), !options.isPublic())));
        compression.putCompression(new GzipCompression());
        compression.putConfiguration("/*", CompressionConfig.builder().defaults()
                .compressExcludePath(PreviewPages.EVENTS_PATH)  // events must leave at once, not when a buffer fills
                .compressExcludePath(AdminHandler.PATH + "*")  // the editor's 5 MB script: gzip costs more than it saves on this computer
                .build());
        server.setHandler(compression);
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (isPortInUse(e)) {
                throw CannotListenException.portInUse(options.host(), options.port(), e);
            }
            throw CannotListenException.otherProblem(options.host(), options.port(), e);
        }
        // watching starts before the first build, so nothing saved meanwhile is missed
        SourceWatcher watcher = new SourceWatcher(options.root(), builds::rebuild);
        watcher.start();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("kring-heartbeat").daemon().factory());
        heartbeat.scheduleAtFixedRate(channel::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        String host = switch (options.host()) {
            case "0.0.0.0", "::", "[::]" -> PreviewOptions.LOCAL_HOST;  // listening everywhere, also here
            default -> options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        };
        Preview preview = new Preview(server, watcher, channel, heartbeat,
                URI.create("http://" + host + ":" + connector.getLocalPort() + "/"));
        try {
            builds.first();
        } catch (RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    private static boolean isPortInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException && String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("in use")) {
                return true;
            }
        }
        return false;
    }

    /** Where the region list is, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return url;
    }

    /** Blocks until the preview is closed (from another thread, e.g. a shutdown hook). */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops watching and serving; open pages' event streams are ended first so nothing hangs. */
    @Override
    public void close() {
        watcher.close();
        heartbeat.shutdownNow();
        channel.closeAll();
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping anyway; nothing useful to tell the user
        }
    }
}
