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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;

import nl.kring.config.ConfigLoader;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.config.StatementDates;
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
import nl.kring.region.RegionFiles;
import nl.kring.render.ContentUrls;
import nl.kring.render.MarkdownRenderer;
import nl.kring.render.MeetingDates;
import nl.kring.render.Messages;
import nl.kring.render.OutputFile;
import nl.kring.render.RegionOutput;
import nl.kring.render.RegionRenderer;
import nl.kring.render.RenderedPages;
import nl.kring.render.SharedBodies;
import nl.kring.render.ThemeLoader;
import nl.kring.render.ThemeTemplates;
import nl.kring.search.DutchAnalysis;
import nl.kring.search.RegionSearchIndex;
import nl.kring.search.SearchIndexer;
import nl.kring.search.SharedDocuments;
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
    /** Made when first needed: {@code kring check} makes no search export, so it never loads Lucene. */
    private SearchIndexer searchIndexer;
    /** One per site language, kept between the preview's builds with the collation keys it computed. */
    private final Map<String, RegionAssembler> assemblers = new ConcurrentHashMap<>();

    /**
     * The site up to its assembled regions and loaded themes — what {@code build} renders and what
     * {@code kring search} indexes. Stops early (with the problems in {@code diagnostics}) when a stage fails.
     *
     * @param municipalityNames derived from {@code content}: names by slug, for {@link #municipalityName}, which
     *                          the search asks for every municipality of every region at each preview save
     */
    public record Loaded(SiteConfig config, Content content, ReadCache files, LocalDateTime now, List<Region> regions,
                         Map<String, ThemeTemplates> themes, Diagnostics diagnostics, Map<String, Duration> times,
                         int problemsElsewhere, Map<String, String> municipalityNames) {

        Loaded(SiteConfig config, Content content, ReadCache files, LocalDateTime now, List<Region> regions,
               Map<String, ThemeTemplates> themes, Diagnostics diagnostics, Map<String, Duration> times,
               int problemsElsewhere) {
            this(config, content, files, now, regions, themes, diagnostics, times, problemsElsewhere,
                    content == null ? Map.of() : content.municipalities().stream()
                            .collect(java.util.stream.Collectors.toMap(Municipality::slug, Municipality::name, (a, b) -> a)));
        }

        public boolean failed() {
            return config == null || diagnostics.hasErrors();
        }

        /** This site without what each content file's bytes became, which only a next build could reuse. */
        Loaded withoutFiles() {
            return new Loaded(config, content, ReadCache.EMPTY, now, regions, themes, diagnostics, times,
                    problemsElsewhere, municipalityNames);
        }

        public Messages messages(Region region) {
            return themes.get(region.config().theme()).messages();
        }

        public String municipalityName(String slug) {
            return municipalityNames.getOrDefault(slug, slug);
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

        Optional<SiteConfig> loadedConfig = timed(times, "config", () ->
                new ConfigLoader(reader, diagnostics, ContentLoader.municipalityFolders(root)).load());
        if (loadedConfig.isEmpty()) {
            return new Loaded(null, null, null, null, List.of(), Map.of(), diagnostics, times, 0);
        }
        SiteConfig config = loadedConfig.get();
        LocalDateTime now = options.now().in(config.timezone());
        StatementDates.check(config, now.toLocalDate(), diagnostics);
        List<String> known = config.regions().stream().map(RegionConfig::id).toList();
        List<String> unknown = options.regions().stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownRegionException(unknown, known);
        }
        ContentLoader.Loaded loaded = timed(times, "content", () ->
                new ContentLoader(reader, diagnostics, markdownSyntax, GitDates.read(root, cache.files().gitDates()))
                        .load(config, now.toLocalDate(), cache.files(), options.preview()));
        Content content = loaded.content();

        List<RegionConfig> selected = config.regions().stream()
                .filter(r -> options.regions().isEmpty() || options.regions().contains(r.id())).toList();
        List<Region> regions = timed(times, "regions", () -> {
            RegionAssembler assembler = assemblers.computeIfAbsent(config.language(),
                    language -> new RegionAssembler(Locale.forLanguageTag(language)));
            return selected.stream().map(r -> assembler.assemble(r, content, now)).toList();
        });
        int elsewhere = 0;
        Diagnostics shown = diagnostics;
        if (options.output() == BuildOptions.Output.CHECK && !options.regions().isEmpty()) {
            // check --region: the problems of the files the chosen regions' sites use; the others are only counted
            RegionFiles files = new RegionFiles(regions);
            List<nl.kring.diagnostic.Diagnostic> all = diagnostics.sorted();
            shown = new Diagnostics(diagnostics.sources());
            shown.addAll(all.stream().filter(d -> files.uses(d.position().path())).toList());
            elsewhere = all.size() - shown.sorted().size();
        }
        Map<String, ThemeTemplates> templatesByTheme = new HashMap<>(cache.themes());
        if (shown.hasErrors()) {
            return new Loaded(config, content, loaded.cache(), now, regions, templatesByTheme, shown, times,
                    elsewhere);
        }
        ThemeLoader themes = new ThemeLoader(new SourceReader(root, shown), shown);
        for (RegionConfig region : selected) {
            if (!templatesByTheme.containsKey(region.theme())) {
                themes.load(region.theme(), SourcePosition.startOf(SiteConfig.FILE_NAME))
                        .ifPresent(theme -> templatesByTheme.put(region.theme(), new ThemeTemplates(theme, config.language())));
            }
        }
        return new Loaded(config, content, loaded.cache(), now, regions, templatesByTheme, shown, times,
                elsewhere);
    }

    private synchronized SearchIndexer searchIndexer() {
        if (searchIndexer == null) {
            searchIndexer = new SearchIndexer(new DutchAnalysis(), markdownSyntax);
        }
        return searchIndexer;
    }

    /** A region's search index, as the build exports it; the caller closes it. */
    public RegionSearchIndex searchIndex(Loaded site, Region region) {
        return searchIndexer().index(region, site.messages(region), site::municipalityName);
    }

    public BuildResult build(BuildOptions options) {
        return build(options, BuildCache.EMPTY);
    }

    /**
     * Builds, reusing from {@code cache} the themes it holds, every page whose inputs did not change and
     * every search export whose documents did not; the result carries the cache for the next build.
     * <p>
     * Regions go through render → index → check links → write one after another, and only a region's
     * own files are in memory at a time (unless {@link BuildOptions#keep()}): memory grows with the
     * largest region, not with the whole network. The pages of a region render in parallel while the
     * next region's search index is built on another thread. A preview rebuild, which holds every region
     * anyway, builds the regions side by side. Staged regions are published together at the end, and only
     * when no region had an error.
     */
    public BuildResult build(BuildOptions options, BuildCache cache) {
        Loaded loaded = load(options, cache);
        // every content file's bytes and what they became: only a next build in the same process reuses them
        Loaded site = options.keep() ? loaded : loaded.withoutFiles();
        int problemsElsewhere = site.problemsElsewhere();
        Diagnostics diagnostics = site.diagnostics();
        Map<String, Duration> times = site.times();
        List<RegionSummary> summaries = new ArrayList<>();
        if (site.failed()) {
            return new BuildResult(diagnostics.sorted(), summaries, times).withProblemsElsewhere(problemsElsewhere);
        }
        ContentUrls urls = new ContentUrls(site.config(), site.content());
        SharedBodies sharedBodies = new SharedBodies();
        // the preview's groups whose files did not change are the same objects as last time: their dates are known
        MeetingDates meetings = options.keep() && cache.meetings() != null
                ? cache.meetings().keptFor(site.content().groups(), site.now().toLocalDate()) : new MeetingDates();
        SharedDocuments sharedDocuments = !options.keep() ? SharedDocuments.forOneBuild()
                : cache.documents() != null ? cache.documents() : SharedDocuments.forEveryItem();
        Map<String, Supplier<SearchIndexer.Export>> pendingSearch = new LinkedHashMap<>();
        OutputWriter writer = options.write() ? new OutputWriter(options.outDir()) : null;
        Map<String, Path> staged = new LinkedHashMap<>();
        Map<String, List<OutputFile>> kept = new LinkedHashMap<>();
        Map<String, RenderedPages> pages = new LinkedHashMap<>();
        Map<String, SearchIndexer.Export> searches = new LinkedHashMap<>();
        ExecutorService indexThread = Executors.newSingleThreadExecutor(work -> Thread.ofPlatform()
                .name("kring-index").daemon().unstarted(work));
        try {
            List<Region> regions = site.regions();
            Map<String, RegionSearch> indexing = new HashMap<>();
            // a preview rebuild has every region's output in memory already, and mostly plans and compares pages
            // that stay as they were, one thread per region: an online group listed in every region made its
            // 30 regions do that one after another on one core
            List<RegionBuild> together = options.keep() && !cache.pages().isEmpty()
                    ? regions.parallelStream().map(region -> buildRegion(site, region, urls, sharedBodies, meetings,
                            search(site, region, options, cache, sharedDocuments, times, indexThread), options, cache,
                            times)).toList()
                    : null;
            for (int i = 0; i < regions.size(); i++) {
                Region region = regions.get(i);
                RegionBuild built;
                if (together != null) {
                    built = together.get(i);
                } else {
                    // this region's export, and the next one's ahead of time: two at most, so memory stays small
                    for (Region next : regions.subList(i, Math.min(i + 2, regions.size()))) {
                        indexing.computeIfAbsent(next.id(),
                                id -> search(site, next, options, cache, sharedDocuments, times, indexThread));
                    }
                    built = buildRegion(site, region, urls, sharedBodies, meetings, indexing.remove(region.id()),
                            options, cache, times);
                }
                summaries.add(built.summary());
                if (writer != null && !diagnostics.hasErrors()) {
                    staged.put(region.id(), stage(times, "write", () -> writer.stage(region.id(), built.files())));
                }
                if (options.keep()) {
                    kept.put(region.id(), built.files());
                    pages.put(region.id(), built.output().pages());
                    searches.put(region.id(), built.search());
                }
                if (built.pendingSearch() != null) {
                    pendingSearch.put(region.id(), built.pendingSearch());
                }
            }
            if (diagnostics.hasErrors()) {
                if (writer != null) {
                    writer.discard(staged);
                }
                return new BuildResult(diagnostics.sorted(), summaries, times).withProblemsElsewhere(problemsElsewhere);
            }
            if (writer != null) {
                stage(times, "write", () -> {
                    writer.publish(staged);
                    return null;
                });
            }
        } catch (RuntimeException | Error e) {
            // also when the JVM runs out of memory half-way: no staged region stays behind in the output folder
            if (writer != null) {
                writer.discard(staged);
            }
            throw e;
        } finally {
            indexThread.shutdownNow();
        }
        BuildCache next = options.keep()
                ? new BuildCache(site.files(), site.themes(), pages, searches, sharedDocuments, meetings) : BuildCache.EMPTY;
        Set<String> drafts = new java.util.TreeSet<>();
        site.content().unpublished().forEach((path, publication) -> {
            if (publication.draft()) {
                drafts.add(path);
            }
        });
        return new BuildResult(diagnostics.sorted(), summaries, times, kept, next, pendingSearch, drafts, problemsElsewhere);
    }

    /**
     * One region's files, what made them, and its line in the summary.
     *
     * @param pendingSearch makes the region's new search export when the preview deferred it, else null
     */
    private record RegionBuild(RegionOutput output, SearchIndexer.Export search, List<OutputFile> files,
                               RegionSummary summary, Supplier<SearchIndexer.Export> pendingSearch) {
    }

    /**
     * A region's search export under way, or the previous one kept. {@code pending} makes the new export
     * when the preview deferred it (else null).
     */
    private record RegionSearch(CompletableFuture<SearchIndexer.Export> export, Supplier<SearchIndexer.Export> pending) {

        /**
         * {@code kring check} makes no search export: it cannot find a problem there (the export is made from
         * content checked before, and holds no links), and indexing was half of a small site's check. Its files
         * matter to the check only as link targets, and no page can know their hashed names, only the entry's
         * ({@link #LINK_TARGETS}).
         */
        static final RegionSearch NOT_MADE = new RegionSearch(null, null);

        /** What stands in for a search export that was not made: its entry, the one name a page can link to. */
        static final List<OutputFile> LINK_TARGETS = List.of(new OutputFile(SearchIndexer.ENTRY, new byte[0], null));
    }

    private RegionSearch search(Loaded site, Region region, BuildOptions options, BuildCache cache,
                                SharedDocuments sharedDocuments, Map<String, Duration> times, Executor indexThread) {
        return options.output() == BuildOptions.Output.CHECK ? RegionSearch.NOT_MADE
                : startSearch(site, region, options, cache, sharedDocuments, times, indexThread);
    }

    /**
     * Starts a region's search export on the indexing thread: the index needs only the region's content, so
     * it is built while the pages of the region before it render, and both cores stay busy. The preview does
     * not wait for a changed export: it shows the edit at once with the previous one and makes the new export
     * afterwards.
     */
    private RegionSearch startSearch(Loaded site, Region region, BuildOptions options, BuildCache cache,
                                     SharedDocuments sharedDocuments, Map<String, Duration> times,
                                     Executor indexThread) {
        SearchIndexer.Export previous = cache.search().get(region.id());
        SearchIndexer searchIndexer = searchIndexer();
        Supplier<SearchIndexer.Export> fresh = () -> searchIndexer.export(region, site.messages(region),
                site::municipalityName, previous, sharedDocuments);
        boolean current = options.preview() && previous != null && searchIndexer.isSurelyCurrent(previous, region,
                site.messages(region), site::municipalityName);
        boolean deferred = options.preview() && previous != null && !current;
        return current || deferred
                ? new RegionSearch(CompletableFuture.completedFuture(previous), deferred ? fresh : null)
                : new RegionSearch(CompletableFuture.supplyAsync(() -> stage(times, "index", fresh), indexThread), null);
    }

    private RegionBuild buildRegion(Loaded site, Region region, ContentUrls urls, SharedBodies sharedBodies,
                                    MeetingDates meetings, RegionSearch search, BuildOptions options, BuildCache cache,
                                    Map<String, Duration> times) {
        long start = System.nanoTime();
        Diagnostics diagnostics = site.diagnostics();
        RegionOutput output = stage(times, "render", () -> new RegionRenderer(site.config(), region,
                site.themes().get(region.config().theme()), markdownRenderer, urls, site.now(), options.root(),
                diagnostics, options.servedAt(region.config()), sharedBodies, meetings,
                options.output() != BuildOptions.Output.CHECK, options.keep()).render(cache.pagesOf(region.id())));
        SearchIndexer.Export export = search.export() == null ? null : joined(search.export());
        List<OutputFile> files = concat(output.files(), export == null ? RegionSearch.LINK_TARGETS : export.files());
        Predicate<OutputFile> toCheck = linksToCheck(cache.pagesOf(region.id()), output);
        if (toCheck != null) {
            stage(times, "links", () -> {
                new LinkChecker(diagnostics).check(region.config(), files, options.servedAt(region.config()), toCheck);
                return null;
            });
        }
        int html = output.pages().htmlFiles()
                + (int) (export == null ? 0 : export.files().stream().filter(OutputFile::isHtml).count());
        RegionSummary summary = new RegionSummary(region.id(), region.config().name(), html, region.listedGroups().size(),
                region.stories().size(), region.events().size(), Duration.ofNanos(System.nanoTime() - start),
                output.rendered());
        return new RegionBuild(output, export, files, summary, search.pending());
    }

    /**
     * Which pages' links need checking: all of them on a first build or when pages came or went
     * (a link elsewhere may now lead nowhere), otherwise only the pages rendered again; none (null) when the
     * region's pages were kept whole.
     */
    private static Predicate<OutputFile> linksToCheck(RenderedPages before, RegionOutput now) {
        if (now.pages() == before) {
            return null;
        }
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

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Runs one region's part of a stage and adds its time to the stage's total. */
    private static <T> T stage(Map<String, Duration> times, String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            synchronized (times) {
                times.merge(stage, took, Duration::plus);
            }
        }
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
