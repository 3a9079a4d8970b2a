package nl.kring.site;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import nl.kring.config.ConfigLoader;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.content.ContentLoader;
import nl.kring.content.GitDates;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.model.Content;
import nl.kring.publish.LinkChecker;
import nl.kring.publish.OutputWriter;
import nl.kring.region.Region;
import nl.kring.region.RegionAssembler;
import nl.kring.render.ContentUrls;
import nl.kring.render.MarkdownRenderer;
import nl.kring.render.OutputFile;
import nl.kring.render.RegionOutput;
import nl.kring.render.RegionRenderer;
import nl.kring.render.RenderedPages;
import nl.kring.render.ThemeLoader;
import nl.kring.render.ThemeTemplates;
import nl.kring.source.MarkdownSyntax;
import nl.kring.source.SourceReader;

/**
 * The build pipeline, one explicit and timed stage after another:
 * load config → load and validate content → assemble regions → render → check links → write.
 * Any error stops the pipeline before the write stage, so the previous output stays untouched.
 */
public final class SiteBuilder {

    private final MarkdownSyntax markdownSyntax = new MarkdownSyntax();
    private final MarkdownRenderer markdownRenderer = new MarkdownRenderer(markdownSyntax);

    public BuildResult build(BuildOptions options) {
        return build(options, BuildCache.EMPTY);
    }

    /**
     * Builds, reusing from {@code cache} the themes it holds and every page whose inputs did not
     * change; the result carries the cache for the next build.
     */
    public BuildResult build(BuildOptions options, BuildCache cache) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Duration> times = new LinkedHashMap<>();
        List<RegionSummary> summaries = new ArrayList<>();
        Path root = options.root();
        SourceReader reader = new SourceReader(root, diagnostics);

        Optional<SiteConfig> loadedConfig = timed(times, "load config", () ->
                new ConfigLoader(reader, diagnostics, ContentLoader.municipalityFolders(root)).load());
        if (loadedConfig.isEmpty()) {
            return new BuildResult(diagnostics.sorted(), summaries, times);
        }
        SiteConfig config = loadedConfig.get();
        LocalDateTime now = options.now().in(config.timezone());
        List<String> known = config.regions().stream().map(RegionConfig::id).toList();
        List<String> unknown = options.regions().stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownRegionException(unknown, known);
        }
        ContentLoader.Loaded loaded = timed(times, "load and validate content", () ->
                new ContentLoader(reader, diagnostics, markdownSyntax, GitDates.read(root, cache.files().gitDates()))
                        .load(config, now.toLocalDate(), cache.files()));
        Content content = loaded.content();

        List<RegionConfig> selected = config.regions().stream()
                .filter(r -> options.regions().isEmpty() || options.regions().contains(r.id())).toList();
        List<Region> regions = timed(times, "assemble regions", () -> {
            RegionAssembler assembler = new RegionAssembler(Locale.forLanguageTag(config.language()));
            return selected.stream().map(r -> assembler.assemble(r, content, now)).toList();
        });
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), summaries, times);
        }

        ThemeLoader themes = new ThemeLoader(reader, diagnostics);
        Map<String, ThemeTemplates> templatesByTheme = new HashMap<>(cache.themes());
        for (RegionConfig region : selected) {
            if (!templatesByTheme.containsKey(region.theme())) {
                themes.load(region.theme(), SourcePosition.startOf(SiteConfig.FILE_NAME))
                        .ifPresent(theme -> templatesByTheme.put(region.theme(), new ThemeTemplates(theme, config.language())));
            }
        }
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), summaries, times);
        }

        ContentUrls urls = new ContentUrls(config, content);
        Map<String, RegionOutput> rendered = new LinkedHashMap<>();
        Map<String, List<OutputFile>> outputs = new LinkedHashMap<>();
        Map<String, Duration> renderTimes = new HashMap<>();
        timed(times, "render", () -> {
            for (Region region : regions) {
                long start = System.nanoTime();
                RegionOutput output = new RegionRenderer(config, region, templatesByTheme.get(region.config().theme()),
                        markdownRenderer, urls, now, root, diagnostics, options.servedAt(region.config()))
                        .render(cache.pagesOf(region.id()));
                rendered.put(region.id(), output);
                outputs.put(region.id(), output.files());
                renderTimes.put(region.id(), Duration.ofNanos(System.nanoTime() - start));
            }
            return null;
        });
        timed(times, "check links", () -> {
            LinkChecker checker = new LinkChecker(diagnostics);
            regions.forEach(region -> checker.check(region.config(), outputs.get(region.id()),
                    options.servedAt(region.config()), linksToCheck(cache.pagesOf(region.id()), rendered.get(region.id()))));
            return null;
        });
        for (Region region : regions) {
            List<OutputFile> files = outputs.get(region.id());
            summaries.add(new RegionSummary(region.id(), region.config().name(),
                    (int) files.stream().filter(OutputFile::isHtml).count(), region.listedGroups().size(),
                    region.stories().size(), region.events().size(), renderTimes.get(region.id()),
                    rendered.get(region.id()).rendered()));
        }
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), summaries, times);
        }
        Map<String, RenderedPages> pages = new LinkedHashMap<>();
        rendered.forEach((id, output) -> pages.put(id, output.pages()));
        BuildCache next = new BuildCache(loaded.cache(), templatesByTheme, pages);
        if (!options.write()) {
            return new BuildResult(diagnostics.sorted(), summaries, times, outputs, next);
        }
        timed(times, "write", () -> {
            OutputWriter writer = new OutputWriter(options.outDir());
            Map<String, Path> staged = new LinkedHashMap<>();
            try {
                regions.forEach(region -> staged.put(region.id(), writer.stage(region.id(), outputs.get(region.id()))));
                writer.publish(staged);
            } catch (RuntimeException e) {
                writer.discard(staged);
                throw e;
            }
            return null;
        });
        return new BuildResult(diagnostics.sorted(), summaries, times, outputs, next);
    }

    /**
     * Which pages' links need checking: all of them on a first build or when pages came or went
     * (a link elsewhere may now lead nowhere), otherwise only the pages rendered again.
     */
    private static Predicate<OutputFile> linksToCheck(RenderedPages before, RegionOutput now) {
        if (now.reused() == 0 || !now.pages().sitePaths().equals(before.sitePaths())) {
            return file -> true;
        }
        Set<String> fresh = now.pages().freshFiles(before);
        return file -> fresh.contains(file.path());
    }

    private static <T> T timed(Map<String, Duration> times, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            times.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
