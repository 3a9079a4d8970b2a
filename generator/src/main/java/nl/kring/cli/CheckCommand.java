package nl.kring.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import nl.kring.message.Texts;

/** {@code kring check}: everything the build checks, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    private final Texts texts;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    CheckCommand(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        return SiteRun.run(spec.commandLine(), texts, site, null, false);
    }
}
