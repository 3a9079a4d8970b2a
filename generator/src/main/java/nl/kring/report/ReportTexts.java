package nl.kring.report;

import java.util.Locale;

import nl.kring.report.Tally.Measure;
import nl.kring.report.Tally.Section;

/** The Dutch texts of a report: it goes to municipalities and funders. */
final class ReportTexts {

    private ReportTexts() {
    }

    static final String STYLE = """
            body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; line-height: 1.5; }
            main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
            figure { margin: 1rem 0; break-inside: avoid; }
            figcaption { font-size: 0.9rem; color: #444; }
            svg.chart { max-width: 100%; height: auto; }
            svg .bar { fill: #1d6b57; } svg .grid { stroke: #ccc; stroke-width: 1; } svg .axis { stroke: #1a1a1a; stroke-width: 1; }
            svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #1a1a1a; }
            svg .value { font-weight: bold; }
            table { border-collapse: collapse; margin: 1rem 0 1.5rem; break-inside: auto; }
            caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
            th, td { border: 1px solid #999; padding: 0.2rem 0.5rem; text-align: left; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            tr { break-inside: avoid; }
            .definitions { font-size: 0.9rem; color: #444; }
            @media print {
              body { font-size: 10pt; } main { max-width: none; padding: 0; }
              svg .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
              h2 { break-after: avoid; }
            }
            """;

    static String intro(Report report) {
        String scope = report.region() == null ? "het hele netwerk" : "regio " + report.region();
        return "Cijfers van " + scope + ": het aantal groepen, verhalen en activiteiten, geteld in de inhoud "
                + "zoals die op elk moment in Git was vastgelegd.";
    }

    static String definitions() {
        return "Groepen: groepen die niet gestopt zijn (status anders dan 'ended'); de tabel per status telt ook "
                + "de gestopte. Een groep telt bij de gemeente in wier map hij staat en bij de regio van die gemeente, "
                + "ook als hij daarnaast in andere regio's wordt getoond. Per onderwerp telt een groep bij elk van zijn "
                + "onderwerpen. Verhalen: alle gepubliceerde verhalen die er op dat moment waren. Activiteiten: "
                + "activiteiten die in de periode beginnen: het kwartaal, of bij een datum het kwartaal tot en met die "
                + "datum. Alleen gemeenten die in een regio van site-config.yml staan tellen mee. Telmoment: de laatste "
                + "commit op of voor het einde van de laatste dag van de periode.";
    }

    static String source(Report.Column column) {
        String source = column.source().isEmpty() ? "" : column.source();
        String notes = String.join("; ", column.notes());
        return source.isEmpty() ? notes : notes.isEmpty() ? source : source + "; " + notes;
    }

    static String itemHead(Section section) {
        return switch (section) {
            case NETWORK -> "Gebied";
            case REGION -> "Regio";
            case MUNICIPALITY -> "Gemeente";
            case TOPIC -> "Onderwerp";
            case STATUS -> "Status";
        };
    }

    static String momentNoun(Report report) {
        return report.columns().stream().allMatch(c -> c.moment().label().matches("\\d{4}Q[1-4]")) ? "kwartaal" : "moment";
    }

    static String measureDescription(Measure measure) {
        return switch (measure) {
            case GROUPS -> "Aantal groepen die niet gestopt zijn.";
            case STORIES -> "Aantal gepubliceerde verhalen.";
            case ACTIVITIES -> "Aantal activiteiten dat in de periode begint.";
        };
    }

    static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
