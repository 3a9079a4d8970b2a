package nl.kring.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kring build}: checks everything, then writes one folder per region. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check the content and build one site per region into dist/<region>/.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: dist/ in the repository).")
    Path out;

    @Override
    public Integer call() {
        return SiteRun.run(spec.commandLine(), site, out, true);
    }
}
