package nl.kring.message;

/**
 * Something the editor typed or wrote cannot be used; {@link #message()} says why, in their language.
 * Thrown where a parser has no {@code Diagnostics} to report to (command-line values such as --quarters).
 */
public final class InvalidInput extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public InvalidInput(String key, Object... args) {
        super(key);
        this.message = Message.of(key, args);
    }

    public Message message() {
        return message;
    }
}
