package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * What a GP or a waiting room gets on paper. Chromium prints each page to an A4 PDF as a visitor's
 * "Print" would; PDFBox reads the text that is really on the paper and renders the pages to images
 * (kept in {@code target/screenshots/} for review), and ZXing reads the QR codes back from those images.
 */
class PaperTest extends InBrowser {

    static final String BASE_URL = "https://zelfregie-roermond.example.org";

    /** Pages that list groups: on paper each group says where, cost, sign-up and contact, with its address. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/onderwerpen/rouw/", "/roermond/", "/groepen/"})
    void aPrintedListOfGroupsShowsEveryGroupsContactMeansAndAddress(String path) {
        browser.open(site.url(path));
        assertThat(PrintCheck.problems(browser)).isEmpty();
        Printed printed = print(path, "print-" + name(path));
        List<String> groups = groupPathsListedOn(path);
        assertThat(groups).isNotEmpty();
        for (String group : groups) {
            assertThat(printed.shows(shortAddress(group))).as("the printed address of " + group).isTrue();
            for (String means : contactMeans(group)) {
                assertThat(printed.shows(means)).as(group + " on paper: " + means).isTrue();
            }
        }
        assertThat(printed.text()).as("the page's own address").contains("Deze pagina: " + shortAddress(path));
        assertThat(printed.text()).doesNotContain("Zet in uw agenda", "Menu", "Zoeken", "Deel dit verhaal");
    }

    @Test
    void aPrintedGroupPageHasItsAddressAndContactButNoButtons() {
        String path = "/roermond/groepen/rouwgroep-roermond/";
        browser.open(site.url(path));
        assertThat(PrintCheck.problems(browser)).isEmpty();
        Printed printed = print(path, "print-group");
        assertThat(printed.pages()).isBetween(1, 3);
        assertThat(printed.text()).contains("Deze pagina: " + shortAddress(path), "Wanneer", "Waar",
                "Voorbeeldstraat 12", "Kosten", "Gratis", "06 12345678", "rouwgroep-roermond@example.org");
        assertThat(printed.text()).doesNotContain("Zet in uw agenda", "Naar Contact", "Menu", "Zoeken");
    }

    @Test
    void theMunicipalityOverviewPrintsOnA4WithAQrCodePerGroupThatOpensItsPage() {
        String path = "/roermond/overzicht/";
        browser.open(site.url(path));
        assertThat(PrintCheck.problems(browser)).isEmpty();
        Printed printed = print(path, "print-overview");
        List<String> groups = groupPathsListedOn("/roermond/");
        assertThat(groups).hasSizeGreaterThan(20);
        assertThat(printed.pages()).as("A4 pages for " + groups.size() + " groups").isBetween(2, groups.size() / 3);
        Set<String> expected = new TreeSet<>();
        for (String group : groups) {
            expected.add(BASE_URL + group);
            for (String means : contactMeans(group)) {
                assertThat(printed.shows(means)).as(group + " on paper: " + means).isTrue();
            }
        }
        assertThat(printed.decodedQrCodes()).as("the QR codes on paper, read back with ZXing")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(printed.text()).doesNotContain("Menu", "Zoeken");
    }

    @Test
    void theMunicipalityPageLinksToItsPrintableOverview() {
        browser.open(site.url("/roermond/"));
        assertThat(browser.script("return document.querySelector('a[href$=\"overzicht/\"]').textContent.trim();"))
                .isEqualTo("Overzicht van deze groepen om af te drukken (met QR-codes)");
    }

    // ---- printing and reading back ----

    /** What came out of the printer: the text of all pages, the page images and how many pages. */
    record Printed(String text, List<BufferedImage> images) {
        int pages() {
            return images.size();
        }

        /** Whether the text is on paper, wherever the lines broke. */
        boolean shows(String expected) {
            return compact(text).contains(compact(expected));
        }

        /** Every QR code on every page, as read by ZXing. */
        Set<String> decodedQrCodes() {
            Set<String> found = new TreeSet<>();
            Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
            for (BufferedImage image : images) {
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
                try {
                    for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap, hints)) {
                        found.add(result.getText());
                    }
                } catch (NotFoundException none) {
                    // a page without codes
                }
            }
            return found;
        }
    }

    /** Prints the open page to A4, keeps images of its pages for review and returns what is on them. */
    private static Printed print(String path, String screenshotName) {
        byte[] pdf = browser.printA4();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            Files.createDirectories(LayoutTest.SCREENSHOTS);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 200);
                images.add(image);
                if (page < 6) {
                    BufferedImage small = renderer.renderImageWithDPI(page, 96);
                    ImageIO.write(small, "png", LayoutTest.SCREENSHOTS
                            .resolve(screenshotName + "-a4-page" + (page + 1) + ".png").toFile());
                }
            }
            return new Printed(text, images);
        } catch (IOException e) {
            throw new UncheckedIOException("printing " + path, e);
        }
    }

    /** The site paths of the groups whose cards a page shows, from the built HTML. */
    private static List<String> groupPathsListedOn(String path) {
        Document page = built(path);
        return page.select(".card-title a[href*=/groepen/], .card-title a[href^=groepen/]").stream()
                .map(a -> Path.of(path).resolve(a.attr("href")).normalize().toString() + "/")
                .distinct().toList();
    }

    /** The phone numbers, e-mail addresses and web addresses a group's page gives in its contact box. */
    private static List<String> contactMeans(String groupPath) {
        return built(groupPath).select(".contact-box a").stream().map(a -> a.text().strip()).toList();
    }

    private static Document built(String sitePath) {
        Path file = SampleSite.OUT.resolve("roermond" + sitePath).resolve("index.html");
        try {
            return Jsoup.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shortAddress(String sitePath) {
        return BASE_URL.substring("https://".length()) + sitePath;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String name(String path) {
        String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }
}
