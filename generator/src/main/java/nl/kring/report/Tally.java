package nl.kring.report;

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
        NETWORK("Totaal"),
        REGION("Per regio"),
        MUNICIPALITY("Per gemeente"),
        TOPIC("Groepen per onderwerp"),
        STATUS("Groepen per status");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What is counted; see docs/workflow.md for the exact rules. */
    public enum Measure {
        GROUPS("groepen"),
        STORIES("verhalen"),
        ACTIVITIES("activiteiten");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
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
