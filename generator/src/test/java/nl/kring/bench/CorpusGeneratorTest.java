package nl.kring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.RegionSummary;
import nl.kring.site.SiteBuilder;
import nl.kring.testing.KringCli;

/**
 * The benchmark corpus is only worth measuring if it is a valid, realistic site, and only comparable
 * across runs if it is the same every time.
 */
class CorpusGeneratorTest {

    private static final Path THEME = Path.of("..", "themes", "default");
    private static final LocalDateTime NOW = CorpusOptions.DEFAULT_START.atTime(12, 0);

    @TempDir
    Path dir;

    @Test
    void smallCorpusBuildsWithoutErrorsWithPagesForEveryRegionAndMunicipality() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        CorpusGenerator.Summary summary = new CorpusGenerator(CorpusOptions.of(CorpusSize.SMALL, 1)).generate(site, THEME);
        assertThat(summary.groups()).isEqualTo(200);
        assertThat(summary.stories()).isEqualTo(50);
        assertThat(summary.events()).isEqualTo(20);

        Path out = dir.resolve("dist");
        BuildResult result = new SiteBuilder().build(new BuildOptions(site, out, List.of(), new BuildTime.Local(NOW), true));

        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english()))).isEmpty();
        // Warnings are rare and realistic: a few stale groups or a missing number of facilitators.
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.headline(Texts.english()))
                .containsAnyOf("may be out of date", "facilitators"));
        assertThat(result.diagnostics()).hasSizeLessThan(10);
        assertThat(result.regions()).hasSize(3).allSatisfy(region -> {
            assertThat(region.groups()).isPositive();
            assertThat(out.resolve(region.id()).resolve("index.html")).isRegularFile();
            assertThat(out.resolve(region.id()).resolve("groepen/index.html")).isRegularFile();
        });
        assertThat(result.regions().stream().mapToInt(RegionSummary::stories).sum()).isEqualTo(50);

        String config = Files.readString(site.resolve("site-config.yml"));
        for (String region : result.regions().stream().map(RegionSummary::id).toList()) {
            for (String municipality : municipalitiesOf(config, region)) {
                assertThat(out.resolve(region).resolve(municipality).resolve("index.html")).isRegularFile();
            }
        }
        // An online group of one region is listed, with its own page, in every region's site.
        Path online = groupFiles(site).stream().filter(f -> read(f).contains("\nregions: all\n")).findFirst().orElseThrow();
        String municipality = site.resolve("content").relativize(online).getName(0).toString();
        String slug = online.getFileName().toString().replace(".md", "");
        for (RegionSummary region : result.regions()) {
            assertThat(out.resolve(region.id()).resolve(municipality + "/groepen/" + slug + "/index.html")).isRegularFile();
        }
    }

    @Test
    void sameOptionsGiveByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        CorpusOptions options = new CorpusOptions(2, 5, 60, 12, 8, 7, CorpusOptions.DEFAULT_START);
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path other = dir.resolve("other");
        new CorpusGenerator(options).generate(first, THEME);
        new CorpusGenerator(options).generate(second, THEME);
        new CorpusGenerator(new CorpusOptions(2, 5, 60, 12, 8, 8, CorpusOptions.DEFAULT_START)).generate(other, THEME);

        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        for (String path : a.keySet()) {
            assertThat(b.get(path)).as(path).isEqualTo(a.get(path));
        }
        assertThat(new String(files(other).get("site-config.yml"), StandardCharsets.UTF_8))
                .isNotEqualTo(new String(a.get("site-config.yml"), StandardCharsets.UTF_8));
    }

    @Test
    void groupsComeInEveryStatusAndFormatWithSomeOnlineInAllRegions() throws IOException {
        Path site = dir.resolve("site");
        new CorpusGenerator(new CorpusOptions(4, 12, 600, 0, 0, 3, CorpusOptions.DEFAULT_START)).generate(site, THEME);
        List<String> groups = groupFiles(site).stream().map(CorpusGeneratorTest::read).toList();
        assertThat(groups).hasSize(600);
        for (String status : List.of("active", "starting", "full", "paused", "ended")) {
            assertThat(groups).anySatisfy(g -> assertThat(g).contains("\nstatus: " + status + "\n"));
        }
        for (String format : List.of("in-person", "online", "hybrid")) {
            assertThat(groups).anySatisfy(g -> assertThat(g).contains("\nformat: " + format + "\n"));
        }
        long online = groups.stream().filter(g -> g.contains("\nformat: online\n")).count();
        assertThat(groups.stream().filter(g -> g.contains("\nregions: all\n")).count()).isEqualTo(online);
        assertThat(online).isBetween(600 * 5 / 100L, 600 * 10 / 100L);
        assertThat(groups).anySatisfy(g -> assertThat(g).containsPattern("\nregions: \\[[a-z-]+\\]\n"));
        assertThat(groups).anySatisfy(g -> assertThat(g).contains("  private: true\n"));
        assertThat(groups).anySatisfy(g -> assertThat(g).contains("  rrule: FREQ=MONTHLY;BYDAY="));
        assertThat(String.join("\n", groups)).contains("financiële", "één", "Café", "mantelzorgers", "schuldhulpverlening");
    }

    @Test
    void regionsDifferInSizeLikeARealCountry() {
        CorpusPlan plan = new CorpusPlan(CorpusOptions.of(CorpusSize.LARGE, 1));
        assertThat(plan.regions).hasSize(30);
        assertThat(plan.municipalities).hasSize(350);
        assertThat(plan.groups).hasSize(20_000);
        int largest = plan.regions.stream().mapToInt(r -> r.municipalities().size()).max().orElseThrow();
        assertThat(largest).isGreaterThan(2 * 350 / 30);
        assertThat(plan.municipalities).extracting(CorpusPlan.Municipality::slug).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(CorpusPlan.RESERVED_SLUGS)
                .allMatch(slug -> slug.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void commandRefusesAFolderThatIsNotEmptyUnlessForced() throws IOException {
        Path out = dir.resolve("corpus");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.txt"), "old");
        String[] args = {"bench-corpus", "--out", out.toString(), "--theme", THEME.toString(), "--municipalities", "3",
                "--regions", "2", "--groups", "10", "--stories", "2", "--events", "2"};
        StringWriter err = new StringWriter();
        assertThat(run(err, args)).isEqualTo(2);
        assertThat(err.toString()).contains("is niet leeg; gebruik --force");
        assertThat(out.resolve("old.txt")).isRegularFile();

        String[] forced = Stream.concat(Stream.of(args), Stream.of("--force")).toArray(String[]::new);
        assertThat(run(err, forced)).isZero();
        assertThat(out.resolve("old.txt")).doesNotExist();
        assertThat(out.resolve("site-config.yml")).isRegularFile();
        assertThat(groupFiles(out)).hasSize(10);
    }

    private static int run(StringWriter err, String... args) {
        return KringCli.run(new StringWriter(), err, args);
    }

    private static List<String> municipalitiesOf(String config, String region) {
        Matcher m = Pattern.compile("- id: " + Pattern.quote(region) + "\n(?:.*\n)*?    municipalities: \\[(.*)]").matcher(config);
        assertThat(m.find()).isTrue();
        return List.of(m.group(1).split(", "));
    }

    private static List<Path> groupFiles(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            return walk.filter(p -> p.getParent().getFileName().toString().equals("groups")).sorted().toList();
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(paths::add);
        }
        for (Path path : paths) {
            files.put(root.relativize(path).toString(), Files.readAllBytes(path));
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
