package nl.kring.serve;

/** The preview's address is taken (another preview, another server): a usage error, not a crash. */
public final class PortInUseException extends RuntimeException {

    public PortInUseException(String host, int port) {
        super("port " + port + " on " + host + " is already in use; stop the other server or choose "
                + "another port with --port");
    }
}
