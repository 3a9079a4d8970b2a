package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;
import nl.kring.site.BuildResult;
import nl.kring.testing.TestSite;

/**
 * {@code kring build} checks every {@code href}, {@code src} and {@code #fragment} it writes and
 * fails naming the content file (the sample network passing it is shown by every other quality
 * test, which builds it). Here: the faults it must reject.
 */
class LinkCheckTest {

    @TempDir
    Path dir;

    @Test
    void aLinkToAMissingFragmentOfAnotherPageFailsTheBuild() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("We praten over verlies.", "Zie [over zelfhulp](../../pages/over-zelfhulp.md#bestaat-niet)."));
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english())))
                .containsExactly("content/roermond/groups/rouwgroep.md:1:1: error: link '../../../over-zelfhulp/#bestaat-niet' "
                        + "leads to #bestaat-niet, which is not on /over-zelfhulp/ (on page /roermond/groepen/rouwgroep/index.html)");
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void aThemeImageThatIsNotThereFailsTheBuildNamingTheTemplatesPage() {
        TestSite site = new TestSite(dir);
        site.write("themes/default/templates/404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page>"
                + "<h1>Niet gevonden</h1><img src=\"${url('/plaatje.png')}\" alt=\"\"></@layout.page>\n");
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english())))
                .contains("output/404.html:1:1: error: link '/plaatje.png' leads to a page that does not exist "
                        + "(/plaatje.png) (on page /404.html)");
    }
}
