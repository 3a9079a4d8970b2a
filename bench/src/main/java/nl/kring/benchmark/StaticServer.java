package nl.kring.benchmark;

import java.nio.file.Path;

import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Serves one built region folder as a web host would: static files with gzip, on 127.0.0.1 and a free port.
 * (The preview is not used here: it serves from memory and never lets the browser cache.)
 */
final class StaticServer implements AutoCloseable {

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    StaticServer(Path folder) throws Exception {
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(server).newResource(folder));
        files.setDirAllowed(false);
        files.setWelcomeFiles("index.html");
        CompressionHandler gzip = new CompressionHandler(files);
        gzip.putCompression(new GzipCompression());
        gzip.putConfiguration("/*", CompressionConfig.builder().defaults().build());
        server.setHandler(gzip);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/";
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
