package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.model.Group;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;
import nl.kring.testing.TestSite;

/** The dates one build remembers are the dates each group gives itself, for any count and day. */
class MeetingDatesTest {

    @TempDir
    Path out;

    @Test
    void rememberedDatesAreTheGroupsOwn() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        SiteBuilder.Loaded sample = new SiteBuilder().load(
                new BuildOptions(root, out, List.of(), new BuildTime.Local(TestSite.NOW), false));
        List<Group> groups = sample.content().groups();
        assertThat(groups).anyMatch(g -> !g.nextMeetings(TestSite.NOW.toLocalDate(), 3).isEmpty())
                .anyMatch(g -> g.nextMeetings(TestSite.NOW.toLocalDate(), 3).isEmpty());
        MeetingDates meetings = new MeetingDates();
        for (LocalDate today : List.of(TestSite.NOW.toLocalDate(), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 7, 1))) {
            for (Group group : groups) {
                for (int count : new int[] {1, 3, 2, 5, 1}) {
                    assertThat(meetings.next(group, today, count)).as("%s on %s, %d", group.path(), today, count)
                            .isEqualTo(group.nextMeetings(today, count));
                }
                assertThat(meetings.hasCalendar(group, today)).isEqualTo(group.hasCalendar(today));
            }
        }
    }
}
