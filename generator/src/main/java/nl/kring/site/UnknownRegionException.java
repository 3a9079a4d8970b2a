package nl.kring.site;

import java.util.List;

import nl.kring.message.Message;

/** A region asked for with --region that site-config.yml does not define: a usage error. */
public final class UnknownRegionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public UnknownRegionException(List<String> unknown, List<String> known) {
        super(String.join(", ", unknown));  // the ids, for stack traces; editors read message()
        this.message = Message.of("cli.region.unknown", String.join(", ", unknown), String.join(", ", known));
    }

    /** What to tell the editor, in their language. */
    public Message message() {
        return message;
    }
}
