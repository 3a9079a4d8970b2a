package nl.kring.region;

import java.time.LocalDate;
import java.util.Comparator;

import nl.kring.model.Group;
import nl.kring.model.GroupStatus;

/**
 * The order of every list of groups: first the groups a resident can join (active ones, then those
 * starting with a first meeting within {@value #SOON_MONTHS} months), then groups starting later (or
 * without a known first meeting), then full and paused groups; by name within each. Within the open
 * groups the active ones come first: someone looking today can go there next week, and a group that
 * has not met yet should not push an established one down (on the sample's /onderwerpen/rouw/ the
 * Rouwgroep before "Jong weduwe of weduwnaar", which starts in January). Ended groups are in no list,
 * but come last should one be passed in.
 */
public final class GroupOrder {

    /** A starting group whose first meeting is at most this many months away counts as open. */
    public static final int SOON_MONTHS = 3;

    private GroupOrder() {
    }

    /** 0 active, 1 starting soon (both open), 2 starting later, 3 full or paused, 4 ended. */
    public static int rank(Group group, LocalDate today) {
        return switch (group.status()) {
            case ACTIVE -> 0;
            case STARTING -> startsSoon(group, today) ? 1 : 2;
            case FULL, PAUSED -> 3;
            case ENDED -> 4;
        };
    }

    /** Whether the group is open to newcomers now or soon: active, or starting within the next months. */
    public static boolean isOpen(Group group, LocalDate today) {
        return rank(group, today) <= 1;
    }

    /** Whether a starting group's first meeting ({@code schedule.from}) lies within the next months. */
    public static boolean startsSoon(Group group, LocalDate today) {
        return group.status() == GroupStatus.STARTING && group.schedule() != null && group.schedule().from() != null
                && !group.schedule().from().isAfter(today.plusMonths(SOON_MONTHS));
    }

    /** Open groups first (see the class comment), then by {@code byName} (e.g. Dutch collation). */
    public static Comparator<Group> openFirst(LocalDate today, Comparator<Group> byName) {
        return Comparator.comparingInt((Group g) -> rank(g, today)).thenComparing(byName);
    }
}
