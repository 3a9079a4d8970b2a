package nl.kring.benchmark.jmh;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import nl.kring.cli.Main;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.publish.LinkChecker;
import nl.kring.region.Region;
import nl.kring.render.ContentUrls;
import nl.kring.render.MarkdownRenderer;
import nl.kring.render.OutputFile;
import nl.kring.render.RegionRenderer;
import nl.kring.search.DutchAnalysis;
import nl.kring.search.SearchIndexer;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;
import nl.kring.source.MarkdownSyntax;

/**
 * The per-region stages of the build, each on its own, on the largest region of a generated corpus: what a
 * change to rendering, the search export or the link check costs, without JVM start-up, loading or disk.
 * Run with {@code bench/run --jmh RegionStages}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class RegionStages {

    /** The corpus size ({@code kring bench-corpus --size}); generated under bench/target/jmh/ when missing. */
    @Param({"medium"})
    public String size;

    private Path root;
    private SiteBuilder.Loaded site;
    private Region region;
    private MarkdownSyntax syntax;
    private MarkdownRenderer markdown;
    private ContentUrls urls;
    private SearchIndexer indexer;
    private List<OutputFile> files;

    @Setup(Level.Trial)
    public void load() {
        root = Path.of("bench/target/jmh", size).toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("site-config.yml"))) {
            int exit = Main.run(Map.of("KRING_LANG", "en"), new PrintWriter(System.out, true),
                    new PrintWriter(System.err, true), "bench-corpus", "--size", size, "--out", root.toString(), "--force");
            if (exit != 0) {
                throw new IllegalStateException("kring bench-corpus failed");
            }
        }
        site = new SiteBuilder().load(new BuildOptions(root, root.resolve("dist"), List.of(),
                new BuildTime.Local(LocalDateTime.parse("2026-11-23T12:00")), BuildOptions.Output.CHECK, false));
        if (site.failed()) {
            throw new IllegalStateException("the corpus has errors: " + site.diagnostics().sorted());
        }
        region = site.regions().stream().max(Comparator.comparingInt(r -> r.groupPages().size())).orElseThrow();
        syntax = new MarkdownSyntax();
        markdown = new MarkdownRenderer(syntax);
        urls = new ContentUrls(site.config(), site.content());
        indexer = new SearchIndexer(new DutchAnalysis(), syntax);
        files = render();
    }

    @Benchmark
    public List<OutputFile> render() {
        return new RegionRenderer(site.config(), region, site.themes().get(region.config().theme()), markdown, urls,
                site.now(), root, new Diagnostics()).render();
    }

    @Benchmark
    public SearchIndexer.Export searchExport() {
        return indexer.export(region, site.messages(region), site::municipalityName, null);
    }

    @Benchmark
    public Diagnostics linkCheck() {
        Diagnostics diagnostics = new Diagnostics();
        new LinkChecker(diagnostics).check(region.config(), files);
        return diagnostics;
    }
}
