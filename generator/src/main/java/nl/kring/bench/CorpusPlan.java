package nl.kring.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import nl.kring.source.TextFormats;

/**
 * The shape of a corpus before any text is written: the regions and their municipalities, how many
 * groups, stories and events each municipality gets, and every group's name, topics, status and
 * format (stories, events and pages link to groups, so those must be known first).
 *
 * <p>Sizes are skewed like a real country: a few large regions and towns, many small ones.
 */
final class CorpusPlan {

    /** Folder names the site itself uses at the first URL level, plus the network pages' slugs. */
    static final Set<String> RESERVED_SLUGS = Set.of("groepen", "onderwerpen", "verhalen", "activiteiten",
            "zoeken", "assets", "media", "404", "een-groep-starten", "over-zelfhulp", "privacy",
            "toegankelijkheid", "voor-verwijzers", "pages");

    record Region(int index, String id, String name, String color, List<Municipality> municipalities) {
    }

    record Municipality(int index, String slug, String name, Region region, int postcodePrefix,
                        int groupCount, int storyCount, int eventCount) {
    }

    enum Status {
        ACTIVE("active"), STARTING("starting"), FULL("full"), PAUSED("paused"), ENDED("ended");

        final String value;

        Status(String value) {
            this.value = value;
        }
    }

    enum Format {
        IN_PERSON("in-person"), ONLINE("online"), HYBRID("hybrid");

        final String value;

        Format(String value) {
            this.value = value;
        }
    }

    /**
     * @param regions null, "all", or the id of one other region that also lists the group
     */
    record Group(int index, Municipality municipality, String slug, String name, List<TopicWords> topics,
                 Status status, Format format, String regions) {
    }

    /** Dark brand colours: white text on each has a contrast ratio of well over 4.5:1. */
    private static final List<String> COLOURS = List.of("#1d6b57", "#2b5c8a", "#7a3e6d", "#8a3b12", "#35546b",
            "#5b4a8b", "#1f5f7a", "#6b4f1d", "#2f6b2f", "#8b2e4a", "#3d4f7c", "#0f6466");

    private static final List<String> TOWN_PARTS = List.of("Centrum", "Noord", "Zuid", "Oost", "West", "De Heide",
            "Het Hoogveld", "Kerkbuurt", "Molenwijk", "Stationskwartier", "Oude Dorp", "Nieuwland");

    /** Topic indexes in topics.yml, repeated by how common groups on them are. */
    private static final int[] TOPIC_WEIGHTS = {0, 0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9,
            10, 10, 11, 11, 12, 13, 14, 14};

    final List<Region> regions;
    final List<Municipality> municipalities;
    final List<Group> groups;
    /** Each municipality's groups, by municipality index. */
    final List<List<Group>> groupsByMunicipality;

    CorpusPlan(CorpusOptions options) {
        SplittableRandom random = new SplittableRandom(options.seed());
        int[] regionSizes = regionSizes(options.regions(), options.municipalities(), random.split());
        double[] townWeights = townWeights(options.municipalities(), random.split());
        int[] groupCounts = allocate(options.groups(), townWeights, options.groups() >= options.municipalities() ? 1 : 0);
        int[] storyCounts = allocate(options.stories(), townWeights, 0);
        int[] eventCounts = allocate(options.events(), townWeights, 0);
        List<String> townNames = DutchNames.municipalities(options.municipalities(), random.split(), RESERVED_SLUGS);

        List<Region> regionList = new ArrayList<>();
        List<Municipality> townList = new ArrayList<>();
        Set<Integer> postcodes = new HashSet<>();
        SplittableRandom postcodeRandom = random.split();
        int next = 0;
        for (int r = 0; r < options.regions(); r++) {
            String name = DutchNames.region(r);
            List<Municipality> members = new ArrayList<>();
            Region region = new Region(r, TextFormats.slugOf(name), name, COLOURS.get(r % COLOURS.size()),
                    Collections.unmodifiableList(members));
            for (int m = 0; m < regionSizes[r]; m++, next++) {
                int prefix;
                do {
                    prefix = 1000 + postcodeRandom.nextInt(8990);
                } while (!postcodes.add(prefix / 10) && postcodes.size() < 800);
                String townName = townNames.get(next);
                Municipality town = new Municipality(next, TextFormats.slugOf(townName), townName, region,
                        prefix - prefix % 10, groupCounts[next], storyCounts[next], eventCounts[next]);
                members.add(town);
                townList.add(town);
            }
            regionList.add(region);
        }
        this.regions = List.copyOf(regionList);
        this.municipalities = List.copyOf(townList);

        List<Group> groupList = new ArrayList<>();
        List<List<Group>> byTown = new ArrayList<>();
        for (Municipality town : municipalities) {
            List<Group> own = new ArrayList<>();
            Set<String> slugs = new HashSet<>();
            for (int g = 0; g < town.groupCount(); g++) {
                Group group = group(groupList.size(), town, options.regions(), slugs,
                        new SplittableRandom(seed(options.seed(), 1, groupList.size())));
                own.add(group);
                groupList.add(group);
            }
            byTown.add(List.copyOf(own));
        }
        this.groups = List.copyOf(groupList);
        this.groupsByMunicipality = List.copyOf(byTown);
    }

    /** An independent, reproducible random source for item {@code index} of one kind. */
    static long seed(long seed, int kind, int index) {
        return seed * 0x9E3779B97F4A7C15L + kind * 0x100000000L + index;
    }

    private static Group group(int index, Municipality town, int regionCount, Set<String> slugs,
                               SplittableRandom random) {
        int topicCount = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 8 ? 2 : 3;
        List<TopicWords> topics = new ArrayList<>();
        topics.add(TopicWords.ALL.get(TOPIC_WEIGHTS[random.nextInt(TOPIC_WEIGHTS.length)]));
        // Further topics are related ones, so a dementia group is also about caring, not about diabetes.
        for (int attempt = 0; topics.size() < topicCount && attempt < 10; attempt++) {
            TopicWords topic = TopicWords.of(DutchNames.pick(topics.get(0).related(), random));
            if (!topics.contains(topic)) {
                topics.add(topic);
            }
        }
        int statusRoll = random.nextInt(100);
        Status status = statusRoll < 82 ? Status.ACTIVE : statusRoll < 87 ? Status.STARTING
                : statusRoll < 92 ? Status.FULL : statusRoll < 96 ? Status.PAUSED : Status.ENDED;
        int formatRoll = random.nextInt(100);
        Format format = formatRoll < 7 ? Format.ONLINE : formatRoll < 15 ? Format.HYBRID : Format.IN_PERSON;
        String regionsField = null;
        if (format == Format.ONLINE) {
            regionsField = "all";
        } else if (regionCount > 1 && random.nextInt(100) < 3) {
            int other = random.nextInt(regionCount - 1);
            if (other >= town.region().index()) {
                other++;
            }
            regionsField = TextFormats.slugOf(DutchNames.region(other));
        }
        String base = DutchNames.pick(topics.get(0).names(), random);
        String name = (format == Format.ONLINE ? "Online " + lowerFirst(base) : base) + " " + town.name();
        // A second group of the same kind in a town is told apart by its part of town, as in real life.
        List<String> parts = DutchNames.shuffled(TOWN_PARTS, random);
        String unique = name;
        for (int n = 0; !slugs.add(TextFormats.slugOf(unique)); n++) {
            unique = n < parts.size() ? name + " " + parts.get(n) : name + " " + (n - parts.size() + 2);
        }
        return new Group(index, town, TextFormats.slugOf(unique), unique, List.copyOf(topics), status, format,
                regionsField);
    }

    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** Municipalities per region, Zipf-like and shuffled, so the largest region is well above average. */
    private static int[] regionSizes(int regions, int municipalities, SplittableRandom random) {
        double[] weights = new double[regions];
        for (int r = 0; r < regions; r++) {
            weights[r] = Math.pow(r + 1, -0.6) * (0.8 + 0.4 * random.nextDouble());
        }
        List<Double> shuffled = new ArrayList<>();
        for (double w : weights) {
            shuffled.add(w);
        }
        shuffled = DutchNames.shuffled(shuffled, random);
        for (int r = 0; r < regions; r++) {
            weights[r] = shuffled.get(r);
        }
        return allocate(municipalities, weights, 1);
    }

    /** Log-normal town sizes: many villages, a few cities with many groups. */
    private static double[] townWeights(int municipalities, SplittableRandom random) {
        double[] weights = new double[municipalities];
        for (int m = 0; m < municipalities; m++) {
            weights[m] = Math.exp(0.9 * gaussian(random));
        }
        return weights;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian of its own before Java 17's RandomGenerator default.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Splits {@code total} in proportion to {@code weights} (largest remainder), at least {@code min} each. */
    static int[] allocate(int total, double[] weights, int min) {
        int n = weights.length;
        int[] counts = new int[n];
        int rest = total - min * n;
        if (rest < 0) {
            throw new IllegalArgumentException("cannot give " + min + " each of " + total + " to " + n);
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double share = rest * weights[i] / sum;
            counts[i] = min + (int) Math.floor(share);
            remainders[i] = share - Math.floor(share);
            given += (int) Math.floor(share);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a]) : a - b);
        for (int k = 0; given < rest; k++, given++) {
            counts[order.get(k % n)]++;
        }
        return counts;
    }
}
