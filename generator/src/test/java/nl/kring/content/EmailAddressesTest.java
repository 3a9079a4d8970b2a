package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kring.message.Texts;
import nl.kring.source.MailDomains;
import nl.kring.testing.TestSite;

/** E-mail addresses with a typo in a mail provider's domain: valid to look at, and no answer ever comes. */
class EmailAddressesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "anna@gmial.com|anna@gmail.com", "anna@gmai.com|anna@gmail.com", "anna@gmaill.com|anna@gmail.com",
        "anna@gnail.com|anna@gmail.com", "anna@gmail.nl|anna@gmail.com", "anna@gmail.co|anna@gmail.com",
        "piet@hotmial.com|piet@hotmail.com", "piet@hotmail.con|piet@hotmail.com", "piet@hotmal.nl|piet@hotmail.nl",
        "info@zigo.nl|info@ziggo.nl", "info@ziggo.nll|info@ziggo.nl", "info@kpnmial.nl|info@kpnmail.nl",
        "info@outlok.com|info@outlook.com", "info@icloud.cmo|info@icloud.com", "Anna.de.Vries@GMIAL.COM|Anna.de.Vries@gmail.com",
        "info@steunpunt-roermond.con|info@steunpunt-roermond.com"})
    void aProvidersDomainWithATypoSuggestsTheProvider(String written, String meant) {
        assertThat(MailDomains.meant(written)).as(written).contains(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@gmail.com", "piet@hotmail.nl", "piet@hotmail.de", "piet@outlook.fr", "info@live.nl",
        "info@lives.nl", "info@home.nl", "info@hime.nl", "info@me.com", "info@ziggo.nl", "info@zelfregie-roermond.nl",
        "info@steunpuntgeleen.nl", "info@gmx.de", "info@web.de", "info@t-online.de", "info@proton.me",
        "info@example.org", "aanmelden@rouwgroep.com"})
    void otherAddressesAreLeftAlone(String written) {
        assertThat(MailDomains.meant(written)).as(written).isEmpty();
    }

    @Test
    void aTypoIsAWarningAtTheAddressInBothLanguagesAndTheBuildGoesOn() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "")
                .replace("  email: anna@example.org", "  email: anna@gmial.com"));
        site.write("content/roermond/municipality.yml", """
                name: Roermond
                intro: Tekst.
                contact:
                  organisation: Steunpunt
                  email: steunpunt@ziggo.nll
                """);
        assertThat(site.build().succeeded()).isTrue();
        assertThat(site.problems()).contains(
                "content/roermond/groups/rouwgroep.md:14:10: waarschuwing: 'anna@gmial.com' lijkt een tikfout: bedoelt u"
                        + " 'anna@gmail.com'? Een e-mail aan een verkeerd adres komt nooit aan",
                "content/roermond/municipality.yml:5:10: waarschuwing: 'steunpunt@ziggo.nll' lijkt een tikfout: bedoelt"
                        + " u 'steunpunt@ziggo.nl'? Een e-mail aan een verkeerd adres komt nooit aan");
        assertThat(site.problems(Texts.english())).contains(
                "content/roermond/groups/rouwgroep.md:14:10: warning: 'anna@gmial.com' looks like a typo: did you mean"
                        + " 'anna@gmail.com'? An e-mail to a wrong address never arrives");
    }

    @Test
    void aMailLinkInATextIsCheckedToo() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "")
                .replace("We praten over verlies.", "Vragen? [Mail ons](mailto:rouw%40hotmial.com?subject=Vraag) of "
                        + "schrijf naar piet+rouw@gmial.com. Of aan [Anna](mailto:anna@example.org)."));
        assertThat(site.problems()).filteredOn(p -> p.contains("tikfout")).containsExactly(
                "content/roermond/groups/rouwgroep.md:18:9: waarschuwing: 'rouw@hotmial.com' lijkt een tikfout: "
                        + "bedoelt u 'rouw@hotmail.com'? Een e-mail aan een verkeerd adres komt nooit aan",
                "content/roermond/groups/rouwgroep.md:18:77: waarschuwing: 'piet+rouw@gmial.com' lijkt een tikfout: "
                        + "bedoelt u 'piet+rouw@gmail.com'? Een e-mail aan een verkeerd adres komt nooit aan");
    }

    @Test
    void theNetworksOwnContactIsCheckedToo() {
        TestSite site = new TestSite(dir);
        site.write("site-config.yml", site.read("site-config.yml")
                .replace("email: info@noord.example.org", "email: info@hotmial.com"));
        assertThat(site.problems()).anyMatch(p -> p.startsWith("site-config.yml:") && p.contains(
                "'info@hotmial.com' lijkt een tikfout: bedoelt u 'info@hotmail.com'?"));
    }
}
