package nl.kring.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;

import picocli.CommandLine;

import nl.kring.message.Texts;

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
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(System.getenv(), out, err, args));
    }

    /**
     * Runs the CLI and returns its exit code: 0 success, 1 content errors, 2 usage errors.
     *
     * @param environment where {@code KRING_LANG} is read from
     */
    public static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        LanguageChoice choice = LanguageChoice.of(Arrays.asList(args), environment);
        Texts texts = Texts.of(choice.language());
        if (choice.unknown().isPresent()) {
            err.println(texts.text("cli.lang.unknown", choice.source(), choice.unknown().get(),
                    nl.kring.message.Language.codes()));
            err.flush();
            return 2;
        }
        return withinMemory(texts, err, KringCommandLine.commandName(Arrays.asList(args)).orElse("build"),
                () -> KringCommandLine.create(texts, out, err, Arrays.asList(args)).execute(args));
    }

    /**
     * Runs a command; when the JVM runs out of memory, says so and how to give it more, with exit code 3, instead
     * of a stack trace. picocli's exception handler sees exceptions only, and an error that escapes {@code main}
     * leaves {@code kring serve} running without a site: its server threads keep the JVM alive (a national network
     * with {@code -Xmx1g} did that). The site's memory is gone once the stack has unwound, so the message fits.
     */
    static int withinMemory(Texts texts, PrintWriter err, String command, java.util.function.IntSupplier run) {
        try {
            return run.getAsInt();
        } catch (OutOfMemoryError e) {
            String allowed = String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024));
            err.println(texts.text("cli.outOfMemory", allowed, command));
            err.flush();
            return 3;
        }
    }
}
