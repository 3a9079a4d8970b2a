package nl.kring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "kring",
        mixinStandardHelpOptions = true,
        versionProvider = KringCommand.Version.class,
        description = "Builds the static websites of a self-help group network, one per region.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, SearchCommand.class,
                NewCommand.class, ReportCommand.class, RegionsCommand.class, BenchCorpusCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:content errors (listed as path:line:column: message)", "2:usage error"})
public final class KringCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "name a command: " + String.join(", ", spec.subcommands().keySet()));
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
