package nl.kring.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;
import nl.kring.site.UnknownRegionException;

/** Runs the pipeline for build and check and turns its result into output and an exit code. */
final class SiteRun {

    private SiteRun() {
    }

    static int run(CommandLine cli, SiteOptions site, Path out, boolean write) {
        PrintWriter err = cli.getErr();
        PrintWriter stdout = cli.getOut();
        DiagnosticFormat format;
        BuildTime now;
        try {
            format = DiagnosticFormat.valueOf(site.format.toUpperCase(Locale.ROOT));
            now = site.now();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage().startsWith("No enum constant")
                    ? "--format must be text, github or json, not '" + site.format + "'" : e.getMessage();
            throw new CommandLine.ParameterException(cli, message);
        }
        Path root = site.absoluteRoot();
        if (!Files.isRegularFile(root.resolve("site-config.yml"))) {
            throw new CommandLine.ParameterException(cli, "no site-config.yml in " + root
                    + " (run kring in the repository's top folder or use --root)");
        }
        Path outDir = out == null ? root.resolve("dist") : out.toAbsolutePath().normalize();
        BuildResult result;
        try {
            result = new SiteBuilder().build(new BuildOptions(root, outDir, site.regions, now,
                    write ? BuildOptions.Output.WRITE : BuildOptions.Output.CHECK, false));
        } catch (UnknownRegionException e) {
            throw new CommandLine.ParameterException(cli, e.getMessage());
        }
        String problems = format.render(result.diagnostics());
        (format == DiagnosticFormat.TEXT ? err : stdout).print(problems);
        err.flush();
        stdout.flush();
        long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
        long warnings = result.diagnostics().size() - errors;
        if (!result.succeeded()) {
            err.printf("kring: %d error(s), %d warning(s); %s%n", errors, warnings,
                    write ? "nothing was written, the previous output is unchanged" : "fix the errors above");
            err.flush();
            return 1;
        }
        if (format == DiagnosticFormat.TEXT) {
            result.regions().forEach(r -> stdout.println((write ? "built   " : "checked ") + r.line()));
            stdout.println("stages: " + result.stageTimes().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms")
                    .collect(java.util.stream.Collectors.joining(", ")));
            stdout.printf("%s, %d warning(s)%n", write ? "wrote " + outDir : "no errors", warnings);
        }
        stdout.flush();
        return 0;
    }
}
