package nl.kring.bench;

import java.time.LocalDate;

import nl.kring.message.InvalidInput;

/**
 * What to generate.
 *
 * @param start the fixed "today" of the corpus: events lie around it, {@code updated} dates before it,
 *              so a build with {@code --now <start>T12:00} sees mostly current groups and a few stale ones
 */
public record CorpusOptions(int regions, int municipalities, int groups, int stories, int events, long seed,
                            LocalDate start) {

    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 11, 23);

    public CorpusOptions {
        if (regions < 1) {
            throw new InvalidInput("bench.options.noRegion");
        }
        if (municipalities < regions) {
            throw new InvalidInput("bench.options.municipalities", municipalities, regions);
        }
        if (groups < 1) {
            throw new InvalidInput("bench.options.noGroup");
        }
        if (stories < 0 || events < 0) {
            throw new InvalidInput("bench.options.negative");
        }
    }

    public static CorpusOptions of(CorpusSize size, long seed) {
        return new CorpusOptions(size.regions(), size.municipalities(), size.groups(), size.stories(),
                size.events(), seed, DEFAULT_START);
    }
}
