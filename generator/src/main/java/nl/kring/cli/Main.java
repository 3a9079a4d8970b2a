package nl.kring.cli;

import picocli.CommandLine;

/** Entry point of the {@code kring} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
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
