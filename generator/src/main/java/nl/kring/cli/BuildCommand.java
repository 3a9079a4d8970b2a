package nl.kring.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.message.Texts;

/** {@code kring build}: checks everything, then writes one folder per region. */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "build.out")
    Path out;

    BuildCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        return SiteRun.run(spec.commandLine(), texts, site, out, true);
    }
}
