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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import nl.kring.config.ConfigLoader;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.content.ContentLoader;
import nl.kring.content.GitDates;
import nl.kring.content.ReadCache;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.model.Content;
import nl.kring.model.Municipality;
import nl.kring.publish.LinkChecker;
import nl.kring.publish.OutputWriter;
import nl.kring.region.Region;
import nl.kring.region.RegionAssembler;
import nl.kring.render.ContentUrls;
import nl.kring.render.MarkdownRenderer;
import nl.kring.render.Messages;
import nl.kring.render.OutputFile;
import nl.kring.render.RegionOutput;
import nl.kring.render.RegionRenderer;
import nl.kring.render.RenderedPages;
import nl.kring.render.ThemeLoader;
import nl.kring.render.ThemeTemplates;
import nl.kring.search.DutchAnalysis;
import nl.kring.search.RegionSearchIndex;
import nl.kring.search.SearchIndexer;
import nl.kring.source.MarkdownSyntax;
import nl.kring.source.SourceReader;

/**
 * The build pipeline, one explicit and timed stage after another:
 * load config → load and validate content → assemble regions → render → index → check links → write.
 * Any error stops the pipeline before the write stage, so the previous output stays untouched.
 */
public final class SiteBuilder {

    private final MarkdownSyntax markdownSyntax = new MarkdownSyntax();
    private final MarkdownRenderer markdownRenderer = new MarkdownRenderer(markdownSyntax);
    private final SearchIndexer searchIndexer = new SearchIndexer(new DutchAnalysis(), markdownSyntax);

    /**
     * The site up to its assembled regions and loaded themes — what {@code build} renders and what
     * {@code kring search} indexes. Stops early (with the problems in {@code diagnostics}) when a stage fails.
     */
    public record Loaded(SiteConfig config, Content content, ReadCache files, LocalDateTime now, List<Region> regions,
                         Map<String, ThemeTemplates> themes, Diagnostics diagnostics, Map<String, Duration> times) {

        public boolean failed() {
            return config == null || diagnostics.hasErrors();
        }

        public Messages messages(Region region) {
            return themes.get(region.config().theme()).messages();
        }

        public String municipalityName(String slug) {
            return content.municipalities().stream().filter(m -> m.slug().equals(slug))
                    .map(Municipality::name).findFirst().orElse(slug);
        }
    }

    public Loaded load(BuildOptions options) {
        return load(options, BuildCache.EMPTY);
    }

    /** Loads, reusing from {@code cache} the content files whose bytes did not change and the themes it holds. */
    public Loaded load(BuildOptions options, BuildCache cache) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Duration> times = new LinkedHashMap<>();
        Path root = options.root();
        SourceReader reader = new SourceReader(root, diagnostics);

        Optional<SiteConfig> loadedConfig = timed(times, "load config", () ->
                new ConfigLoader(reader, diagnostics, ContentLoader.municipalityFolders(root)).load());
        if (loadedConfig.isEmpty()) {
            return new Loaded(null, null, null, null, List.of(), Map.of(), diagnostics, times);
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
        Map<String, ThemeTemplates> templatesByTheme = new HashMap<>(cache.themes());
        if (diagnostics.hasErrors()) {
            return new Loaded(config, content, loaded.cache(), now, regions, templatesByTheme, diagnostics, times);
        }
        ThemeLoader themes = new ThemeLoader(reader, diagnostics);
        for (RegionConfig region : selected) {
            if (!templatesByTheme.containsKey(region.theme())) {
                themes.load(region.theme(), SourcePosition.startOf(SiteConfig.FILE_NAME))
                        .ifPresent(theme -> templatesByTheme.put(region.theme(), new ThemeTemplates(theme, config.language())));
            }
        }
        return new Loaded(config, content, loaded.cache(), now, regions, templatesByTheme, diagnostics, times);
    }

    /** A region's search index, as the build exports it; the caller closes it. */
    public RegionSearchIndex searchIndex(Loaded site, Region region) {
        return searchIndexer.index(region, site.messages(region), site::municipalityName);
    }

    public BuildResult build(BuildOptions options) {
        return build(options, BuildCache.EMPTY);
    }

    /**
     * Builds, reusing from {@code cache} the themes it holds, every page whose inputs did not change and
     * every search export whose documents did not; the result carries the cache for the next build.
     */
    public BuildResult build(BuildOptions options, BuildCache cache) {
        Loaded site = load(options, cache);
        Diagnostics diagnostics = site.diagnostics();
        Map<String, Duration> times = site.times();
        List<RegionSummary> summaries = new ArrayList<>();
        if (site.failed()) {
            return new BuildResult(diagnostics.sorted(), summaries, times);
        }
        SiteConfig config = site.config();
        LocalDateTime now = site.now();
        List<Region> regions = site.regions();
        Path root = options.root();

        ContentUrls urls = new ContentUrls(config, site.content());
        Map<String, RegionOutput> rendered = new LinkedHashMap<>();
        Map<String, List<OutputFile>> outputs = new LinkedHashMap<>();
        Map<String, Duration> renderTimes = new HashMap<>();
        timed(times, "render", () -> {
            for (Region region : regions) {
                long start = System.nanoTime();
                RegionOutput output = new RegionRenderer(config, region, site.themes().get(region.config().theme()),
                        markdownRenderer, urls, now, root, diagnostics, options.servedAt(region.config()))
                        .render(cache.pagesOf(region.id()));
                rendered.put(region.id(), output);
                outputs.put(region.id(), output.files());
                renderTimes.put(region.id(), Duration.ofNanos(System.nanoTime() - start));
            }
            return null;
        });
        Map<String, SearchIndexer.Export> searches = new ConcurrentHashMap<>();
        timed(times, "index", () -> {
            regions.parallelStream().forEach(region -> searches.put(region.id(), searchIndexer.export(region,
                    site.messages(region), site::municipalityName, cache.search().get(region.id()))));
            regions.forEach(region -> outputs.put(region.id(), concat(outputs.get(region.id()),
                    searches.get(region.id()).files())));
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
        BuildCache next = new BuildCache(site.files(), site.themes(), pages, searches);
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

    private static List<OutputFile> concat(List<OutputFile> a, List<OutputFile> b) {
        List<OutputFile> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
