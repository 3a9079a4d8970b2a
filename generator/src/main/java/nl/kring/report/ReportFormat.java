package nl.kring.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.kring.message.InvalidInput;
import nl.kring.report.Tally.Measure;
import nl.kring.report.Tally.Row;
import nl.kring.report.Tally.Section;

/** Writes a report as Markdown, CSV (for spreadsheets) or a self-contained HTML page with charts. */
public enum ReportFormat {
    MD {
        @Override
        public String render(Report report) {
            StringBuilder out = new StringBuilder("# ").append(report.title()).append("\n\n")
                    .append(ReportTexts.intro(report)).append("\n");
            for (Section section : Section.values()) {
                List<Row> rows = report.rows(section);
                if (rows.isEmpty()) {
                    continue;
                }
                out.append("\n## ").append(section.title()).append("\n\n| ").append(ReportTexts.itemHead(section))
                        .append(" | Wat |");
                report.columns().forEach(c -> out.append(' ').append(c.moment().label()).append(" |"));
                out.append("\n| --- | --- |").append(" ---: |".repeat(report.columns().size())).append('\n');
                String previous = null;
                for (Row row : rows) {
                    String item = row.key().equals(previous) ? "" : row.label().replace("|", "\\|");
                    previous = row.key();
                    out.append("| ").append(item).append(" | ").append(row.measure().label()).append(" |");
                    report.columns().forEach(c -> out.append(' ').append(cell(c.get(row), "–")).append(" |"));
                    out.append('\n');
                }
            }
            out.append("\n## Bronnen\n\n");
            for (Report.Column column : report.columns()) {
                out.append("- ").append(column.moment().label()).append(": ").append(ReportTexts.source(column)).append('\n');
            }
            out.append('\n').append(ReportTexts.definitions()).append('\n');
            return out.toString();
        }
    },
    CSV {
        @Override
        public String render(Report report) {
            StringBuilder out = new StringBuilder("tabel,sleutel,naam,wat");
            report.columns().forEach(c -> out.append(',').append(csv(c.moment().label())));
            out.append("\r\n");
            for (Row row : report.rows()) {
                out.append(csv(row.section().name().toLowerCase(Locale.ROOT))).append(',').append(csv(row.key()))
                        .append(',').append(csv(row.label())).append(',').append(row.measure().label());
                report.columns().forEach(c -> out.append(',').append(cell(c.get(row), "")));
                out.append("\r\n");
            }
            return out.toString();
        }
    },
    HTML {
        @Override
        public String render(Report report) {
            return new HtmlReport(report).render();
        }
    };

    public abstract String render(Report report);

    public static ReportFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("report.format.invalid", text);
        }
    }

    static String cell(Integer value, String none) {
        return value == null ? none : value.toString();
    }

    /** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
    static String csv(String value) {
        if (value.matches("[^,\"\r\n]*")) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** The HTML page: charts first, then every number in tables, then where they come from. */
    private static final class HtmlReport {

        private final Report report;
        private final StringBuilder out = new StringBuilder();

        HtmlReport(Report report) {
            this.report = report;
        }

        String render() {
            out.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                    .append("<title>").append(Xml.escape(report.title())).append("</title>\n<style>\n")
                    .append(ReportTexts.STYLE).append("</style>\n</head>\n<body>\n<main>\n<h1>")
                    .append(Xml.escape(report.title())).append("</h1>\n<p>")
                    .append(Xml.escape(ReportTexts.intro(report))).append("</p>\n");
            charts();
            out.append("<h2>Cijfers</h2>\n");
            for (Section section : Section.values()) {
                table(section);
            }
            out.append("<h2>Bronnen</h2>\n<ul>\n");
            for (Report.Column column : report.columns()) {
                out.append("<li>").append(Xml.escape(column.moment().label() + ": " + ReportTexts.source(column)))
                        .append("</li>\n");
            }
            out.append("</ul>\n<p class=\"definitions\">").append(Xml.escape(ReportTexts.definitions()))
                    .append("</p>\n</main>\n</body>\n</html>\n");
            return out.toString();
        }

        private void charts() {
            String per = report.columns().size() > 1 ? "per " + ReportTexts.momentNoun(report) : "";
            out.append("<h2>Groei").append(per.isEmpty() ? "" : " " + per).append("</h2>\n");
            int n = 0;
            for (Measure measure : Measure.values()) {
                List<SvgBarChart.Bar> bars = report.columns().stream()
                        .map(c -> new SvgBarChart.Bar(c.moment().label(),
                                c.tally() == null ? null : c.tally().get(Section.NETWORK, "netwerk", measure)))
                        .toList();
                String title = ReportTexts.capitalised(measure.label()) + (per.isEmpty() ? "" : " " + per);
                out.append("<figure>\n").append(SvgBarChart.vertical("groei-" + (++n), title,
                                ReportTexts.measureDescription(measure), bars))
                        .append("\n<figcaption>").append(Xml.escape(title)).append("</figcaption>\n</figure>\n");
            }
            latestColumn().ifPresent(column -> {
                List<SvgBarChart.Bar> bars = column.tally().rows().stream()
                        .filter(r -> r.section() == Section.TOPIC)
                        .map(r -> new SvgBarChart.Bar(r.label(), column.get(r)))
                        .toList();
                String title = "Groepen per onderwerp (" + column.moment().label() + ")";
                out.append("<h2>Spreiding over onderwerpen</h2>\n<figure>\n")
                        .append(SvgBarChart.horizontal("onderwerpen", title,
                                "Aantal lopende groepen per onderwerp; een groep met twee onderwerpen telt bij allebei.", bars))
                        .append("\n<figcaption>").append(Xml.escape(title)).append("</figcaption>\n</figure>\n");
            });
        }

        private Optional<Report.Column> latestColumn() {
            List<Report.Column> withData = report.columns().stream().filter(c -> c.tally() != null).toList();
            return withData.isEmpty() ? Optional.empty() : Optional.of(withData.getLast());
        }

        private void table(Section section) {
            List<Row> rows = report.rows(section);
            if (rows.isEmpty()) {
                return;
            }
            out.append("<table>\n<caption>").append(Xml.escape(section.title())).append("</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">").append(Xml.escape(ReportTexts.itemHead(section))).append("</th>")
                    .append("<th scope=\"col\">Wat</th>");
            report.columns().forEach(c -> out.append("<th scope=\"col\">").append(Xml.escape(c.moment().label())).append("</th>"));
            out.append("</tr></thead>\n<tbody>\n");
            for (Row row : rows) {
                out.append("<tr><th scope=\"row\">").append(Xml.escape(row.label())).append("</th><td>")
                        .append(row.measure().label()).append("</td>");
                report.columns().forEach(c -> out.append("<td class=\"number\">").append(cell(c.get(row), "–")).append("</td>"));
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
    }
}
