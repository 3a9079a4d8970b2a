package nl.kring.site;

import java.time.Duration;

/** One line of the build summary. */
public record RegionSummary(String id, int pages, int groups, int stories, int events, Duration time) {

    public String line() {
        return String.format("%-28s %4d pages  %3d groups  %3d stories  %3d activities  %5d ms",
                id, pages, groups, stories, events, time.toMillis());
    }
}
