package nl.kring.diagnostic;

/** How bad a problem is: errors fail the build, warnings are reported and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The stable English word tools read ({@code --format json}, GitHub's {@code ::error}); not for editors. */
    public String label() {
        return label;
    }

    /** The key of the word editors read in front of a problem ("fout", "waarschuwing"). */
    public String messageKey() {
        return "severity." + label;
    }
}
