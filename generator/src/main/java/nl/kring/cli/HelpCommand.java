package nl.kring.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.message.Texts;

/** {@code kring help [command]}: the same help as {@code kring [command] --help}. */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true)
final class HelpCommand implements Runnable {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "COMMAND", descriptionKey = "help.command")
    String command;

    HelpCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void run() {
        CommandLine kring = spec.commandLine().getParent();
        CommandLine about = kring;
        if (command != null) {
            about = kring.getSubcommands().get(command);
            if (about == null) {
                throw KringUsageException.of(spec.commandLine(), texts, KringCommandLine.unknownCommand(command, kring));
            }
        }
        about.usage(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
    }
}
