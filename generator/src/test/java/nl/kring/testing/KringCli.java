package nl.kring.testing;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

import nl.kring.cli.KringCommand;

/** Runs the {@code kring} command line in this JVM, as a user types it, printing into the given writers. */
public final class KringCli {

    private KringCli() {
    }

    /** The exit code of {@code kring <args>}; what it printed is appended to {@code out} and {@code err}. */
    public static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new KringCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
