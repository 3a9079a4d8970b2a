package nl.kring.scaffold;

import nl.kring.message.Message;

/**
 * Why a new file was not written, as a message for the editor ({@link #reason()}).
 *
 * @param usage true when the command itself was wrong (exit code 2), false when the file exists (exit code 1)
 */
public final class ScaffoldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;
    private final boolean usage;

    public ScaffoldException(Message reason, boolean usage) {
        super(reason.code());
        this.reason = reason;
        this.usage = usage;
    }

    public Message reason() {
        return reason;
    }

    public boolean isUsageError() {
        return usage;
    }
}
