package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Everything the sample network's build writes is valid for the programs that read it: HTML and
 * CSS for the Nu Html Checker, the Atom feed for its RFC 4287 schema, sitemaps as XML, calendars for a
 * real iCalendar parser. Each check also rejects a deliberately broken file.
 */
@ExtendWith(QualitySuite.class)
class ValidOutputTest {

    static final Path FAULTY = Path.of("src/test/resources/quality/faulty");
    static final Path ATOM_SCHEMA = Path.of("src/test/resources/quality/atom.rnc");

    static SampleSite site;

    @BeforeAll
    static void build(SampleSite sample) {
        site = sample;
    }

    @Test
    void everyGeneratedHtmlFilePassesTheNuHtmlChecker() {
        List<Path> pages = site.files(".html");
        assertThat(pages).hasSizeGreaterThan(200);
        assertThat(NuChecker.htmlErrors(pages)).isEmpty();
    }

    @Test
    void theNuHtmlCheckerRejectsInvalidHtml() {
        assertThat(NuChecker.htmlErrors(List.of(FAULTY.resolve("invalid.html"))))
                .anyMatch(e -> e.contains("Duplicate ID"))
                .anyMatch(e -> e.contains("Element “div” not allowed as child of element “ul”"));
    }

    @Test
    void everyStylesheetPassesTheCssChecker() {
        List<Path> stylesheets = site.files(".css");
        assertThat(stylesheets).hasSizeGreaterThanOrEqualTo(6);
        assertThat(NuChecker.cssErrors(stylesheets)).isEmpty();
        assertThat(NuChecker.cssErrors(List.of(FAULTY.resolve("overflow.css"), FAULTY.resolve("invalid.css"))))
                .hasSize(1).allMatch(e -> e.contains("invalid.css") && e.contains("colr"));
    }

    @Test
    void sitemapsAndFeedsAreWellFormedXml() throws Exception {
        List<Path> files = new ArrayList<>(site.files("sitemap.xml"));
        files.addAll(site.files("feed.xml"));
        assertThat(files).hasSize(6);
        for (Path file : files) {
            parseXml(file);
        }
        assertThatThrownBy(() -> parseXml(FAULTY.resolve("malformed-sitemap.xml"))).isInstanceOf(SAXParseException.class);
    }

    @Test
    void everyFeedIsValidAtom() throws Exception {
        for (Path feed : site.files("feed.xml")) {
            assertThat(NuChecker.relaxNgErrors(ATOM_SCHEMA, feed)).as(feed.toString()).isEmpty();
            // RFC 4287 4.1.1: an entry without its own author needs one on the feed
            Document doc = parseXml(feed);
            boolean feedHasAuthor = doc.getDocumentElement().getElementsByTagNameNS(ATOM, "author").getLength() > 0;
            var entries = doc.getElementsByTagNameNS(ATOM, "entry");
            assertThat(entries.getLength()).as(feed.toString()).isPositive();
            for (int i = 0; i < entries.getLength(); i++) {
                assertThat(feedHasAuthor || ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "author").getLength() > 0)
                        .as("author of entry %d in %s", i, feed).isTrue();
            }
        }
    }

    @Test
    void theAtomSchemaRejectsAFeedWithoutId() {
        assertThat(NuChecker.relaxNgErrors(ATOM_SCHEMA, FAULTY.resolve("feed-without-id.xml")))
                .anyMatch(e -> e.contains("id"));
    }

    @Test
    void everyCalendarParsesAndEveryEventHasAnIdAndAStart() throws Exception {
        List<Path> calendars = site.files(".ics");
        assertThat(calendars).hasSizeGreaterThan(10);
        for (Path file : calendars) {
            Calendar calendar = parseCalendar(file);
            List<VEvent> events = calendar.getComponents("VEVENT");
            for (VEvent event : events) {
                assertThat(event.getUid()).as("UID in " + file).isPresent();
                assertThat(event.getDateTimeStart()).as("DTSTART in " + file).isNotNull();
            }
        }
    }

    @Test
    void theCalendarParserRejectsABrokenDate() {
        assertThatThrownBy(() -> parseCalendar(FAULTY.resolve("broken.ics"))).isInstanceOf(ParserException.class);
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(file.toFile());
    }

    private static Calendar parseCalendar(Path file) throws IOException, ParserException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new CalendarBuilder().build(reader);
        }
    }
}
