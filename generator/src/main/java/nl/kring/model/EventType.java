package nl.kring.model;

/** The kinds of activity a network organises. */
public enum EventType {
    MEETING, TRAINING, INTERVISION, SPEED_DATE, INFORMATION, INSPIRATION;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
