package nl.kring.content;

import java.util.List;
import java.util.Map;

import nl.kring.message.Message;

/**
 * Dutch words editors write where a content file wants an English value, mapped to that value, so the problem
 * can say "bedoelt u 'full'?" for {@code status: vol}. Lowercase; several spaces count as one. The English
 * values stay the file format: these words are suggestions, never accepted silently, because a value that
 * decides what a page promises (full, online, registration) must be the one the editor meant.
 */
final class DutchWords {

    static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("actief", "active"), Map.entry("open", "active"), Map.entry("loopt", "active"),
            Map.entry("start", "starting"), Map.entry("start binnenkort", "starting"), Map.entry("binnenkort", "starting"),
            Map.entry("nieuw", "starting"), Map.entry("begint", "starting"), Map.entry("begint binnenkort", "starting"),
            Map.entry("vol", "full"), Map.entry("volgeboekt", "full"), Map.entry("wachtlijst", "full"),
            Map.entry("gepauzeerd", "paused"), Map.entry("pauze", "paused"), Map.entry("gepauseerd", "paused"),
            Map.entry("tijdelijk gestopt", "paused"), Map.entry("stil", "paused"),
            Map.entry("gestopt", "ended"), Map.entry("beëindigd", "ended"), Map.entry("beeindigd", "ended"),
            Map.entry("afgelopen", "ended"), Map.entry("opgeheven", "ended"), Map.entry("gesloten", "ended"),
            Map.entry("voorbij", "ended"));

    static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("op locatie", "in-person"), Map.entry("locatie", "in-person"), Map.entry("fysiek", "in-person"),
            Map.entry("live", "in-person"), Map.entry("ter plaatse", "in-person"), Map.entry("in persoon", "in-person"),
            Map.entry("in-person", "in-person"), Map.entry("in person", "in-person"), Map.entry("inperson", "in-person"),
            Map.entry("offline", "in-person"),
            Map.entry("digitaal", "online"), Map.entry("via internet", "online"), Map.entry("video", "online"),
            Map.entry("beeldbellen", "online"), Map.entry("zoom", "online"), Map.entry("teams", "online"),
            Map.entry("on-line", "online"), Map.entry("online", "online"),
            Map.entry("hybride", "hybrid"), Map.entry("allebei", "hybrid"), Map.entry("beide", "hybrid"),
            Map.entry("op locatie en online", "hybrid"), Map.entry("online en op locatie", "hybrid"));

    static final Map<String, String> REGISTRATIONS = Map.ofEntries(
            Map.entry("ja", "required"), Map.entry("yes", "required"), Map.entry("true", "required"),
            Map.entry("nodig", "required"), Map.entry("verplicht", "required"), Map.entry("aanmelden", "required"),
            Map.entry("aanmelden nodig", "required"), Map.entry("vereist", "required"),
            Map.entry("nee", "not-needed"), Map.entry("no", "not-needed"), Map.entry("false", "not-needed"),
            Map.entry("niet nodig", "not-needed"), Map.entry("geen", "not-needed"), Map.entry("vrij", "not-needed"),
            Map.entry("binnenlopen", "not-needed"), Map.entry("vrije inloop", "not-needed"),
            Map.entry("inloop", "not-needed"), Map.entry("aanmelden niet nodig", "not-needed"),
            Map.entry("not needed", "not-needed"), Map.entry("not_needed", "not-needed"));

    static final Map<String, String> EVENT_TYPES = Map.ofEntries(
            Map.entry("bijeenkomst", "meeting"), Map.entry("ontmoeting", "meeting"),
            Map.entry("ontmoetingsbijeenkomst", "meeting"), Map.entry("bijeenkomsten", "meeting"),
            Map.entry("cursus", "training"), Map.entry("scholing", "training"), Map.entry("workshop", "training"),
            Map.entry("intervisie", "intervision"),
            Map.entry("speeddate", "speed-date"), Map.entry("speed date", "speed-date"), Map.entry("speeddaten", "speed-date"),
            Map.entry("informatie", "information"), Map.entry("informatiebijeenkomst", "information"),
            Map.entry("voorlichting", "information"), Map.entry("info", "information"),
            Map.entry("informatieavond", "information"),
            Map.entry("inspiratie", "inspiration"), Map.entry("inspiratiebijeenkomst", "inspiration"),
            Map.entry("lezing", "inspiration"));

    static final Map<String, String> AUDIENCES = Map.ofEntries(
            Map.entry("begeleiders", "facilitators"), Map.entry("begeleider", "facilitators"),
            Map.entry("gespreksleiders", "facilitators"), Map.entry("vrijwilligers", "facilitators"),
            Map.entry("deelnemers", "participants"), Map.entry("deelnemer", "participants"),
            Map.entry("verwijzers", "referrers"), Map.entry("verwijzer", "referrers"),
            Map.entry("huisartsen", "referrers"), Map.entry("professionals", "referrers"),
            Map.entry("iedereen", "everyone"), Map.entry("allen", "everyone"), Map.entry("alle", "everyone"),
            Map.entry("voor iedereen", "everyone"), Map.entry("publiek", "everyone"));

    static final Map<String, String> WEEKDAYS = Map.ofEntries(
            Map.entry("maandag", "monday"), Map.entry("ma", "monday"), Map.entry("maandagen", "monday"),
            Map.entry("dinsdag", "tuesday"), Map.entry("di", "tuesday"), Map.entry("dinsdagen", "tuesday"),
            Map.entry("woensdag", "wednesday"), Map.entry("wo", "wednesday"), Map.entry("woensdagen", "wednesday"),
            Map.entry("donderdag", "thursday"), Map.entry("do", "thursday"), Map.entry("donderdagen", "thursday"),
            Map.entry("vrijdag", "friday"), Map.entry("vr", "friday"), Map.entry("vrijdagen", "friday"),
            Map.entry("zaterdag", "saturday"), Map.entry("za", "saturday"), Map.entry("zaterdagen", "saturday"),
            Map.entry("zondag", "sunday"), Map.entry("zo", "sunday"), Map.entry("zondagen", "sunday"));

    /** The Dutch weekday names, Monday first. */
    private static final List<String> WEEKDAY_NAMES = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag");

    /**
     * The weekdays a free text names: each word that begins with a Dutch weekday's name ("Elke tweede dinsdag",
     * "op maandag- en donderdagavond", "'s zaterdagsochtends", "woensdagen"). Abbreviations ("di", "zo") are
     * not read: in a sentence they are mostly other words ("zo", "do").
     */
    static java.util.Set<java.time.DayOfWeek> weekdaysNamedIn(String text) {
        java.util.Set<java.time.DayOfWeek> days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        if (!mayNameAWeekday(text)) {
            return days;
        }
        for (String word : words(text)) {
            java.time.DayOfWeek day = weekdayOf(word);
            if (day != null) {
                days.add(day);
            }
        }
        return days;
    }

    /** Dutch ordinals of a week in the month, as words and as written with digits. */
    private static final Map<String, Integer> WEEK_ORDINALS = Map.ofEntries(
            Map.entry("eerste", 1), Map.entry("1e", 1), Map.entry("1ste", 1),
            Map.entry("tweede", 2), Map.entry("2e", 2), Map.entry("2de", 2),
            Map.entry("derde", 3), Map.entry("3e", 3), Map.entry("3de", 3),
            Map.entry("vierde", 4), Map.entry("4e", 4), Map.entry("4de", 4),
            Map.entry("vijfde", 5), Map.entry("5e", 5), Map.entry("5de", 5),
            Map.entry("laatste", -1), Map.entry("voorlaatste", -2));

    /**
     * The weeks of the month a free text gives a weekday: "elke tweede dinsdag" (2), "de eerste en derde
     * donderdag" (1 and 3), "iedere 2e woensdag", "de laatste vrijdag van de maand" (-1). A weekday without an
     * ordinal right before it is absent.
     */
    static Map<java.time.DayOfWeek, java.util.Set<Integer>> weeksOfTheMonthNamedIn(String text) {
        Map<java.time.DayOfWeek, java.util.Set<Integer>> weeks = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        if (!mayNameAWeekday(text)) {
            return weeks;
        }
        java.util.Set<Integer> pending = new java.util.TreeSet<>();
        for (String word : words(text)) {
            Integer ordinal = WEEK_ORDINALS.get(word);
            java.time.DayOfWeek day = weekdayOf(word);
            if (ordinal != null) {
                pending.add(ordinal);
            } else if (day != null && !pending.isEmpty()) {
                weeks.computeIfAbsent(day, d -> new java.util.TreeSet<>()).addAll(pending);
                pending.clear();
            } else if (!word.equals("en") && !word.equals("of")) {
                pending.clear();   // "de eerste en derde dinsdag" keeps both; "de eerste keer op dinsdag" none
            }
        }
        return weeks;
    }

    /** The Dutch month names, January first. */
    static final List<String> MONTH_NAMES = nl.kring.source.WrittenDates.MONTH_NAMES;

    /** Words that say a group does not meet in the months next to them: "behalve in juli", "in augustus niet". */
    private static final java.util.Set<String> LEFT_OUT = java.util.Set.of("behalve", "niet", "geen", "uitgezonderd",
            "zomerstop", "zomerpauze", "winterstop", "pauze");

    /**
     * The months a free text says the group does not meet in: "behalve in juli en augustus", "niet in december",
     * "geen bijeenkomsten in juni t/m augustus", "in juli en augustus niet", "zomerstop in juli". A run of months (with
     * "en", "of", "t/m", "tot en met") counts when one of those words stands up to four words before it or three after;
     * "vanaf september", "start in januari" and "niet in juli, wel in augustus"'s August name months the group meets in.
     */
    static java.util.Set<Integer> monthsLeftOutIn(String text) {
        java.util.Set<Integer> leftOut = new java.util.TreeSet<>();
        List<String> words = words(text);
        int i = 0;
        while (i < words.size()) {
            Integer first = monthNamed(words.get(i));
            if (first == null) {
                i++;
                continue;
            }
            java.util.Set<Integer> run = new java.util.TreeSet<>();
            int j = i;
            Integer previous = null;
            boolean through = false;
            while (j < words.size()) {
                Integer month = monthNamed(words.get(j));
                if (month != null) {
                    if (through && previous != null) {
                        for (int m = previous % 12 + 1; m != month; m = m % 12 + 1) {
                            run.add(m);   // juni t/m augustus: juli too; december t/m februari: januari
                        }
                    }
                    run.add(month);
                    previous = month;
                    through = false;
                    j++;
                } else if (words.get(j).equals("en") || words.get(j).equals("of")) {
                    j++;
                } else if (words.get(j).equals("t") && j + 1 < words.size() && words.get(j + 1).equals("m")) {
                    through = true;
                    j += 2;
                } else if (words.get(j).equals("tot") && j + 2 < words.size() && words.get(j + 1).equals("en")
                        && words.get(j + 2).equals("met")) {
                    through = true;
                    j += 3;
                } else {
                    break;
                }
            }
            boolean cued = words.subList(Math.max(0, i - 4), i).stream().anyMatch(LEFT_OUT::contains)
                    || words.subList(j, Math.min(words.size(), j + 3)).stream().anyMatch(LEFT_OUT::contains);
            if (cued) {
                leftOut.addAll(run);
            }
            i = j;
        }
        return leftOut;
    }

    /** Words after which a date is when something begins: "vanaf 7 januari", "start op 14 januari 2027". */
    private static final java.util.Set<String> BEGINS = java.util.Set.of("vanaf", "start", "starten", "startdatum",
            "begint", "beginnen", "begin", "per", "eerste", "ingang");

    /** A day and month a text names, with its year when it gives one ("7 januari 2027"). */
    record NamedDay(java.time.MonthDay day, Integer year) {
    }

    /**
     * The days a free text names as a beginning: a day and month up to four words after "vanaf", "start",
     * "begint", "per", "eerste" (bijeenkomst) or "met ingang van"; "Vanaf 7 januari 2027, elke donderdag", "Start
     * op 14 januari", "eerste keer op 9 januari". A date without such a word ("niet op 25 december") is none.
     */
    static List<NamedDay> beginningsNamedIn(String text) {
        List<NamedDay> days = new java.util.ArrayList<>();
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            if (!BEGINS.contains(words.get(i))) {
                continue;
            }
            for (int j = i + 1; j + 1 < words.size() && j <= i + 4; j++) {
                Integer month = nl.kring.source.WrittenDates.month(words.get(j + 1));
                String number = words.get(j);
                if (month == null || number.length() > 2 || !number.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                int day = Integer.parseInt(number);
                if (day < 1 || day > java.time.YearMonth.of(2024, month).lengthOfMonth()) {
                    break;
                }
                String after = j + 2 < words.size() ? words.get(j + 2) : "";
                Integer year = after.length() == 4 && after.startsWith("20") && after.chars().allMatch(Character::isDigit)
                        ? Integer.valueOf(after) : null;
                days.add(new NamedDay(java.time.MonthDay.of(month, day), year));
                break;
            }
        }
        return days;
    }

    /** The month a word names in full ("juli"; not "jan", also a name): 1 to 12, or null. */
    private static Integer monthNamed(String word) {
        int index = MONTH_NAMES.indexOf(word);
        return index < 0 ? null : index + 1;
    }

    /** A weekday's name in the editor's language ("dinsdag", "tuesday"): a message, translated when printed. */
    static Message weekdayName(java.time.DayOfWeek day) {
        return Message.of("weekday." + day.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The days of the year a text names as a number and a month: "Open dag 3 oktober", "lezing 12 jan.". */
    static List<java.time.MonthDay> daysNamedIn(String text) {
        List<java.time.MonthDay> days = new java.util.ArrayList<>();
        List<String> words = words(text);
        for (int i = 0; i + 1 < words.size(); i++) {
            Integer month = nl.kring.source.WrittenDates.month(words.get(i + 1));
            String number = words.get(i);
            if (month != null && number.length() <= 2 && number.chars().allMatch(Character::isDigit)) {
                int day = Integer.parseInt(number);
                if (day >= 1 && day <= java.time.YearMonth.of(2024, month).lengthOfMonth()) {   // 2024: 29 February
                    days.add(java.time.MonthDay.of(month, day));
                }
            }
        }
        return days;
    }

    /** The years this century a text names as four digits: "Kerstontmoeting 2026". */
    static List<Integer> yearsNamedIn(String text) {
        List<Integer> years = new java.util.ArrayList<>();
        for (String word : words(text)) {
            if (word.length() == 4 && word.startsWith("20") && word.chars().allMatch(Character::isDigit)) {
                years.add(Integer.parseInt(word));
            }
        }
        return years;
    }

    /** The runs of letters and digits of a text, lower case ("2e", "dinsdagavond"; "maandag-" gives "maandag"). */
    private static List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    /** Every weekday's name has "dag" in it: a text without it names none (most texts, at no cost). */
    private static boolean mayNameAWeekday(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).contains("dag");
    }

    private static java.time.DayOfWeek weekdayOf(String word) {
        for (int i = 0; i < WEEKDAY_NAMES.size(); i++) {
            if (word.startsWith(WEEKDAY_NAMES.get(i))) {
                return java.time.DayOfWeek.of(i + 1);
            }
        }
        return null;
    }

    private DutchWords() {
    }
}
