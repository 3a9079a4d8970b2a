package nl.kring.report;

import java.util.Locale;

import nl.kring.message.Texts;
import nl.kring.report.Tally.Row;

/**
 * The texts of a report, which goes to municipalities and funders, in the chosen language (the words come from the
 * message bundles, keys {@code report.doc.*}); the style sheet is shared by the report and the stale list.
 */
final class ReportTexts {

    private ReportTexts() {
    }

    /** The style sheet of the HTML documents, inlined (the page is one self-contained file). */
    static final String STYLE = style();

    static String intro(Report report, Texts texts) {
        String scope = report.region() == null ? texts.text("report.doc.scope.network")
                : texts.text("report.doc.scope.region", report.region());
        return texts.text("report.doc.intro", scope);
    }

    static String definitions(Texts texts) {
        return texts.text("report.doc.definitions");
    }

    /** A row's name: the total and the statuses are named in the report's language, the others as written. */
    static String label(Row row, Texts texts) {
        return switch (row.section()) {
            case NETWORK -> texts.text("report.doc.total");
            case STATUS -> texts.text("report.doc.status." + row.key());
            default -> row.label();
        };
    }

    static String momentNoun(Report report, Texts texts) {
        boolean quarters = report.columns().stream().allMatch(c -> c.moment().label().matches("\\d{4}Q[1-4]"));
        return texts.text(quarters ? "report.doc.moment.quarter" : "report.doc.moment.moment");
    }

    private static String style() {
        try (java.io.InputStream in = ReportTexts.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
