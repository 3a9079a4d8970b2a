package nl.kring.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.report.Tally.Row;
import nl.kring.report.Tally.Section;

/**
 * The counts of the network at several moments, one column each.
 *
 * @param region the region the report is limited to, or null for the whole network
 */
public record Report(String title, String region, List<Column> columns) {

    public Report {
        columns = List.copyOf(columns);
    }

    /**
     * One moment's counts.
     *
     * @param source where they come from, e.g. {@code commit a1b2c3d (2025-06-12)}, or null when nothing was read
     * @param notes  remarks shown under the table (errors in that version, no commit yet…), in words when rendered
     * @param tally  the counts, or null when there was no content at that moment
     */
    public record Column(Moment moment, Message source, List<Message> notes, Tally tally) {

        public Column {
            notes = List.copyOf(notes);
        }

        /** Where the counts come from and the notes, in the report's language. */
        public String sourceText(Texts texts) {
            List<String> parts = new ArrayList<>();
            if (source != null) {
                parts.add(texts.text(source));
            }
            notes.forEach(n -> parts.add(texts.text(n)));
            return String.join("; ", parts);
        }

        public Integer get(Row row) {
            return tally == null ? null : tally.get(row);
        }
    }

    /**
     * Every row any column has, table by table. Within a table the newest column's order comes
     * first (regions as configured, municipalities by name, topics as in topics.yml), then rows only older
     * columns have, such as a region that was later renamed.
     */
    public List<Row> rows() {
        Set<Row> rows = new LinkedHashSet<>();
        for (Section section : Section.values()) {
            for (int i = columns.size() - 1; i >= 0; i--) {
                Tally tally = columns.get(i).tally();
                if (tally != null) {
                    tally.rows().stream().filter(r -> r.section() == section).forEach(rows::add);
                }
            }
        }
        return new ArrayList<>(rows);
    }

    public List<Row> rows(Section section) {
        return rows().stream().filter(r -> r.section() == section).toList();
    }
}
