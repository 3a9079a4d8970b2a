package nl.kring.serve;

import nl.kring.message.Message;

/**
 * The preview cannot listen where it was asked to: the port is taken (another preview, another
 * server) or the address is not one of this computer's. A usage error, reported in one line.
 */
public final class CannotListenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    private CannotListenException(Message message, Throwable cause) {
        super(message.toString(), cause);
        this.message = message;
    }

    /** What to tell the editor, in their language. */
    public Message message() {
        return message;
    }

    static CannotListenException portInUse(String host, int port, Throwable cause) {
        return new CannotListenException(Message.of("serve.portInUse", port, host), cause);
    }

    static CannotListenException otherProblem(String host, int port, Throwable cause) {
        return new CannotListenException(Message.of("serve.cannotListen", host, port,
                String.valueOf(cause.getMessage())), cause);
    }
}
