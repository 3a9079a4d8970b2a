package nl.kring.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * The Dutch public holidays (de officiële feestdagen): New Year's Day, Easter Sunday and Monday, King's Day,
 * Liberation Day, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day. On those days community
 * centres, libraries and churches, where groups meet, are often closed, and a group that meets every Monday may
 * well skip Easter Monday without its schedule saying so.
 * <p>
 * Where carnival is kept (Limburg, Brabant: a network's {@code carnival: true}), its four days count too, from the
 * Saturday to the Tuesday before Ash Wednesday: schools, town halls and community centres close, and groups seldom
 * meet. It is no public holiday elsewhere, so only a network that says so gets it.
 */
public final class DutchHolidays {

    /** How many weeks ahead a build points out a group's meetings on a public holiday: time to ask the venue. */
    public static final int WEEKS_AHEAD = 12;

    private DutchHolidays() {
    }

    /** The holiday on {@code day} as a message key's last part ("tweedePaasdag"), or empty on other days. */
    public static Optional<String> on(LocalDate day) {
        return on(day, false);
    }

    /** {@link #on(LocalDate)}, with carnival's days ("carnavalsmaandag") when {@code carnival}. */
    public static Optional<String> on(LocalDate day, boolean carnival) {
        if (carnival) {
            // from 31 January (Easter on 22 March) to 9 March (Easter on 25 April)
            long beforeEaster = java.time.temporal.ChronoUnit.DAYS.between(day, easterSunday(day.getYear()));
            if (beforeEaster >= 47 && beforeEaster <= 50) {
                return Optional.of(CARNIVAL_DAYS[(int) (50 - beforeEaster)]);
            }
        }
        Month month = day.getMonth();
        if (month == Month.JANUARY || month.compareTo(Month.JUNE) > 0) {
            // outside Easter's reach (22 March to 25 April; Whit Monday at the latest 14 June): the fixed days only
            return day.getDayOfMonth() == 1 && month == Month.JANUARY ? Optional.of("nieuwjaarsdag")
                    : month == Month.DECEMBER && day.getDayOfMonth() == 25 ? Optional.of("eersteKerstdag")
                    : month == Month.DECEMBER && day.getDayOfMonth() == 26 ? Optional.of("tweedeKerstdag")
                    : Optional.empty();
        }
        int year = day.getYear();
        LocalDate easter = easterSunday(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);   // on a Sunday it moves to the Saturday before
        }
        String name = null;
        if (day.getMonth() == Month.JANUARY && day.getDayOfMonth() == 1) {
            name = "nieuwjaarsdag";
        } else if (day.equals(easter)) {
            name = "eerstePaasdag";
        } else if (day.equals(easter.plusDays(1))) {
            name = "tweedePaasdag";
        } else if (day.equals(kingsDay)) {
            name = "koningsdag";
        } else if (day.getMonth() == Month.MAY && day.getDayOfMonth() == 5) {
            name = "bevrijdingsdag";
        } else if (day.equals(easter.plusDays(39))) {
            name = "hemelvaartsdag";
        } else if (day.equals(easter.plusDays(49))) {
            name = "eerstePinksterdag";
        } else if (day.equals(easter.plusDays(50))) {
            name = "tweedePinksterdag";
        } else if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 25) {
            name = "eersteKerstdag";
        } else if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 26) {
            name = "tweedeKerstdag";
        }
        return Optional.ofNullable(name);
    }

    private static final String[] CARNIVAL_DAYS = {"carnavalszaterdag", "carnavalszondag", "carnavalsmaandag",
        "carnavalsdinsdag"};

    /** The holidays from {@code first} up to and including {@code last}, in order. */
    public static java.util.List<LocalDate> between(LocalDate first, LocalDate last) {
        return between(first, last, false);
    }

    /** {@link #between(LocalDate, LocalDate)}, with carnival's four days when {@code carnival}. */
    public static java.util.List<LocalDate> between(LocalDate first, LocalDate last, boolean carnival) {
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            LocalDate easter = easterSunday(year);
            for (LocalDate day : new LocalDate[] {LocalDate.of(year, Month.JANUARY, 1), easter, easter.plusDays(1),
                LocalDate.of(year, Month.APRIL, 26), LocalDate.of(year, Month.APRIL, 27),
                LocalDate.of(year, Month.MAY, 5), easter.plusDays(39), easter.plusDays(49), easter.plusDays(50),
                LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 26)}) {
                if (!day.isBefore(first) && !day.isAfter(last) && on(day).isPresent() && !days.contains(day)) {
                    days.add(day);   // 26 and 27 April are both candidates for King's Day; on() says which it is
                }
            }
            for (int before = 50; carnival && before >= 47; before--) {
                LocalDate day = easter.minusDays(before);
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    days.add(day);
                }
            }
        }
        days.sort(null);
        return days;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
