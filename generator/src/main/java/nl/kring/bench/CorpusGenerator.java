package nl.kring.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import nl.kring.bench.CorpusPlan.Group;
import nl.kring.bench.CorpusPlan.Municipality;
import nl.kring.bench.CorpusPlan.Region;
import nl.kring.bench.CorpusPlan.Status;
import nl.kring.source.TextFormats;

/**
 * Writes a synthetic but realistic site for benchmarks: {@code site-config.yml}, {@code content/} and
 * the default theme. The same options give byte-identical files: every random choice comes from a
 * seeded {@link SplittableRandom} per item, and everything is written in a fixed order.
 */
public final class CorpusGenerator {

    /** The network pages, copied from the sample content with its example group link made a placeholder. */
    private static final List<String> NETWORK_PAGES = List.of("een-groep-starten", "over-zelfhulp", "privacy",
            "toegankelijkheid", "voor-verwijzers");

    private static final int GROUP_TEXT = 2;
    private static final int STORY = 3;
    private static final int EVENT = 4;
    private static final int TOWN = 5;

    /** What was written. */
    public record Summary(long files, long bytes, int regions, int municipalities, int groups, int stories,
                          int events, int localPages) {
    }

    private final CorpusOptions options;

    public CorpusGenerator(CorpusOptions options) {
        this.options = options;
    }

    /**
     * Writes the corpus into {@code out}, which must exist and be empty.
     *
     * @param theme the theme folder to copy to {@code themes/default/} (the site must be buildable on its own)
     */
    public Summary generate(Path out, Path theme) {
        if (!Files.isDirectory(theme)) {
            throw new IllegalArgumentException("no theme folder at " + theme);
        }
        CorpusPlan plan = new CorpusPlan(options);
        CorpusFiles files = new CorpusFiles(out);
        files.write("site-config.yml", siteConfig(plan));
        files.write("content/topics.yml", CorpusFiles.resource("topics.yml"));
        Group example = exampleGroup(plan);
        for (String page : NETWORK_PAGES) {
            String text = CorpusFiles.resource("pages/" + page + ".md")
                    .replace("{{voorbeeldgroep}}", "../" + example.municipality().slug() + "/groups/" + example.slug() + ".md")
                    .replace("{{voorbeeldgroepnaam}}", "de groep " + example.name());
            files.write("content/pages/" + page + ".md", text);
        }
        files.copyTree(theme, "themes/default");

        GroupWriter groupWriter = new GroupWriter(options.start());
        StoryWriter storyWriter = new StoryWriter(options.start());
        EventWriter eventWriter = new EventWriter(options.start());
        // Each file's text depends only on the seed and the item's number, never on what was written
        // before, so municipalities can be written in parallel and the files are still the same.
        int[] firstStory = new int[plan.municipalities.size()];
        int[] firstEvent = new int[plan.municipalities.size()];
        for (int m = 1; m < plan.municipalities.size(); m++) {
            firstStory[m] = firstStory[m - 1] + plan.municipalities.get(m - 1).storyCount();
            firstEvent[m] = firstEvent[m - 1] + plan.municipalities.get(m - 1).eventCount();
        }
        AtomicInteger localPages = new AtomicInteger();
        plan.municipalities.parallelStream().forEach(town -> {
            String folder = "content/" + town.slug() + "/";
            List<Group> groups = plan.groupsByMunicipality.get(town.index());
            SplittableRandom townRandom = new SplittableRandom(CorpusPlan.seed(options.seed(), TOWN, town.index()));
            List<String> pages = TownWriter.localPages(townRandom);
            files.write(folder + "municipality.yml", TownWriter.municipality(town, groups, pages, townRandom));
            for (String page : pages) {
                files.write(folder + "pages/" + page + ".md", TownWriter.page(page, town, groups, townRandom));
                localPages.incrementAndGet();
            }
            for (Group group : groups) {
                SplittableRandom random = new SplittableRandom(CorpusPlan.seed(options.seed(), GROUP_TEXT, group.index()));
                files.write(folder + "groups/" + group.slug() + ".md", groupWriter.write(group, groups, random));
            }
            Set<String> storySlugs = new HashSet<>();
            for (int s = 0; s < town.storyCount(); s++) {
                int index = firstStory[town.index()] + s;
                SplittableRandom random = new SplittableRandom(CorpusPlan.seed(options.seed(), STORY, index));
                StoryWriter.Planned planned = StoryWriter.plan(groups, random);
                String slug = unique(TextFormats.slugOf(planned.title()), storySlugs);
                files.write(folder + "stories/" + slug + ".md", storyWriter.write(planned, town, random));
            }
            Set<String> eventSlugs = new HashSet<>();
            for (int e = 0; e < town.eventCount(); e++) {
                int index = firstEvent[town.index()] + e;
                SplittableRandom random = new SplittableRandom(CorpusPlan.seed(options.seed(), EVENT, index));
                EventWriter.Planned planned = eventWriter.plan(random);
                String slug = unique(TextFormats.slugOf(planned.title()), eventSlugs);
                files.write(folder + "events/" + slug + ".md", eventWriter.write(planned, town, groups, random));
            }
        });
        int stories = plan.municipalities.stream().mapToInt(Municipality::storyCount).sum();
        int events = plan.municipalities.stream().mapToInt(Municipality::eventCount).sum();
        return new Summary(files.files(), files.bytes(), plan.regions.size(), plan.municipalities.size(),
                plan.groups.size(), stories, events, localPages.get());
    }

    private static String unique(String base, Set<String> taken) {
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** The group the network pages show as an example of a bereavement group: a listed one on "rouw" if any. */
    private static Group exampleGroup(CorpusPlan plan) {
        Group fallback = plan.groups.get(0);
        for (Group group : plan.groups) {
            if (group.status() != Status.ENDED && group.topics().get(0).slug().equals("rouw")) {
                return group;
            }
            if (fallback.status() == Status.ENDED && group.status() != Status.ENDED) {
                fallback = group;
            }
        }
        return fallback;
    }

    private static String siteConfig(CorpusPlan plan) {
        ContentText text = new ContentText();
        text.line("# A synthetic corpus made by 'kring bench-corpus' for benchmarks; all names are made up.");
        text.text("title", "Zelfregie Nederland");
        text.plain("language", "nl");
        text.plain("timezone", "Europe/Amsterdam");
        text.plain("staleAfterMonths", 12);
        text.line("regions:");
        for (Region region : plan.regions) {
            text.line("  - id: " + region.id());
            text.line("    name: " + ContentText.quote("Zelfregie " + region.name()));
            text.line("    baseUrl: https://" + region.id() + ".example.org/");
            List<String> slugs = new ArrayList<>();
            for (Municipality town : region.municipalities()) {
                slugs.add(town.slug());
            }
            text.line("    municipalities: [" + String.join(", ", slugs) + "]");
            text.line("    brand:");
            text.line("      color: " + ContentText.quote(region.color()));
            text.line("    contact:");
            text.line("      organisation: " + ContentText.quote("Zelfregienetwerk " + region.name()));
            text.line("      email: info@" + region.id() + ".example.org");
            text.line("      phone: " + ContentText.quote(DutchNames.phone(new SplittableRandom(region.index()))));
            text.line("");
        }
        return text.toString();
    }
}
