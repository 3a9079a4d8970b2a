package nl.kring.model;

/** Where a group stands. Ended groups keep their page but leave every list. */
public enum GroupStatus {
    ACTIVE, STARTING, FULL, PAUSED, ENDED;

    public boolean isListed() {
        return this != ENDED;
    }

    /** The value editors write, e.g. "active"; also the key of its label in the message bundle. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
