package nl.kring.model;

/** Who an activity is meant for. */
public enum Audience {
    FACILITATORS, PARTICIPANTS, REFERRERS, EVERYONE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
