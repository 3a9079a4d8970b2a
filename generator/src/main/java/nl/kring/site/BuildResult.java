package nl.kring.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kring.diagnostic.Diagnostic;

/**
 * The outcome of a build or check: every problem found, what each region contains, and how long
 * each pipeline stage took.
 */
public record BuildResult(List<Diagnostic> diagnostics, List<RegionSummary> regions,
                          Map<String, Duration> stageTimes) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        regions = List.copyOf(regions);
        stageTimes = new LinkedHashMap<>(stageTimes);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
