package nl.kring.serve;

/**
 * The preview cannot listen where it was asked to: the port is taken (another preview, another
 * server) or the address is not one of this computer's. A usage error, reported in one line.
 */
public final class CannotListenException extends RuntimeException {

    private CannotListenException(String message, Throwable cause) {
        super(message, cause);
    }

    static CannotListenException portInUse(String host, int port, Throwable cause) {
        return new CannotListenException("port " + port + " on " + host + " is already in use; stop the other "
                + "server or choose another port with --port", cause);
    }

    static CannotListenException otherProblem(String host, int port, Throwable cause) {
        return new CannotListenException("cannot listen on " + host + " port " + port + ": " + cause.getMessage()
                + " (check --host)", cause);
    }
}
