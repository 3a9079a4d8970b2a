package nl.kring.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.content.ContentFields.Kind;
import nl.kring.scaffold.ContentScaffold;
import nl.kring.scaffold.ScaffoldException;

/** {@code kring new}: a new content file with every field explained, at the right place. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a new group, story, event or page file with every field explained.",
            "Example: kring new group --municipality roermond \"Rouwgroep Roermond\""})
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", description = "group, story, event or page")
    String type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The name or title; the file name is made from it.")
    String title;

    @Option(names = "--municipality", paramLabel = "FOLDER",
            description = "The municipality folder under content/ (not needed for a page of the whole network).")
    String municipality;

    @Option(names = "--slug", paramLabel = "NAME", description = "File name without .md (default: made from the title).")
    String slug;

    @Option(names = "--root", paramLabel = "DIR", description = "The repository with site-config.yml (default: current folder).")
    Path root = Path.of(".");

    @Option(names = "--today", paramLabel = "DATE", hidden = true, description = "The date to write as 'updated' or 'date'.")
    LocalDate today;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Kind kind = ContentScaffold.kind(type).orElseThrow(() -> new CommandLine.ParameterException(cli,
                "TYPE must be group, story, event or page, not '" + type + "'"));
        Path repository = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(repository.resolve("site-config.yml"))) {
            throw new CommandLine.ParameterException(cli, "no site-config.yml in " + repository
                    + " (run kring in the repository's top folder or use --root)");
        }
        LocalDate date = today != null ? today : LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        try {
            ContentScaffold.Created created = new ContentScaffold(repository, date).create(kind, municipality, title, slug);
            cli.getOut().println("created " + created.path());
            cli.getOut().println("Fill in the fields marked REQUIRED, then run ./kring check: it names every field "
                    + "that is still empty or wrong, with its line.");
            cli.getOut().println("The file is a draft ('draft: true'): kring serve shows it, kring build leaves it off "
                    + "the site until you delete that line.");
            cli.getOut().flush();
            return 0;
        } catch (ScaffoldException e) {
            if (e.isUsageError()) {
                throw new CommandLine.ParameterException(cli, e.getMessage());
            }
            cli.getErr().println("kring: " + e.getMessage());
            cli.getErr().flush();
            return 1;
        }
    }
}
