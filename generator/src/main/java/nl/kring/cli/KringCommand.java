package nl.kring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import nl.kring.message.Texts;

/**
 * The top-level command; the work is done by its subcommands. Descriptions and headings of the usage help
 * are in the message bundles ({@code kring.usage.description}, {@code kring.build.usage.description}, …).
 */
@Command(name = "kring",
        mixinStandardHelpOptions = true,
        versionProvider = KringCommand.Version.class)
public final class KringCommand implements Runnable {

    /**
     * The subcommands, in the order the usage help lists them. {@link KringCommandLine} registers them, not the
     * annotation: a run that names its command gets only that one (picocli builds each command's model by
     * reflection, which a short build should not pay eleven times).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, CheckCommand.class, ServeCommand.class,
            SearchCommand.class, NewCommand.class, FmtCommand.class, CmsCommand.class, ReportCommand.class,
            RegionsCommand.class, HelpCommand.class, BenchCorpusCommand.class);

    private final Texts texts;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * Accepted before or after the command; {@link LanguageChoice} has read it before parsing, so the
     * usage help is already in this language.
     */
    @Option(names = LanguageChoice.OPTION, paramLabel = "nl|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
    String language;

    KringCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public void run() {
        throw KringUsageException.of(spec.commandLine(), texts, "cli.usage.noCommand",
                String.join(", ", spec.subcommands().keySet().stream()
                        .filter(name -> !spec.subcommands().get(name).getCommandSpec().usageMessage().hidden())
                        .toList()));
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = KringCommand.class.getResourceAsStream("/kring-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"kring " + properties.getProperty("version", "unknown")};
        }
    }
}
