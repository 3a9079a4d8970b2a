package nl.kring.model;

/** Whether a group asks people to sign up before they come. */
public enum Registration {
    REQUIRED, NOT_NEEDED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
