package nl.kring.benchmark;

import java.util.List;

/**
 * One corpus size of the benchmark. The numbers are those of {@code kring bench-corpus --size <name>},
 * which generates it; they are repeated here for the report.
 */
record Size(String name, int regions, int municipalities, int groups, int stories, int events) {

    static final List<Size> ALL = List.of(
            new Size("small", 3, 10, 200, 50, 20),
            new Size("medium", 10, 100, 2_000, 500, 200),
            new Size("large", 30, 350, 20_000, 5_000, 2_000));

    static Size named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown size '" + name + "' (small, medium, large)"));
    }

    /** The incremental rebuild target of the preview, in milliseconds (the issue: 200 ms small, 1 s large). */
    long rebuildTargetMillis() {
        return name.equals("small") ? 200 : 1_000;
    }
}
