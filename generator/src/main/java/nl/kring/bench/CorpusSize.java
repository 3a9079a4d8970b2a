package nl.kring.bench;

/** The preset corpus sizes of the benchmark; explicit options override each number. */
public enum CorpusSize {
    SMALL(3, 10, 200, 50, 20),
    MEDIUM(10, 100, 2_000, 500, 200),
    LARGE(30, 350, 20_000, 5_000, 2_000);

    private final int regions;
    private final int municipalities;
    private final int groups;
    private final int stories;
    private final int events;

    CorpusSize(int regions, int municipalities, int groups, int stories, int events) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.groups = groups;
        this.stories = stories;
        this.events = events;
    }

    public int regions() {
        return regions;
    }

    public int municipalities() {
        return municipalities;
    }

    public int groups() {
        return groups;
    }

    public int stories() {
        return stories;
    }

    public int events() {
        return events;
    }
}
