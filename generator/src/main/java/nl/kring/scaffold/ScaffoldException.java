package nl.kring.scaffold;

/**
 * Why a new file was not written, in words for the editor.
 *
 * @param usage true when the command itself was wrong (exit code 2), false when the file exists (exit code 1)
 */
public final class ScaffoldException extends Exception {

    private final boolean usage;

    public ScaffoldException(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }

    public boolean isUsageError() {
        return usage;
    }
}
