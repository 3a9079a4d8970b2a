package nl.kring.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.source.Suggestions;

/**
 * The {@code kring} command line in the editor's language: picocli's usage help comes from the message
 * bundle (keys {@code kring.<command>.usage.description}, option names such as {@code root}), and usage
 * mistakes are explained by Kring instead of picocli, with a suggestion for a mistyped or Dutch command name.
 */
public final class KringCommandLine {

    private KringCommandLine() {
    }

    /** A ready command line with every subcommand, printing into {@code out} and {@code err}. */
    public static CommandLine create(Texts texts, PrintWriter out, PrintWriter err) {
        return withSubcommands(texts, out, err, KringCommand.SUBCOMMANDS);
    }

    /**
     * A ready command line for these arguments: when they name a subcommand, only that one is registered, so a
     * build does not wait for picocli to reflect on ten commands it will not run (docs/performance.md,
     * "Start-up"); otherwise (help, no command, a mistyped one) all of them, for the overview and suggestions.
     */
    public static CommandLine create(Texts texts, PrintWriter out, PrintWriter err, List<String> args) {
        Optional<Class<?>> named = commandName(args).flatMap(KringCommandLine::subcommand);
        return withSubcommands(texts, out, err, named.<List<Class<?>>>map(List::of).orElse(KringCommand.SUBCOMMANDS));
    }

    private static CommandLine withSubcommands(Texts texts, PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        CommandFactory factory = new CommandFactory(texts);
        CommandLine cli = new CommandLine(KringCommand.class, factory);
        for (Class<?> subcommand : subcommands) {
            cli.addSubcommand(new CommandLine(subcommand, factory));
        }
        cli.setResourceBundle(texts.resourceBundle());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args) -> usageError(texts, e));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(texts.text("cli.internalError", String.valueOf(e)));
            commandLine.getErr().println(texts.text("cli.internalError.report"));
            commandLine.getErr().flush();
            return 3;
        });
        return cli;
    }

    /**
     * The first argument that is neither a top-level option nor the language after {@code --lang}; none when the
     * top-level help comes first ({@code kring --help build} shows the overview of every command).
     */
    static Optional<String> commandName(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(LanguageChoice.OPTION)) {
                i++;
            } else if (arg.equals("--help") || arg.startsWith("-h")) {
                return Optional.empty();
            } else if (!arg.startsWith("-")) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    /** The subcommand with this name or alias, as its annotation spells it; never help, which needs the others. */
    private static Optional<Class<?>> subcommand(String name) {
        return KringCommand.SUBCOMMANDS.stream().filter(type -> {
            CommandLine.Command command = type.getAnnotation(CommandLine.Command.class);
            return !command.helpCommand()
                    && (command.name().equals(name) || java.util.Arrays.asList(command.aliases()).contains(name));
        }).findFirst();
    }

    /** Prints what is wrong with the command line and how to get help; exit code 2. */
    private static int usageError(Texts texts, CommandLine.ParameterException e) {
        CommandLine where = e.getCommandLine();
        PrintWriter err = where.getErr();
        err.println(texts.text("cli.usage.error", describe(texts, e)));
        err.println(texts.text("cli.usage.moreHelp", helpCommand(where)));
        err.flush();
        return 2;
    }

    private static String helpCommand(CommandLine where) {
        String qualified = where.getCommandSpec().qualifiedName();
        int space = qualified.indexOf(' ');
        return space < 0 ? "kring help" : "kring help " + qualified.substring(space + 1);
    }

    /** The problem in words: Kring's own usage messages as they are, picocli's put into the chosen language. */
    static String describe(Texts texts, CommandLine.ParameterException e) {
        CommandLine where = e.getCommandLine();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String first = args.isEmpty() ? "" : args.getFirst();
            if (first.startsWith("-")) {
                List<String> options = where.getCommandSpec().options().stream()
                        .flatMap(o -> java.util.Arrays.stream(o.names())).toList();
                return texts.text("cli.usage.unknownOption", first, Suggestions.hint(first, options));
            }
            if (!where.getSubcommands().isEmpty()) {
                return texts.text(unknownCommand(first, where));
            }
            return texts.text("cli.usage.unexpectedArgument", String.join(" ", args));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<String> names = missing.getMissing().stream().map(KringCommandLine::name).toList();
            return texts.text(names.size() == 1 ? "cli.usage.missing.one" : "cli.usage.missing.other", names);
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return texts.text("cli.usage.repeated", name(overwritten.getOverwritten()));
        }
        if (e instanceof KringUsageException) {
            return e.getMessage();
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return texts.text("cli.usage.invalidValue", e.getValue(), name(e.getArgSpec()));
        }
        return texts.text("cli.usage.other", e.getMessage());
    }

    /** "unknown command 'bouw' — did you mean 'build'?", also for the Dutch words editors may type. */
    static Message unknownCommand(String typed, CommandLine where) {
        List<String> commands = commandNames(where);
        return Message.of("cli.usage.unknownCommand", typed,
                Suggestions.hint(typed, commands, CommandWords.DUTCH), commands);
    }

    private static List<String> commandNames(CommandLine where) {
        return new ArrayList<>(where.getSubcommands().entrySet().stream()
                .filter(c -> !c.getValue().getCommandSpec().usageMessage().hidden())
                .map(java.util.Map.Entry::getKey).toList());
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg.paramLabel();
    }

    /** Dutch words an editor may type for a command. */
    static final class CommandWords {
        static final java.util.Map<String, String> DUTCH = java.util.Map.ofEntries(
                java.util.Map.entry("bouw", "build"), java.util.Map.entry("bouwen", "build"),
                java.util.Map.entry("maak", "build"), java.util.Map.entry("maken", "build"),
                java.util.Map.entry("controleer", "check"), java.util.Map.entry("controleren", "check"),
                java.util.Map.entry("controle", "check"), java.util.Map.entry("test", "check"),
                java.util.Map.entry("nakijken", "check"), java.util.Map.entry("kijkna", "check"),
                java.util.Map.entry("nieuw", "new"), java.util.Map.entry("nieuwe", "new"),
                java.util.Map.entry("voorbeeld", "serve"), java.util.Map.entry("bekijk", "serve"),
                java.util.Map.entry("bekijken", "serve"), java.util.Map.entry("toon", "serve"),
                java.util.Map.entry("tonen", "serve"), java.util.Map.entry("preview", "serve"),
                java.util.Map.entry("start", "serve"),
                java.util.Map.entry("rapport", "report"), java.util.Map.entry("rapportage", "report"),
                java.util.Map.entry("verslag", "report"), java.util.Map.entry("telling", "report"),
                java.util.Map.entry("zoek", "search"), java.util.Map.entry("zoeken", "search"),
                java.util.Map.entry("regio", "regions"), java.util.Map.entry("regio's", "regions"),
                java.util.Map.entry("regios", "regions"),
                java.util.Map.entry("hulp", "help"), java.util.Map.entry("help", "help"),
                java.util.Map.entry("uitleg", "help"));

        private CommandWords() {
        }
    }
}
