package nl.kring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.kring.message.Texts;
import nl.kring.testing.KringCli;
import nl.kring.testing.TestGit;
import nl.kring.testing.TestSite;

/**
 * {@code kring report} on a Git repository made in the test, with commits at chosen dates: the
 * counts per quarter are the content as committed at the end of each quarter.
 */
class ReportTest {

    @TempDir
    Path dir;
    TestSite site;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /**
     * The history:
     * 2025-02-10 two groups (noord: rouwgroep on rouw; zuid: schuldencafe on schulden);
     * 2025-05-20 a full group, a story and two activities (June, August) in roermond;
     * 2025-08-15 rouwgroep ended, a story in heerlen, and a broken group (no summary) in heerlen.
     */
    @BeforeEach
    void history() {
        site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("updated: 2026-10-01", "updated: 2025-01-15"));
        site.write("content/heerlen/groups/schuldencafe.md", site.read("content/heerlen/groups/schuldencafe.md")
                .replace("updated: 2026-10-01", "updated: 2025-01-20"));
        TestGit git = TestGit.init(dir);
        git.commitAll("2025-02-10T12:00:00+01:00");

        site.write("content/roermond/groups/geldcafe.md", TestSite.group("Geldcafé", "status: full")
                .replace("topics: [rouw]", "topics: [schulden]").replace("updated: 2026-10-01", "updated: 2025-05-01"));
        site.write("content/roermond/stories/mijn-verhaal.md", story("Mijn verhaal"));
        site.write("content/roermond/events/juni.md", event("Ontmoeting in juni", "2025-06-10T19:00"));
        site.write("content/roermond/events/augustus.md", event("Ontmoeting in augustus", "2025-08-01T19:00"));
        git.commitAll("2025-05-20T12:00:00+02:00");

        site.write("content/roermond/groups/rouwgroep.md", site.read("content/roermond/groups/rouwgroep.md")
                .replace("facilitators: 2", "facilitators: 2\nstatus: ended"));
        site.write("content/heerlen/stories/ons-verhaal.md", story("Ons verhaal"));
        site.write("content/heerlen/groups/kapot.md", TestSite.group("Kapot", "")
                .replace("summary: Een groep voor wie rouwt.\n", "").replace("updated: 2026-10-01", "updated: 2025-08-01"));
        git.commitAll("2025-08-15T12:00:00+02:00");
    }

    @Test
    void countsEachQuarterAsCommittedAtItsEnd() {
        Report report = build(Moment.quarters("2024Q4..2025Q4"), null);
        assertThat(report.columns()).extracting(c -> c.moment().label())
                .containsExactly("2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4");
        assertThat(row(report, Tally.Section.NETWORK, "netwerk", Tally.Measure.GROUPS)).containsExactly(null, 2, 3, 2, 2);
        assertThat(row(report, Tally.Section.NETWORK, "netwerk", Tally.Measure.STORIES)).containsExactly(null, 0, 1, 2, 2);
        assertThat(row(report, Tally.Section.NETWORK, "netwerk", Tally.Measure.ACTIVITIES)).containsExactly(null, 0, 1, 1, 0);
        assertThat(row(report, Tally.Section.REGION, "noord", Tally.Measure.GROUPS)).containsExactly(null, 1, 2, 1, 1);
        assertThat(row(report, Tally.Section.REGION, "zuid", Tally.Measure.STORIES)).containsExactly(null, 0, 0, 1, 1);
        assertThat(row(report, Tally.Section.MUNICIPALITY, "roermond", Tally.Measure.ACTIVITIES))
                .containsExactly(null, 0, 1, 1, 0);
        assertThat(row(report, Tally.Section.TOPIC, "schulden", Tally.Measure.GROUPS)).containsExactly(null, 1, 2, 2, 2);
        assertThat(row(report, Tally.Section.TOPIC, "rouw", Tally.Measure.GROUPS)).containsExactly(null, 1, 1, 0, 0);
        assertThat(row(report, Tally.Section.STATUS, "active", Tally.Measure.GROUPS)).containsExactly(null, 2, 2, 1, 1);
        assertThat(row(report, Tally.Section.STATUS, "full", Tally.Measure.GROUPS)).containsExactly(null, 0, 1, 1, 1);
        assertThat(row(report, Tally.Section.STATUS, "ended", Tally.Measure.GROUPS)).containsExactly(null, 0, 0, 1, 1);
    }

    @Test
    void brokenHistoryIsCountedAsFarAsItCanBeReadWithAWarning() {
        List<String> warnings = new ArrayList<>();
        Report report = new ReportBuilder(dir, ZoneId.of("Europe/Amsterdam"), m -> warnings.add(Texts.dutch().text(m)))
                .fromHistory("Cijfers", Moment.quarters("2024Q4..2025Q3"), null, LocalDate.of(2026, 11, 23));
        assertThat(warnings).containsExactly(
                "kring report: 2024Q4: geen commit op of voor 2024-12-31; de kolom blijft leeg",
                "kring report: waarschuwing: 2025Q3: commit " + report.columns().get(3).source().substring(7)
                        + ": 1 fout in de inhoud; geteld wat gelezen kon worden");
        assertThat(report.columns().get(0).notes()).containsExactly("nog geen commit op of voor 2024-12-31");
        assertThat(report.columns().get(3).notes()).containsExactly("1 fout(en) in de inhoud; geteld wat leesbaar was");
        assertThat(report.columns().get(3).source()).matches("commit [0-9a-f]{7,} \\(2025-08-15\\)");
    }

    @Test
    void unreadableConfigAndFilesInHistoryAreCountedAroundNotCrashedOn() {
        site.write("site-config.yml", "title: [kapot\n");
        site.write("content/heerlen/groups/schuldencafe.md", "---\nname: [x\n---\n");
        TestGit.open(dir).commitAll("2025-11-10T12:00:00+01:00");
        List<String> warnings = new ArrayList<>();
        Report report = new ReportBuilder(dir, ZoneId.of("Europe/Amsterdam"), m -> warnings.add(Texts.dutch().text(m)))
                .fromHistory("Cijfers", Moment.quarters("2025Q4"), null, LocalDate.of(2026, 11, 23));
        // errors: site-config.yml, schuldencafe.md (YAML) and kapot.md (no summary); neither group is counted
        assertThat(row(report, Tally.Section.NETWORK, "netwerk", Tally.Measure.GROUPS)).containsExactly(1);
        assertThat(row(report, Tally.Section.NETWORK, "netwerk", Tally.Measure.STORIES)).containsExactly(2);
        assertThat(report.rows(Tally.Section.REGION)).isEmpty();
        assertThat(report.columns().getFirst().notes()).containsExactly(
                "3 fout(en) in de inhoud; geteld wat leesbaar was",
                "site-config.yml was niet leesbaar; alle gemeentemappen geteld");
        assertThat(warnings).hasSize(2).allMatch(w -> w.startsWith("kring report: waarschuwing: 2025Q4: commit "));
    }

    @Test
    void aDateCountsTheCommitOfThatDayAndActivitiesOfItsQuarterSoFar() {
        Report report = build(List.of(Moment.at(LocalDate.of(2025, 5, 20)),
                Moment.at(LocalDate.of(2025, 6, 30))), null);
        assertThat(row(report, Tally.Section.NETWORK, "netwerk", Tally.Measure.GROUPS)).containsExactly(3, 3);
        assertThat(row(report, Tally.Section.NETWORK, "netwerk", Tally.Measure.ACTIVITIES)).containsExactly(0, 1);
    }

    @Test
    void regionOptionCountsOnlyThatRegion() {
        Report report = build(Moment.quarters("2025Q3"), "zuid");
        assertThat(row(report, Tally.Section.NETWORK, "netwerk", Tally.Measure.GROUPS)).containsExactly(1);
        assertThat(row(report, Tally.Section.NETWORK, "netwerk", Tally.Measure.STORIES)).containsExactly(1);
        assertThat(report.rows(Tally.Section.REGION)).extracting(Tally.Row::key).containsOnly("zuid");
        assertThat(report.rows(Tally.Section.MUNICIPALITY)).extracting(Tally.Row::key).containsOnly("heerlen");
    }

    @Test
    void markdownAndCsvHaveOneColumnPerMoment() {
        assertThat(run("report", "--quarters", "2024Q4..2025Q4")).isZero();
        assertThat(out.toString())
                .startsWith("# Cijfers Zelfregie Test\n")
                .contains("| Totaal | groepen | – | 2 | 3 | 2 | 2 |\n")
                .contains("| Zelfregie Noord | groepen | – | 1 | 2 | 1 | 1 |\n|  | verhalen | – | 0 | 1 | 1 | 1 |\n")
                .contains("| Geldzorgen en schulden | groepen | – | 1 | 2 | 2 | 2 |\n")
                .contains("- 2024Q4: nog geen commit op of voor 2024-12-31\n");
        out.getBuffer().setLength(0);

        assertThat(run("report", "--quarters", "2024Q4..2025Q4", "--format", "csv")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("tabel,sleutel,naam,wat,2024Q4,2025Q1,2025Q2,2025Q3,2025Q4");
        assertThat(lines).contains("network,netwerk,Totaal,groepen,,2,3,2,2",
                "region,noord,Zelfregie Noord,activiteiten,,0,1,1,0",
                "status,ended,gestopt,groepen,,0,0,1,1");
        assertThat(lines).allMatch(l -> l.split(",", -1).length == 9);
        assertThat(out.toString()).contains("\r\n");
    }

    @Test
    void htmlIsOneSelfContainedPageWithWellFormedAccessibleCharts() throws Exception {
        Path file = dir.resolve("out/groei.html");
        assertThat(run("report", "--quarters", "2024Q4..2025Q4", "--format", "html", "--out", file.toString())).isZero();
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">")
                .doesNotContainIgnoringCase("<script").doesNotContain("https://").doesNotContainPattern(" on[a-z]+=")
                .contains("<table>").contains("<td class=\"number\">3</td>");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://");
        List<Document> charts = svgs(html);
        assertThat(charts).hasSize(4);
        for (Document chart : charts) {
            Element svg = chart.getDocumentElement();
            assertThat(svg.getLocalName()).isEqualTo("svg");
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
            assertThat(chart.getElementsByTagNameNS("*", "title").item(0).getAttributes().getNamedItem("id")
                    .getNodeValue()).isEqualTo(labelledBy[0]);
            assertThat(chart.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).isNotBlank();
        }
        Document groups = charts.getFirst();
        assertThat(groups.getElementsByTagNameNS("*", "rect").getLength()).isEqualTo(4);
        assertThat(groups.getElementsByTagNameNS("*", "desc").item(0).getTextContent())
                .contains("2024Q4: geen gegevens; 2025Q1: 2; 2025Q2: 3; 2025Q3: 2; 2025Q4: 2");
        Document topics = charts.getLast();
        assertThat(topics.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Groepen per onderwerp (2025Q4)");
        assertThat(topics.getElementsByTagNameNS("*", "rect").getLength()).isEqualTo(2);
    }

    @Test
    void staleListsGroupsToCheckPerMunicipalityWithTheirContact() {
        assertThat(run("report", "--stale", "--now", "2026-11-23")).isZero();
        assertThat(out.toString())
                .contains("## Heerlen\n")
                .contains("| Schuldencafé Heerlen | 2025-01-20 | Piet |  045 123 4567 |".replace("|  0", "| 0"))
                .contains("## Roermond\n")
                .contains("| Geldcafé | 2025-05-01 | Anna |  | anna@example.org | content/roermond/groups/geldcafe.md |")
                .doesNotContain("Rouwgroep Roermond");  // ended groups need no check
        out.getBuffer().setLength(0);
        assertThat(run("report", "--stale", "--now", "2026-11-23", "--region", "noord", "--format", "csv")).isZero();
        assertThat(out.toString()).isEqualTo("gemeente,groep,laatst_gecontroleerd,contactpersoon,telefoon,email,bestand\r\n"
                + "Roermond,Geldcafé,2025-05-01,Anna,,anna@example.org,content/roermond/groups/geldcafe.md\r\n");
    }

    @Test
    void usageErrors() {
        assertThat(run("report", "--at", "2025-01-01", "--quarters", "2025Q1")).isEqualTo(2);
        assertThat(run("report", "--quarters", "2025Q3..2025Q1")).isEqualTo(2);
        assertThat(err.toString()).contains("--quarters loopt achteruit");
        assertThat(run("report", "--format", "pdf")).isEqualTo(2);
        assertThat(run("report", "--region", "west")).isEqualTo(2);
        assertThat(err.toString()).contains("onbekende regio: west (regio's in site-config.yml: noord, zuid)");
    }

    private Report build(List<Moment> moments, String region) {
        return new ReportBuilder(dir, ZoneId.of("Europe/Amsterdam"), w -> { })
                .fromHistory("Cijfers", moments, region, LocalDate.of(2026, 11, 23));
    }

    private static List<Integer> row(Report report, Tally.Section section, String key, Tally.Measure measure) {
        List<Integer> values = new ArrayList<>();
        for (Report.Column column : report.columns()) {
            values.add(column.tally() == null ? null : column.tally().get(section, key, measure));
        }
        return values;
    }

    private static List<Document> svgs(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<Document> documents = new ArrayList<>();
        Matcher m = Pattern.compile("<svg[\\s\\S]*?</svg>").matcher(html);
        while (m.find()) {
            documents.add(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8))));
        }
        return documents;
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--root";
        all[args.length + 1] = dir.toString();
        return KringCli.run(out, err, all);
    }

    private static String story(String title) {
        return """
                ---
                title: %s
                date: 2025-01-05
                topics: [rouw]
                consent: true
                ---
                Een verhaal.
                """.formatted(title);
    }

    private static String event(String title, String start) {
        return """
                ---
                title: %s
                type: meeting
                start: %s
                end: 21:00
                format: online
                ---
                Een activiteit.
                """.formatted(title, start);
    }
}
