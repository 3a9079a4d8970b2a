package nl.kring.site;

import java.time.Duration;

import nl.kring.message.Message;

/**
 * One line of the build summary.
 *
 * @param rendered HTML pages rendered this time; fewer than {@code pages} when the preview reused
 *                 pages whose inputs did not change
 */
public record RegionSummary(String id, String name, int pages, int groups, int stories, int events, Duration time,
                            int rendered) {

    /** The region's line in the build summary, columns aligned (key {@code summary.region}). */
    public Message line() {
        return Message.of("summary.region", String.format("%-28s", id), String.format("%4d", pages),
                String.format("%3d", groups), String.format("%3d", stories), String.format("%3d", events),
                String.format("%5d", time.toMillis()));
    }
}
