package nl.kring.cli;

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
import nl.kring.message.Texts;
import nl.kring.scaffold.ContentScaffold;
import nl.kring.scaffold.ScaffoldException;
import nl.kring.source.Suggestions;

/** {@code kring new}: a new content file with every field explained, at the right place. */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", descriptionKey = "new.type")
    String type;

    @Parameters(index = "1", paramLabel = "TITLE", descriptionKey = "new.title")
    String title;

    @Option(names = "--municipality", paramLabel = "FOLDER", descriptionKey = "new.municipality")
    String municipality;

    @Option(names = "--slug", paramLabel = "NAME", descriptionKey = "new.slug")
    String slug;

    @Option(names = "--root", paramLabel = "DIR")
    Path root = Path.of(".");

    @Option(names = "--today", paramLabel = "DATE", hidden = true, descriptionKey = "new.today")
    LocalDate today;

    NewCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        Kind kind = ContentScaffold.kind(type).orElseThrow(() -> KringUsageException.of(cli, texts,
                "scaffold.error.type", type, Suggestions.hint(type, ContentScaffold.KIND_WORDS)));
        Path repository = SiteOptions.repository(root, cli, texts);
        LocalDate date = today != null ? today : LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        try {
            ContentScaffold.Created created = new ContentScaffold(repository, date, texts)
                    .create(kind, municipality, title, slug);
            cli.getOut().println(texts.text("new.created", created.path()));
            cli.getOut().println(texts.text("new.next"));
            cli.getOut().println(texts.text("new.draft"));
            cli.getOut().flush();
            return 0;
        } catch (ScaffoldException e) {
            if (e.isUsageError()) {
                throw KringUsageException.of(cli, texts, e.reason());
            }
            cli.getErr().println(texts.text("cli.problem", e.reason()));
            cli.getErr().flush();
            return 1;
        }
    }
}
