package nl.kring.model;

/** Whether people meet in a room, online or both. */
public enum MeetingFormat {
    IN_PERSON, ONLINE, HYBRID;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Only fully online meetings have no place to go to. */
    public boolean needsLocation() {
        return this != ONLINE;
    }
}
