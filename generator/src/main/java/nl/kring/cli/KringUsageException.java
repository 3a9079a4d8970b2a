package nl.kring.cli;

import picocli.CommandLine;

import nl.kring.message.Message;
import nl.kring.message.Texts;

/** A usage mistake Kring itself found (not picocli), already put into the editor's language; exit code 2. */
final class KringUsageException extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    private KringUsageException(CommandLine cli, String text) {
        super(cli, text);
    }

    /** The mistake {@code key} (a message bundle key) with its arguments, for the command line {@code cli}. */
    static KringUsageException of(CommandLine cli, Texts texts, String key, Object... args) {
        return of(cli, texts, Message.of(key, args));
    }

    static KringUsageException of(CommandLine cli, Texts texts, Message message) {
        return new KringUsageException(cli, texts.text(message));
    }
}
