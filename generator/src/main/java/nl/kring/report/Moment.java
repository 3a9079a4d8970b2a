package nl.kring.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.message.InvalidInput;

/**
 * One column of a report: the content is counted as it stood at the end of {@code end}, and the
 * activities counted are those starting from {@code periodStart} up to and including {@code end}.
 *
 * @param label shown as the column head, e.g. {@code 2025Q3} or {@code 2025-09-30}
 */
public record Moment(String label, LocalDate periodStart, LocalDate end) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})[Qq]([1-4])");
    private static final int MAX_QUARTERS = 80;

    /** A calendar quarter such as {@code 2025Q1}: counted at its last day, activities within it. */
    public static Moment quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Moment(year + "Q" + quarter, start, start.plusMonths(3).minusDays(1));
    }

    /** A single date: counted at the end of that day, activities from the start of its quarter. */
    public static Moment at(LocalDate date) {
        LocalDate quarterStart = LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return new Moment(date.toString(), quarterStart, date);
    }

    /** {@code 2025Q1..2026Q4}, both ends included; a single quarter is fine too. */
    public static List<Moment> quarters(String range) {
        String[] ends = range.strip().split("\\.\\.", -1);
        if (ends.length > 2) {
            throw new InvalidInput("report.quarters.invalid", range);
        }
        int[] from = parseQuarter(ends[0], range);
        int[] to = parseQuarter(ends.length == 2 ? ends[1] : ends[0], range);
        int first = from[0] * 4 + from[1] - 1;
        int last = to[0] * 4 + to[1] - 1;
        if (last < first) {
            throw new InvalidInput("report.quarters.backwards", range);
        }
        if (last - first >= MAX_QUARTERS) {
            throw new InvalidInput("report.quarters.tooMany", MAX_QUARTERS, range);
        }
        List<Moment> moments = new ArrayList<>();
        for (int q = first; q <= last; q++) {
            moments.add(quarter(q / 4, q % 4 + 1));
        }
        return moments;
    }

    /** A date written YYYY-MM-DD. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("report.at.invalid", text);
        }
    }

    private static int[] parseQuarter(String text, String range) {
        Matcher m = QUARTER.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidInput("report.quarters.invalid", range);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }
}
