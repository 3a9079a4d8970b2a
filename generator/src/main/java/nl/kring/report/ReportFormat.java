package nl.kring.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.kring.message.InvalidInput;
import nl.kring.message.Texts;
import nl.kring.report.Tally.Measure;
import nl.kring.report.Tally.Row;
import nl.kring.report.Tally.Section;

/** Writes a report as Markdown, CSV (for spreadsheets) or a self-contained HTML page with charts. */
public enum ReportFormat {
    MD {
        @Override
        public String render(Report report, Texts texts) {
            StringBuilder out = new StringBuilder("# ").append(report.title()).append("\n\n")
                    .append(ReportTexts.intro(report, texts)).append("\n");
            for (Section section : Section.values()) {
                List<Row> rows = report.rows(section);
                if (rows.isEmpty()) {
                    continue;
                }
                out.append("\n## ").append(section.title(texts)).append("\n\n| ").append(section.itemHead(texts))
                        .append(" | ").append(texts.text("report.doc.what")).append(" |");
                report.columns().forEach(c -> out.append(' ').append(c.moment().label()).append(" |"));
                out.append("\n| --- | --- |").append(" ---: |".repeat(report.columns().size())).append('\n');
                String previous = null;
                for (Row row : rows) {
                    String item = row.key().equals(previous) ? "" : ReportTexts.label(row, texts).replace("|", "\\|");
                    previous = row.key();
                    out.append("| ").append(item).append(" | ").append(row.measure().label(texts)).append(" |");
                    report.columns().forEach(c -> out.append(' ').append(cell(c.get(row), "–")).append(" |"));
                    out.append('\n');
                }
            }
            out.append("\n## ").append(texts.text("report.doc.sources")).append("\n\n");
            for (Report.Column column : report.columns()) {
                out.append("- ").append(column.moment().label()).append(": ").append(column.sourceText(texts)).append('\n');
            }
            out.append('\n').append(ReportTexts.definitions(texts)).append('\n');
            return out.toString();
        }
    },
    CSV {
        @Override
        public String render(Report report, Texts texts) {
            // the header row in the report's language; the table column keeps the stable section names
            StringBuilder out = new StringBuilder(texts.text("report.doc.csv.header"));
            report.columns().forEach(c -> out.append(',').append(csv(c.moment().label())));
            out.append("\r\n");
            for (Row row : report.rows()) {
                out.append(csv(row.section().name().toLowerCase(Locale.ROOT))).append(',').append(csv(row.key()))
                        .append(',').append(csv(ReportTexts.label(row, texts))).append(',').append(csv(row.measure().label(texts)));
                report.columns().forEach(c -> out.append(',').append(cell(c.get(row), "")));
                out.append("\r\n");
            }
            return out.toString();
        }
    },
    HTML {
        @Override
        public String render(Report report, Texts texts) {
            return new HtmlReport(report, texts).render();
        }
    };

    /** The report in the language of {@code texts}. */
    public abstract String render(Report report, Texts texts);

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
        private final Texts texts;
        private final StringBuilder out = new StringBuilder();

        HtmlReport(Report report, Texts texts) {
            this.report = report;
            this.texts = texts;
        }

        String render() {
            out.append("<!DOCTYPE html>\n<html lang=\"").append(texts.language().code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                    .append("<title>").append(Xml.escape(report.title())).append("</title>\n<style>\n")
                    .append(ReportTexts.STYLE).append("</style>\n</head>\n<body>\n<main>\n<h1>")
                    .append(Xml.escape(report.title())).append("</h1>\n<p>")
                    .append(Xml.escape(ReportTexts.intro(report, texts))).append("</p>\n");
            charts();
            out.append("<h2>").append(Xml.escape(texts.text("report.doc.figures"))).append("</h2>\n");
            for (Section section : Section.values()) {
                table(section);
            }
            out.append("<h2>").append(Xml.escape(texts.text("report.doc.sources"))).append("</h2>\n<ul>\n");
            for (Report.Column column : report.columns()) {
                out.append("<li>").append(Xml.escape(column.moment().label() + ": " + column.sourceText(texts)))
                        .append("</li>\n");
            }
            out.append("</ul>\n<p class=\"definitions\">").append(Xml.escape(ReportTexts.definitions(texts)))
                    .append("</p>\n</main>\n</body>\n</html>\n");
            return out.toString();
        }

        private void charts() {
            String noun = report.columns().size() > 1 ? ReportTexts.momentNoun(report, texts) : "";
            String growth = texts.text("report.doc.growth");
            out.append("<h2>").append(Xml.escape(noun.isEmpty() ? growth : texts.text("report.doc.per", growth, noun)))
                    .append("</h2>\n");
            int n = 0;
            for (Measure measure : Measure.values()) {
                List<SvgBarChart.Bar> bars = report.columns().stream()
                        .map(c -> new SvgBarChart.Bar(c.moment().label(),
                                c.tally() == null ? null : c.tally().get(Section.NETWORK, "netwerk", measure)))
                        .toList();
                String what = ReportTexts.capitalised(measure.label(texts));
                String title = noun.isEmpty() ? what : texts.text("report.doc.per", what, noun);
                out.append("<figure>\n").append(SvgBarChart.vertical("groei-" + (++n), title,
                                measure.description(texts), texts.text("report.doc.noData"), bars))
                        .append("\n<figcaption>").append(Xml.escape(title)).append("</figcaption>\n</figure>\n");
            }
            latestColumn().ifPresent(column -> {
                List<SvgBarChart.Bar> bars = column.tally().rows().stream()
                        .filter(r -> r.section() == Section.TOPIC)
                        .map(r -> new SvgBarChart.Bar(r.label(), column.get(r)))
                        .toList();
                String title = texts.text("report.doc.topics.title", column.moment().label());
                out.append("<h2>").append(Xml.escape(texts.text("report.doc.topics.heading"))).append("</h2>\n<figure>\n")
                        .append(SvgBarChart.horizontal("onderwerpen", title,
                                texts.text("report.doc.topics.description"), texts.text("report.doc.noData"), bars))
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
            out.append("<table>\n<caption>").append(Xml.escape(section.title(texts))).append("</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">").append(Xml.escape(section.itemHead(texts))).append("</th>")
                    .append("<th scope=\"col\">").append(Xml.escape(texts.text("report.doc.what"))).append("</th>");
            report.columns().forEach(c -> out.append("<th scope=\"col\">").append(Xml.escape(c.moment().label())).append("</th>"));
            out.append("</tr></thead>\n<tbody>\n");
            for (Row row : rows) {
                out.append("<tr><th scope=\"row\">").append(Xml.escape(ReportTexts.label(row, texts))).append("</th><td>")
                        .append(Xml.escape(row.measure().label(texts))).append("</td>");
                report.columns().forEach(c -> out.append("<td class=\"number\">").append(cell(c.get(row), "–")).append("</td>"));
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
    }
}
