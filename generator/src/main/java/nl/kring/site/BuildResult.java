package nl.kring.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.render.OutputFile;
import nl.kring.search.SearchIndexer;

/**
 * The outcome of a build or check: every problem found, what each region contains, and how long
 * each pipeline stage took.
 *
 * @param outputs each region's files (by region id), when rendering succeeded; empty otherwise
 * @param cache   what the next build in this process may reuse ({@link BuildCache#EMPTY} after a failure)
 * @param pendingSearch the preview's regions whose search export is out of date: {@code outputs} holds
 *                the previous export, and each supplier makes the new one (see {@link SiteBuilder})
 * @param drafts  the paths of the drafts ({@code draft: true}) the content has: the preview lists their
 *                problems, which are warnings, apart from the others
 * @param problemsElsewhere how many problems {@code kring check --region} left out: they are in files
 *                only other regions' sites use
 */
public record BuildResult(List<Diagnostic> diagnostics, List<RegionSummary> regions,
                          Map<String, Duration> stageTimes, Map<String, List<OutputFile>> outputs, BuildCache cache,
                          Map<String, Supplier<SearchIndexer.Export>> pendingSearch, java.util.Set<String> drafts,
                          int problemsElsewhere) {

    public BuildResult(List<Diagnostic> diagnostics, List<RegionSummary> regions,
                       Map<String, Duration> stageTimes, Map<String, List<OutputFile>> outputs, BuildCache cache,
                       Map<String, Supplier<SearchIndexer.Export>> pendingSearch) {
        this(diagnostics, regions, stageTimes, outputs, cache, pendingSearch, java.util.Set.of(), 0);
    }

    /** This result, saying how many problems {@code kring check --region} left out (files of other regions). */
    public BuildResult withProblemsElsewhere(int count) {
        return new BuildResult(diagnostics, regions, stageTimes, outputs, cache, pendingSearch, drafts, count);
    }

    public BuildResult {
        pendingSearch = Map.copyOf(pendingSearch);
        drafts = java.util.Set.copyOf(drafts);
        diagnostics = List.copyOf(diagnostics);
        regions = List.copyOf(regions);
        stageTimes = new LinkedHashMap<>(stageTimes);
        outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    public BuildResult(List<Diagnostic> diagnostics, List<RegionSummary> regions, Map<String, Duration> stageTimes) {
        this(diagnostics, regions, stageTimes, Map.of(), BuildCache.EMPTY, Map.of());
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
