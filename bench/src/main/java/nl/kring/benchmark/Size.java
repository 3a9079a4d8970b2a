package nl.kring.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import nl.kring.bench.CorpusSize;

/** One corpus size of the benchmark: a preset of {@code kring bench-corpus --size <name>}. */
record Size(String name, int regions, int municipalities, int groups, int stories, int events) {

    static final List<Size> ALL = Stream.of(CorpusSize.values()).map(Size::of).toList();

    private static Size of(CorpusSize preset) {
        return new Size(preset.name().toLowerCase(Locale.ROOT), preset.regions(), preset.municipalities(),
                preset.groups(), preset.stories(), preset.events());
    }

    static Size named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown size '" + name + "' (small, medium, large)"));
    }

    /** The incremental rebuild target of the preview, in milliseconds (the issue: 200 ms small, 1 s large). */
    long rebuildTargetMillis() {
        return name.equals("small") ? 200 : 1_000;
    }
}
