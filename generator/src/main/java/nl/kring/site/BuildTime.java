package nl.kring.site;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The moment a build takes as "now" (for upcoming activities and stale groups): a local time in
 * the site's zone (as written with --now) or an instant (SOURCE_DATE_EPOCH, the clock).
 */
public sealed interface BuildTime {

    LocalDateTime in(ZoneId zone);

    record Local(LocalDateTime time) implements BuildTime {
        @Override
        public LocalDateTime in(ZoneId zone) {
            return time;
        }
    }

    record At(Instant instant) implements BuildTime {
        @Override
        public LocalDateTime in(ZoneId zone) {
            return LocalDateTime.ofInstant(instant, zone);
        }
    }
}
