package nl.kring.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.kring.model.Group;

/**
 * The next meeting dates of each group, computed once per build: a group page, its calendar, the printable
 * overview and the check whether it has a calendar all ask for them, and an online group's page is built into
 * every region. Working out a recurrence rule's dates was 9% of a national build's CPU before this.
 * The dates are exactly {@link Group#nextMeetings}'s (the first {@code count} of the same series).
 * Thread-safe; one per build (its groups are that build's objects, so it is asked by identity). The preview
 * hands the dates on to its next build with {@link #keptFor}: a group whose file did not change is the very same
 * object then.
 */
public final class MeetingDates {

    /** The most dates any page asks for; asking for more computes them without remembering. */
    static final int REMEMBERED = 3;

    /** A group by identity: records compare every field, and one build's groups are one set of objects. */
    private record Key(Group group, LocalDate today) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.group == group && key.today.equals(today);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(group) + today.hashCode();
        }
    }

    private final Map<Key, List<LocalDate>> next;

    public MeetingDates() {
        this(16);
    }

    /** Sized for {@code groups} groups: the preview hands on a national network's 20,000 at every save. */
    private MeetingDates(int groups) {
        next = new ConcurrentHashMap<>(groups);
    }

    /** {@code group.nextMeetings(today, count)}. */
    public List<LocalDate> next(Group group, LocalDate today, int count) {
        if (count > REMEMBERED) {
            return group.nextMeetings(today, count);
        }
        List<LocalDate> dates = next.computeIfAbsent(new Key(group, today),
                key -> List.copyOf(group.nextMeetings(today, REMEMBERED)));
        return dates.size() <= count ? dates : dates.subList(0, count);
    }

    /**
     * Dates that already know those of {@code groups} this one knew at {@code today}: for the preview's next
     * build, whose unchanged groups are the same objects. Mostly this very instance: a save changes a group or
     * two, and copying a national network's 20,000 entries took a good part of a rebuild. Once the entries of
     * groups that are gone or were read again (a new object), or of other days, are as many as the groups, a
     * new instance keeps only the current ones, so it does not grow with the edits.
     */
    public MeetingDates keptFor(java.util.Collection<Group> groups, LocalDate today) {
        if (next.size() < 2 * groups.size()) {
            return this;  // the stale entries are never asked for: their keys are other objects or days
        }
        MeetingDates kept = new MeetingDates(groups.size());
        for (Group group : groups) {
            Key key = new Key(group, today);
            List<LocalDate> dates = next.get(key);
            if (dates != null) {
                kept.next.put(key, dates);
            }
        }
        return kept;
    }

    /** {@code group.hasCalendar(today)}. */
    public boolean hasCalendar(Group group, LocalDate today) {
        return !next(group, today, 1).isEmpty();
    }
}
