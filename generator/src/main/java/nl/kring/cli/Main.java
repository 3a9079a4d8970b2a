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
        return KringCommandLine.create(texts, out, err, Arrays.asList(args)).execute(args);
    }
}
