package nl.kring.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link TextFormats#slugOf}: one pass over the text, and exactly the rule its documentation states. */
class SlugTest {

    /** The rule as regular expressions, as slugOf was first written: the specification the one pass must meet. */
    private static String byTheRule(String title) {
        String text = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        for (Map.Entry<String, String> letter : Map.of("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d",
                "ı", "i", "þ", "th", "ð", "d").entrySet()) {
            text = text.replace(letter.getKey(), letter.getValue());
        }
        return text.replace("&", " en ").replaceAll("['’‘`´]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    @Test
    void namesAsEditorsWriteThem() {
        assertThat(TextFormats.slugOf("Rouwcafé Roermond (online)")).isEqualTo("rouwcafe-roermond-online");
        assertThat(TextFormats.slugOf("Kom d’r bij & praat mee")).isEqualTo("kom-dr-bij-en-praat-mee");
        assertThat(TextFormats.slugOf("&Co")).isEqualTo("en-co");
        assertThat(TextFormats.slugOf("Ouders & kinderen &")).isEqualTo("ouders-en-kinderen-en");
        assertThat(TextFormats.slugOf("Geloof´s kring")).isEqualTo("geloof-s-kring");
        assertThat(TextFormats.slugOf("ＡＡ groep")).isEqualTo("aa-groep");
        assertThat(TextFormats.slugOf("—")).isEmpty();
    }

    @Test
    void everyTextGetsTheSlugTheRuleGives() {
        String alphabet = "abcXYZ019 -–—_&'’‘`´.,!?()/éèëïöüçñÉßæœøłđıþðŁÆ\u0301ＡＢ１\t";
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TextFormats.slugOf(text.toString())).as("slug of \"%s\"", text).isEqualTo(byTheRule(text.toString()));
        }
    }
}
