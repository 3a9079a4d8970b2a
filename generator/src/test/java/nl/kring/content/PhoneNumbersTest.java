package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kring.message.Texts;
import nl.kring.source.TextFormats;
import nl.kring.testing.TestSite;

/** Dutch phone numbers as editors write them, and as a spreadsheet or CMS mangles them (the lost leading 0). */
class PhoneNumbersTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"0612345670", "06 12345670", "06-12 34 56 70", "0475 123 456", "043-3001122", "010 123 4567",
        "085 123 4567", "0800-1234", "0800 0113", "0900-1234567", "+31 6 12345670", "+31 (0)43 300 1122",
        "0031 43 300 1122", "+32 11 22 33 44", "112", "113", "14 043", "14043", "116 123"})
    void validNumbersAreAccepted(String number) {
        assertThat(TextFormats.withLostZero(number)).as(number).isEmpty();
        assertThat(TextFormats.isPhone(number)).as(number).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"612345670|0612345670", "6 12345670|06 12345670", "433001122|0433001122",
        "43-3001122|043-3001122", "475 123 456|0475 123 456", "101234567|0101234567", "8001234|08001234",
        "900 1234567|0900 1234567", "31612345670|+31612345670"})
    void aNumberThatLostItsLeadingZeroSuggestsTheIntendedOne(String written, String meant) {
        assertThat(TextFormats.withLostZero(written)).contains(meant);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"06-5678901|9", "06 123456789|11", "043 300 112|9", "+31 6 1234567|9",
        "+31 (0)43 300 11222|11", "0031 6 123456789|11", "0800-12345|9"})
    void aDutchNumberWithADigitTooFewOrTooManyIsNoPhoneNumber(String written, int digits) {
        assertThat(TextFormats.wrongDutchLength(written)).as(written).hasValue(digits);
        assertThat(TextFormats.isPhone(written)).as(written).isFalse();
    }

    @Test
    void aDigitTooFewIsAnErrorThatCountsThem() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "")
                .replace("  email: anna@example.org", "  phone: 06-5678901"));
        assertThat(site.errors()).contains("content/roermond/groups/rouwgroep.md:14:10: fout: '06-5678901' heeft 9 "
                + "cijfers; een Nederlands telefoonnummer heeft er 10 (met de 0 vooraan, zoals 06 12345678 of "
                + "043 123 45 67): controleer het nummer");
    }

    @Test
    void aPhoneLinkInATextWithADigitTooFewIsAnErrorToo() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "")
                .replace("We praten over verlies.", "Bel [Anna](tel:06-5678901) of [Piet](tel:+31612345670)."));
        assertThat(site.errors()).containsExactly("content/roermond/groups/rouwgroep.md:18:5: fout: '06-5678901' heeft "
                + "9 cijfers; een Nederlands telefoonnummer heeft er 10 (met de 0 vooraan, zoals 06 12345678 of "
                + "043 123 45 67): controleer het nummer");
    }

    @Test
    void theLostZeroIsAnErrorAtTheNumberInBothLanguages() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep", "")
                .replace("  email: anna@example.org", "  phone: 612345670"));
        site.write("content/roermond/municipality.yml", """
                name: Roermond
                intro: Tekst.
                contact:
                  organisation: Steunpunt
                  phone: 475123456
                """);
        assertThat(site.errors()).contains(
                "content/roermond/groups/rouwgroep.md:14:10: fout: '612345670' mist de 0 aan het begin (een spreadsheet of"
                        + " editor laat die soms weg): bedoelt u 0612345670?",
                "content/roermond/municipality.yml:5:10: fout: '475123456' mist de 0 aan het begin (een spreadsheet of"
                        + " editor laat die soms weg): bedoelt u 0475123456?");
        assertThat(site.errors(Texts.english())).contains(
                "content/roermond/groups/rouwgroep.md:14:10: error: '612345670' is missing its leading 0 (a spreadsheet or"
                        + " editor may have dropped it): did you mean 0612345670?");
    }
}
