package nl.kring.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.serve.CannotListenException;
import nl.kring.serve.Preview;
import nl.kring.serve.PreviewOptions;
import nl.kring.site.BuildTime;
import nl.kring.site.UnknownRegionException;

/** {@code kring serve}: a live preview of every region, rebuilt as files are saved. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the sites at http://127.0.0.1:8080/<region>/, rebuilt and reloaded as you save.",
                "Problems show in the browser and here. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 8080).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: 127.0.0.1, only this computer).")
    String host = PreviewOptions.LOCAL_HOST;

    @Override
    public Integer call() throws InterruptedException {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        DiagnosticFormat format;
        BuildTime fixed;
        try {
            format = DiagnosticFormat.valueOf(site.format.toUpperCase(Locale.ROOT));
            fixed = site.now == null ? null : site.now();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage().startsWith("No enum constant")
                    ? "--format must be text, github or json, not '" + site.format + "'" : e.getMessage();
            throw new CommandLine.ParameterException(cli, message);
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(cli, "--port must be between 0 and 65535, not " + port);
        }
        Path root = site.absoluteRoot();
        if (!Files.isRegularFile(root.resolve("site-config.yml"))) {
            throw new CommandLine.ParameterException(cli, "no site-config.yml in " + root
                    + " (run kring in the repository's top folder or use --root)");
        }
        PreviewOptions options = new PreviewOptions(root, site.regions, () -> fixed != null ? fixed : site.now(),
                host, port, format);
        if (options.isPublic()) {
            err.println("kring: warning: listening on " + host + ": other computers on the network can see the preview, "
                    + "including unpublished content");
        }
        Preview preview;
        try {
            preview = Preview.start(options, out, err);
        } catch (UnknownRegionException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        } catch (CannotListenException e) {
            err.println("kring: " + e.getMessage());
            err.flush();
            return 2;
        }
        Thread stopper = Thread.ofPlatform().unstarted(preview::close);
        Runtime.getRuntime().addShutdownHook(stopper);  // Ctrl-C: end event streams, free the port
        out.println("Preview: " + preview.url() + "  (Ctrl-C stops)");
        out.flush();
        preview.join();
        return 0;
    }
}
