package nl.kring.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;
import nl.kring.site.UnknownRegionException;

/** Runs the pipeline for build and check and turns its result into output and an exit code. */
final class SiteRun {

    private SiteRun() {
    }

    static int run(CommandLine cli, Texts texts, SiteOptions site, Path out, boolean write) {
        PrintWriter err = cli.getErr();
        PrintWriter stdout = cli.getOut();
        DiagnosticFormat format = site.format(cli, texts);
        BuildTime now = site.now(cli, texts);
        Path root = site.repository(cli, texts);
        Path outDir = out == null ? root.resolve("dist") : out.toAbsolutePath().normalize();
        BuildResult result;
        try {
            result = new SiteBuilder().build(new BuildOptions(root, outDir, site.regions, now,
                    write ? BuildOptions.Output.WRITE : BuildOptions.Output.CHECK, false));
        } catch (UnknownRegionException e) {
            throw KringUsageException.of(cli, texts, e.message());
        }
        String problems = format.render(result.diagnostics(), texts);
        (format == DiagnosticFormat.TEXT ? err : stdout).print(problems);
        err.flush();
        stdout.flush();
        if (result.problemsElsewhere() > 0 && format == DiagnosticFormat.TEXT) {
            err.println(texts.count("summary.elsewhere", result.problemsElsewhere()));
            err.flush();
        }
        long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
        long warnings = result.diagnostics().size() - errors;
        if (!result.succeeded()) {
            err.println(texts.text(write ? "summary.failed.build" : "summary.failed.check",
                    Message.count("summary.errors", errors), Message.count("summary.warnings", warnings)));
            err.flush();
            return 1;
        }
        if (format == DiagnosticFormat.TEXT) {
            result.regions().forEach(r -> stdout.println(texts.text(write ? "summary.built" : "summary.checked",
                    r.line())));
            stdout.println(texts.text("summary.stages", result.stageTimes().entrySet().stream()
                    .map(e -> Message.of("summary.stage", Message.of("stage." + e.getKey()), e.getValue().toMillis()))
                    .toList()));
            stdout.println(write
                    ? texts.text("summary.wrote", outDir, Message.count("summary.warnings", warnings))
                    : texts.text("summary.noErrors", Message.count("summary.warnings", warnings)));
        }
        stdout.flush();
        return 0;
    }
}
