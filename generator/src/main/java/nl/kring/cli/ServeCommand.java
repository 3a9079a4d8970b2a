package nl.kring.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Texts;
import nl.kring.serve.CannotListenException;
import nl.kring.serve.Preview;
import nl.kring.serve.PreviewOptions;
import nl.kring.site.BuildTime;
import nl.kring.site.UnknownRegionException;

/** {@code kring serve}: a live preview of every region, rebuilt as files are saved. */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", descriptionKey = "serve.port")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS", descriptionKey = "serve.host")
    String host = PreviewOptions.LOCAL_HOST;

    ServeCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() throws InterruptedException {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        DiagnosticFormat format = site.format(cli, texts);
        BuildTime fixed = site.now == null ? null : site.now(cli, texts);
        if (port < 0 || port > 65535) {
            throw KringUsageException.of(cli, texts, "cli.port.invalid", port);
        }
        Path root = site.repository(cli, texts);
        PreviewOptions options = new PreviewOptions(root, site.regions, () -> fixed != null ? fixed : site.now(),
                host, port, format, texts);
        if (options.isPublic()) {
            err.println(texts.text("serve.public", host));
        }
        Preview preview;
        try {
            preview = Preview.start(options, out, err);
        } catch (UnknownRegionException e) {
            throw KringUsageException.of(cli, texts, e.message());
        } catch (CannotListenException e) {
            err.println(texts.text("cli.problem", e.message()));
            err.flush();
            return 2;
        }
        Thread stopper = Thread.ofPlatform().unstarted(preview::close);
        Runtime.getRuntime().addShutdownHook(stopper);  // Ctrl-C: end event streams, free the port
        out.println(texts.text("serve.started", preview.url()));
        out.flush();
        preview.join();
        return 0;
    }
}
