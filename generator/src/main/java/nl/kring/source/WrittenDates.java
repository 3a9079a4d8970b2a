package nl.kring.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Dutch editors write them, read to suggest the form a field needs: a volunteer who types
 * {@code from: 08-12-2026} or {@code except: [8 december 2026]} gets "bedoelt u '2026-12-08'?" with the problem.
 * <p>
 * Dutch writes the day first: "8-12-2026", "08/12/2026", "8.12.2026", "8 december 2026", "8 dec. 2026", "dinsdag 8
 * december 2026". Only a date that exists is offered, only with its year written out in full ("8-12-26" or "8
 * december" leave the year to guess, and a guess is no answer to give for a date someone will travel on), and
 * only when a weekday written with it is that date's ("woensdag 12 januari 2027" is a Tuesday: which was meant?).
 */
public final class WrittenDates {

    /** The Dutch month names, January first. */
    public static final List<String> MONTH_NAMES = List.of("januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december");

    private static final Map<String, Integer> MONTHS = months();

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern WORDS = Pattern.compile(
            "(?:(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\\s+)?(\\d{1,2})\\s+([a-z]+)\\.?,?\\s+(\\d{4})");
    private static final List<String> WEEKDAYS = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");

    private WrittenDates() {
    }

    /** The month a Dutch name or its usual abbreviation names ("oktober", "okt", "sept"), 1–12; null for none. */
    public static Integer month(String word) {
        return MONTHS.get(word);
    }

    /** The date {@code written} names in one of the Dutch ways above, if it exists. */
    public static Optional<LocalDate> read(String written) {
        String text = written.strip().toLowerCase(Locale.ROOT);
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            return date(numeric.group(4), numeric.group(3), numeric.group(1));
        }
        Matcher words = WORDS.matcher(text);
        if (words.matches()) {
            Integer month = MONTHS.get(words.group(3));
            Optional<LocalDate> date = month == null ? Optional.empty()
                    : date(words.group(4), String.valueOf(month), words.group(2));
            String weekday = words.group(1);
            return date.filter(d -> weekday == null || WEEKDAYS.indexOf(weekday) == d.getDayOfWeek().ordinal());
        }
        Matcher yearFirst = YEAR_FIRST.matcher(text);
        if (yearFirst.matches()) {
            return date(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();   // 31-02-2027 names no day: nothing to suggest
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(MONTH_NAMES.get(i), i + 1);
        }
        String[] abbreviations = {"jan", "feb", "mrt", "apr", null, "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
        for (int i = 0; i < 12; i++) {
            if (abbreviations[i] != null) {
                months.put(abbreviations[i], i + 1);
            }
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
