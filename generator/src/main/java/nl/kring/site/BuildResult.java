package nl.kring.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.render.OutputFile;

/**
 * The outcome of a build or check: every problem found, what each region contains, and how long
 * each pipeline stage took.
 *
 * @param outputs each region's files (by region id), when rendering succeeded; empty otherwise
 * @param cache   what the next build in this process may reuse ({@link BuildCache#EMPTY} after a failure)
 */
public record BuildResult(List<Diagnostic> diagnostics, List<RegionSummary> regions,
                          Map<String, Duration> stageTimes, Map<String, List<OutputFile>> outputs, BuildCache cache) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        regions = List.copyOf(regions);
        stageTimes = new LinkedHashMap<>(stageTimes);
        outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    public BuildResult(List<Diagnostic> diagnostics, List<RegionSummary> regions, Map<String, Duration> stageTimes) {
        this(diagnostics, regions, stageTimes, Map.of(), BuildCache.EMPTY);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
