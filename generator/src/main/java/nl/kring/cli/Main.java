package nl.kring.cli;

import picocli.CommandLine;

/** Entry point of the {@code kring} command. */
public final class Main {

    /**
     * Lucene logs (through java.util.logging) that the JDK's incubating vector API is not enabled; that is a
     * note for search servers, not for a static-site build, so it is silenced. Held here so it is not collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {
    }

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.OFF);
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 content errors, 2 usage errors. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new KringCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("kring: internal error: " + e);
            commandLine.getErr().println("kring: please report this, with the command you ran");
            return 3;
        });
        return cli.execute(args);
    }
}
