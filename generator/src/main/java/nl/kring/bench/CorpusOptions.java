package nl.kring.bench;

import java.time.LocalDate;

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
            throw new IllegalArgumentException("there must be at least one region");
        }
        if (municipalities < regions) {
            throw new IllegalArgumentException("every region needs a municipality: --municipalities ("
                    + municipalities + ") must be at least --regions (" + regions + ")");
        }
        if (groups < 1) {
            throw new IllegalArgumentException("there must be at least one group");
        }
        if (stories < 0 || events < 0) {
            throw new IllegalArgumentException("--stories and --events cannot be negative");
        }
    }

    public static CorpusOptions of(CorpusSize size, long seed) {
        return new CorpusOptions(size.regions(), size.municipalities(), size.groups(), size.stories(),
                size.events(), seed, DEFAULT_START);
    }
}
