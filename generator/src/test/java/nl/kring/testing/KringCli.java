package nl.kring.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import nl.kring.cli.Main;

/**
 * Runs the {@code kring} command line in this JVM, as a user types it, printing into the given writers.
 * The environment is empty unless given, so a KRING_LANG on the developer's machine does not change the
 * language tests expect (Dutch, the default).
 */
public final class KringCli {

    private KringCli() {
    }

    /** The exit code of {@code kring <args>}; what it printed is appended to {@code out} and {@code err}. */
    public static int run(StringWriter out, StringWriter err, String... args) {
        return run(Map.of(), out, err, args);
    }

    /** As {@link #run(StringWriter, StringWriter, String...)}, with these environment variables (e.g. KRING_LANG). */
    public static int run(Map<String, String> environment, StringWriter out, StringWriter err, String... args) {
        return Main.run(environment, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
