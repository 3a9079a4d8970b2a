package nl.kring.site;

import java.time.Duration;

/**
 * One line of the build summary.
 *
 * @param rendered HTML pages rendered this time; fewer than {@code pages} when the preview reused
 *                 pages whose inputs did not change
 */
public record RegionSummary(String id, String name, int pages, int groups, int stories, int events, Duration time,
                            int rendered) {

    public String line() {
        return String.format("%-28s %4d pages  %3d groups  %3d stories  %3d activities  %5d ms",
                id, pages, groups, stories, events, time.toMillis());
    }
}
