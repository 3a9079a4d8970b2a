package nl.kring.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kring check}: everything the build checks, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check all content (and the pages it makes) without writing anything.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Override
    public Integer call() {
        return SiteRun.run(spec.commandLine(), site, null, false);
    }
}
