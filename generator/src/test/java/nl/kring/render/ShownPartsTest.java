package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.model.Contact;
import nl.kring.model.Markdown;
import nl.kring.model.Municipality;

/**
 * A page is kept when its new inputs differ only in parts of content items its template did not read; anything
 * else it read, and any way to an item the wrapper cannot follow, makes it render again.
 */
class ShownPartsTest {

    @TempDir
    Path dir;

    private static Municipality municipality(String name, String intro) {
        return new Municipality("roermond", "content/roermond/municipality.yml", name,
                new Markdown(intro, "content/roermond/municipality.yml", 3),
                new Contact("Anna", null, "anna@example.org", null, null));
    }

    private final Municipality roermond = municipality("Roermond", "Welkom.");
    private final Municipality otherIntro = municipality("Roermond", "Welkom in Roermond.");
    private final Municipality otherName = municipality("Gemeente Roermond", "Welkom.");

    /** What {@code template} read when it rendered a list of {@code item}. */
    private ShownParts shown(String template, Municipality item) throws Exception {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/probe.ftlh"), template);
        Path defaults = Path.of("../themes/default").toAbsolutePath();
        ThemeTemplates theme = new ThemeTemplates(new Theme("probe", List.of(dir, defaults)), "nl");
        return theme.renderUtf8Noting("probe.ftlh", data(item)).shown();
    }

    /** A list page's data: the item inside a record inside a list, as the all-groups page has its groups. */
    private static Map<String, Object> data(Municipality item) {
        return Map.of("entries", List.of(new Entry(item, 3)), "helper", HELPER);
    }

    public record Entry(Municipality municipality, int count) {
    }

    private static final Helper HELPER = new Helper();

    public static final class Helper {
        public String describe(Object item) {
            return String.valueOf(item).length() + "";
        }
    }

    private static RenderedPages.PageInputs inputs(Municipality item) {
        return new RenderedPages.PageInputs(new PagePlan.PageJob("/lijst/", "probe.ftlh", null,
                new PagePlan.Meta("Lijst", "Alle gemeenten", "https://example.org/lijst/", "website", null),
                data(item), true), new RenderedPages.Shared(null, Map.of(), Map.of(), "/"));
    }

    private boolean kept(ShownParts shown, Municipality now) {
        return shown.sameAsShown(inputs(roermond), inputs(now));
    }

    @Test
    void anItemChangedOnlyWhereTheTemplateDidNotLookKeepsThePage() throws Exception {
        ShownParts shown = shown("<#list entries as e><li>${e.municipality().name()} (${e.count()})</li></#list>",
                roermond);
        assertThat(kept(shown, otherIntro)).isTrue();
        assertThat(kept(shown, otherName)).isFalse();
    }

    @Test
    void aPropertyReadWithoutBracketsCountsAsRead() throws Exception {
        ShownParts shown = shown("<#list entries as e>${e.municipality().name}</#list>", roermond);
        assertThat(kept(shown, otherIntro)).isTrue();
        assertThat(kept(shown, otherName)).isFalse();
    }

    @Test
    void whatIsNotAnItemMustBeEqual() throws Exception {
        ShownParts shown = shown("<#list entries as e>${e.municipality().name()}</#list>", roermond);
        Map<String, Object> more = new java.util.HashMap<>(data(roermond));
        more.put("entries", List.of(new Entry(roermond, 4)));
        RenderedPages.PageInputs now = new RenderedPages.PageInputs(new PagePlan.PageJob("/lijst/", "probe.ftlh",
                null, inputs(roermond).job().meta(), more, true), inputs(roermond).shared());
        assertThat(shown.sameAsShown(inputs(roermond), now)).isFalse();
    }

    @Test
    void anItemHandedToJavaCountsAsReadWhole() throws Exception {
        ShownParts shown = shown("<#list entries as e>${helper.describe(e.municipality())}</#list>", roermond);
        assertThat(kept(shown, otherIntro)).isFalse();
    }

    @Test
    void aMethodWithArgumentsOnAnItemCountsAsReadingItWhole() throws Exception {
        ShownParts shown = shown("<#list entries as e>${e.municipality().equals(e)?c}</#list>", roermond);
        assertThat(kept(shown, otherIntro)).isFalse();
    }

    @Test
    void anItemShownAsTextCountsAsReadWhole() throws Exception {
        ShownParts shown = shown("<#list entries as e>${e.municipality()}</#list>", roermond);
        assertThat(kept(shown, otherIntro)).isFalse();
    }

    @Test
    void aPartReadOfTheWholeItemIsComparedWhole() throws Exception {
        // the template read the contact, then its name: a change to the contact's e-mail address renders again
        ShownParts shown = shown("<#list entries as e>${e.municipality().contact().name()}</#list>", roermond);
        Municipality otherMail = new Municipality(roermond.slug(), roermond.path(), roermond.name(), roermond.intro(),
                new Contact("Anna", null, "anna@roermond.nl", null, null));
        assertThat(kept(shown, otherMail)).isFalse();
        assertThat(kept(shown, otherIntro)).isTrue();
    }
}
