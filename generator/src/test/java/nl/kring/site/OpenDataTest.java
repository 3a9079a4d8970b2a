package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import nl.kring.message.Texts;
import nl.kring.testing.TestSite;

/**
 * A region's open data (/open-data/): the JSON files pass their own JSON Schemas (checked by a maintained
 * validator, formats included), the OpenAPI document passes the Swagger parser's validation, the CSV files are what
 * a Dutch spreadsheet opens (BOM, header, ';', RFC 4180 quoting), and the data hold what the pages show and no more:
 * no private address, no draft, no ended group, the next meetings of the group page.
 */
class OpenDataTest {

    private static final String SCHEDULE = """
            schedule:
              rrule: FREQ=MONTHLY;BYDAY=2TU
              start: "19:30"
              end: "21:30"
            """;

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", SCHEDULE));
        site.write("content/roermond/groups/thuisgroep.md", """
                ---
                name: Thuisgroep "Samen"; voor pijn
                topics: [rouw]
                summary: |
                  Een kleine groep bij iemand thuis.
                  Koffie; thee en begrip.
                when: Elke eerste maandag, 14.00 uur
                location:
                  name: Bij een deelnemer thuis
                  address: Geheimstraat 7
                  postcode: 6043 ZZ
                  city: Roermond
                  private: true
                contact:
                  name: Monique
                  phone: "06 55667788"
                facilitators: 1
                updated: 2026-10-01
                ---
                Het adres krijgt u na aanmelding.
                """);
        site.write("content/roermond/groups/concept.md", TestSite.group("Conceptgroep Roermond", "draft: true\n" + SCHEDULE));
        site.write("content/roermond/groups/gestopt.md", TestSite.group("Gestopte groep Roermond", "status: ended"));
        site.write("content/roermond/events/open-avond.md", event("Open avond; voor iedereen", "2026-12-03T19:30", ""));
        site.write("content/roermond/events/oud.md", event("Voorbije avond", "2026-10-01T19:30", ""));
        site.write("content/roermond/events/concept-avond.md", event("Concept avond", "2026-12-04T19:30", "draft: true\n"));
    }

    private static String event(String title, String start, String extra) {
        return """
                ---
                title: "%s"
                type: information
                audience: everyone
                start: %s
                end: "21:00"
                format: in-person
                location:
                  name: Wijkcentrum De Brug
                  address: Voorbeeldstraat 12
                  postcode: 6041 AB
                  city: Roermond
                registration:
                  email: aanmelden@example.org
                %s---
                Welkom.
                """.formatted(title.replace("\"", "\\\""), start, extra);
    }

    @Test
    void theJsonFilesPassTheirSchemasAndTheOpenApiDocumentIsValid() throws IOException {
        site.build();
        assertThat(site.errors(Texts.english())).isEmpty();
        for (String region : List.of("noord", "zuid")) {
            assertThat(schemaErrors(region, "groepen")).as(region).isEmpty();
            assertThat(schemaErrors(region, "activiteiten")).as(region).isEmpty();
            SwaggerParseResult api = openApi(site.output(region + "/open-data/openapi.json"));
            assertThat(api.getMessages()).as(region).isEmpty();
            assertThat(api.getOpenAPI().getPaths()).containsOnlyKeys("/groepen.json", "/groepen.csv",
                    "/activiteiten.json", "/activiteiten.csv");
            assertThat(api.getOpenAPI().getInfo().getLicense().getName()).isEqualTo("CC0-1.0");
            assertThat(api.getOpenAPI().getComponents().getSchemas()).containsKeys("Group", "Activity", "Location");
        }
    }

    @Test
    void theValidatorsRejectDataThatBreaksTheContract() throws IOException {
        site.build();
        String groups = site.output("noord/open-data/groepen.json");
        // an address field the schema does not know, and an id that is not municipality/slug
        String broken = groups.replace("\"id\": \"roermond/rouwgroep\"", "\"id\": \"Rouwgroep Roermond\"")
                .replace("\"city\": \"Roermond\"", "\"city\": \"Roermond\", \"houseNumber\": \"7\"");
        assertThat(validate(site.output("noord/open-data/groepen.schema.json"), broken))
                .anyMatch(e -> e.contains("pattern")).anyMatch(e -> e.contains("houseNumber"));
        assertThat(openApi("{\"openapi\": \"3.0.3\", \"paths\": {}}").getMessages())
                .anyMatch(m -> m.contains("info"));
    }

    @Test
    void theDataHoldWhatThePagesShowAndNothingPrivate() throws IOException {
        site.build();
        String groups = site.output("noord/open-data/groepen.json");
        assertThat(groups).contains("\"id\": \"roermond/rouwgroep\"", "\"id\": \"roermond/thuisgroep\"")
                .contains("\"licence\": \"CC0-1.0\"")
                .doesNotContain("Conceptgroep").doesNotContain("Gestopte groep");
        String activities = site.output("noord/open-data/activiteiten.json");
        assertThat(activities).contains("\"id\": \"roermond/open-avond\"", "\"start\": \"2026-12-03T19:30:00+01:00\"")
                .doesNotContain("Voorbije avond").doesNotContain("Concept avond");
        // someone's home: the city only, never the street, the postcode or the venue's name — in no file
        for (Path file : openDataFiles("noord")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).doesNotContain("Geheimstraat").doesNotContain("6043 ZZ")
                    .doesNotContain("Bij een deelnemer thuis");
        }
        assertThat(groups).contains("\"private\": true");
        // the contact person's name is in the data because the group's page shows it
        assertThat(Jsoup.parse(site.output("noord/roermond/groepen/thuisgroep/index.html")).select(".contact-box").text())
                .contains("Monique");
        assertThat(groups).contains("\"name\": \"Monique\"");
    }

    @Test
    void aGroupsNextMeetingsInTheDataAreTheOnesItsPageLists() {
        site.build();
        List<String> onPage = Jsoup.parse(site.output("noord/roermond/groepen/rouwgroep/index.html"))
                .select(".next-meetings time").eachAttr("datetime");
        assertThat(onPage).hasSize(3);
        String groups = site.output("noord/open-data/groepen.json");
        String rouwgroep = groups.substring(groups.indexOf("\"id\": \"roermond/rouwgroep\""),
                groups.indexOf("\"id\": \"roermond/thuisgroep\""));
        List<String> inData = new ArrayList<>();
        java.util.regex.Matcher start = java.util.regex.Pattern.compile("\"start\": \"([^\"]+)\"").matcher(rouwgroep);
        while (start.find()) {
            inData.add(start.group(1));
        }
        // the page writes local times (2026-12-08T19:30), the data add the Dutch offset: the same moments
        assertThat(inData).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(inData.get(i)).startsWith(onPage.get(i)).endsWith("+01:00");
        }
        assertThat(inData.get(0)).isEqualTo("2026-12-08T19:30:00+01:00");
    }

    @Test
    void theCsvFilesOpenInADutchSpreadsheet() throws IOException {
        site.build();
        byte[] bytes = Files.readAllBytes(site.out().resolve("noord/open-data/groepen.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = parseCsv(csv);
        List<String> header = rows.get(0);
        assertThat(header).startsWith("id", "name", "summary", "url");
        assertThat(csv.lines().findFirst().orElseThrow()).contains(";").doesNotContain(",").doesNotContain("\"");
        assertThat(rows).hasSize(3).allMatch(row -> row.size() == header.size());
        List<String> home = rows.stream().filter(r -> r.get(0).equals("roermond/thuisgroep")).findFirst().orElseThrow();
        // a ';' and a quote in the name, a line break and ';' in the summary: quoted fields, quotes doubled
        assertThat(home.get(header.indexOf("name"))).isEqualTo("Thuisgroep \"Samen\"; voor pijn");
        assertThat(home.get(header.indexOf("summary"))).isEqualTo("Een kleine groep bij iemand thuis.\nKoffie; thee en begrip.");
        assertThat(csv).contains(";\"Thuisgroep \"\"Samen\"\"; voor pijn\";");
        assertThat(home.get(header.indexOf("address"))).isEmpty();
        assertThat(home.get(header.indexOf("city"))).isEqualTo("Roermond");
        assertThat(home.get(header.indexOf("locationPrivate"))).isEqualTo("true");
        assertThat(csv).contains("\r\n");

        byte[] activityBytes = Files.readAllBytes(site.out().resolve("noord/open-data/activiteiten.csv"));
        List<List<String>> activities = parseCsv(new String(activityBytes, 3, activityBytes.length - 3, StandardCharsets.UTF_8));
        assertThat(activities).hasSize(2);
        assertThat(activities.get(1).get(activities.get(0).indexOf("title"))).isEqualTo("Open avond; voor iedereen");
        assertThat(activities.get(1).get(activities.get(0).indexOf("start"))).isEqualTo("2026-12-03T19:30:00+01:00");
    }

    @Test
    void twoBuildsWriteTheSameBytes() throws IOException {
        site.build(dir.resolve("een"));
        site.build(dir.resolve("twee"));
        for (Path file : openDataFiles(dir.resolve("een"), "noord")) {
            Path other = dir.resolve("twee").resolve(dir.resolve("een").relativize(file));
            assertThat(Files.readAllBytes(other)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void theLicenceComesFromSiteConfigAndAWrongOneIsReportedAtItsPlace() throws IOException {
        String config = site.read("site-config.yml");
        site.write("site-config.yml", config.replace("regions:\n", "openData:\n  licence: cc-by-4.0\nregions:\n"));
        site.build();
        assertThat(site.output("noord/open-data/groepen.json")).contains("\"licence\": \"CC-BY-4.0\"",
                "\"licenceUrl\": \"https://spdx.org/licenses/CC-BY-4.0.html\"");
        assertThat(site.output("noord/open-data/index.html")).contains("CC-BY-4.0");

        site.write("site-config.yml", config.replace("regions:\n", "openData:\n  licence: https://example.org/licentie\nregions:\n")
                .replace("    municipalities: [heerlen]\n", "    municipalities: [heerlen]\n    openData:\n      licence: vrij te gebruiken\n"));
        assertThat(site.errors(Texts.english())).containsExactly(
                "site-config.yml:22:16: error: 'licence' must be an SPDX licence identifier (like CC0-1.0 or CC-BY-4.0) "
                        + "or the licence's web address, not 'vrij te gebruiken'");
    }

    @Test
    void theOpenDataPageExplainsTheFilesInDutch() {
        site.build();
        var page = Jsoup.parse(site.output("noord/open-data/index.html"));
        assertThat(page.select("h1").text()).isEqualTo("Open data");
        assertThat(page.select("main a").eachAttr("href")).contains("groepen.json", "groepen.csv",
                "groepen.schema.json", "activiteiten.json", "activiteiten.csv", "activiteiten.schema.json", "openapi.json");
        assertThat(page.select("main").text()).contains("Groepen (2 groepen)", "Activiteiten (1 activiteit)",
                "puntkomma", "CC0", "https://noord.example.org/open-data/groepen.json");
        // every page's footer leads here
        assertThat(Jsoup.parse(site.output("noord/index.html")).select("footer a[href=open-data/]").text())
                .startsWith("Open data");
    }

    private List<String> schemaErrors(String region, String name) {
        return validate(site.output(region + "/open-data/" + name + ".schema.json"),
                site.output(region + "/open-data/" + name + ".json"));
    }

    /** The JSON Schema validator's complaints, formats asserted too (date-time, uri, email, date). */
    static List<String> validate(String schemaJson, String json) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema schema = registry.getSchema(schemaJson, InputFormat.JSON);
        List<Error> errors = schema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    static SwaggerParseResult openApi(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(json, null, options);
    }

    private List<Path> openDataFiles(String region) throws IOException {
        return openDataFiles(site.out(), region);
    }

    private static List<Path> openDataFiles(Path out, String region) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve(region).resolve("open-data"))) {
            return files.sorted().toList();
        }
    }

    /** RFC 4180 with ';': quoted fields may hold the separator, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the file ends with CRLF").isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
