package nl.kring.report;

import java.util.Locale;

import nl.kring.message.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The counts of one moment, by row, in the order they are shown. */
public record Tally(Map<Row, Integer> counts) {

    public Tally {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** What a row counts: which table, which item in it (a region id, a topic slug…), and what. */
    public record Row(Section section, String key, String label, Measure measure) {
    }

    /** The tables of a report, in the order they appear. */
    public enum Section {
        NETWORK, REGION, MUNICIPALITY, TOPIC, STATUS;

        /** The table's caption, e.g. "Per regio". */
        public String title(Texts texts) {
            return texts.text("report.doc.section." + name().toLowerCase(Locale.ROOT));
        }

        /** The heading of the table's first column, e.g. "Regio". */
        public String itemHead(Texts texts) {
            return texts.text("report.doc.item." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** What is counted; see docs/workflow.md for the exact rules. */
    public enum Measure {
        GROUPS, STORIES, ACTIVITIES;

        /** What is counted, in words: "groepen". */
        public String label(Texts texts) {
            return texts.text("report.doc.measure." + name().toLowerCase(Locale.ROOT));
        }

        /** One sentence for a chart's description. */
        public String description(Texts texts) {
            return texts.text("report.doc.description." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** The count of the row, or null when this moment has no such row (e.g. a region that did not exist yet). */
    public Integer get(Row row) {
        return counts.get(row);
    }

    /** The count for a section, key and measure regardless of its label, or null. */
    public Integer get(Section section, String key, Measure measure) {
        return counts.entrySet().stream()
                .filter(e -> e.getKey().section() == section && e.getKey().key().equals(key)
                        && e.getKey().measure() == measure)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public List<Row> rows() {
        return List.copyOf(counts.keySet());
    }
}
