package nl.kring.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * The Server-Sent Events stream every preview page listens to ({@code /_kring/events}): "built"
 * after a successful rebuild, "failed" with the problems after a failed one, and on connecting a
 * "hello" with the current build (plus "failed" while the build is broken).
 */
final class ReloadChannel {

    private static final long WRITE_TIMEOUT_SECONDS = 5;

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    /** The events a page gets on connecting: the current build, and its problems while it is broken. */
    private String present = "";

    /** One open page. Writes are serialised: Jetty allows one pending write per response. */
    private final class Client {
        private final Response response;
        private final Callback done;

        Client(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        synchronized boolean send(String text) {
            FutureCallback written = new FutureCallback();
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
            try {
                written.get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                clients.remove(this);
                done.failed(e);  // the page went away
                return false;
            }
        }

        void end() {
            clients.remove(this);
            done.succeeded();
        }
    }

    /** Takes over a request to the event stream and sends it the events that describe the present. */
    synchronized void open(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Client client = new Client(response, callback);
        clients.add(client);
        request.addFailureListener(failure -> clients.remove(client));
        // "retry" keeps reconnecting quick after the preview restarts
        client.send("retry: 500\n\n" + present);
    }

    static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    /**
     * Sends an event to every open page and sets what pages connecting later get; both at once, so
     * no page misses a change.
     */
    synchronized void publish(String event, String present) {
        this.present = present;
        clients.forEach(client -> client.send(event));
    }

    /** A comment line now and then, so connections stay open and closed pages are noticed. */
    synchronized void heartbeat() {
        clients.forEach(client -> client.send(": keep-alive\n\n"));
    }

    int size() {
        return clients.size();
    }

    /** Ends every stream, so the server can stop without waiting for them. */
    synchronized void closeAll() {
        clients.forEach(Client::end);
    }
}
