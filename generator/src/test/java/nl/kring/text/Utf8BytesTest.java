package nl.kring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The bytes are those of the whole text encoded by the JDK, however the text was appended. */
class Utf8BytesTest {

    @Test
    void textIsEncodedAsTheJdkEncodesIt() {
        List<String> texts = List.of("", "Roermond", "café één", "Zoë – 3 € ", "emoji 😀 in het midden",
                "\ud83d alleen een hoge helft", "lage helft \ude00", "eind op een hoge helft \ud83d", "\u2028\u0000\t");
        for (String text : texts) {
            assertThat(new Utf8Bytes(0).append(text).toByteArray()).as(text)
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void piecesAppendedGiveTheBytesOfTheWhole() {
        Random random = new Random(16);
        char[] alphabet = "ab;\"\n é€😀\ud83d\ude00\ud800".toCharArray();
        for (int round = 0; round < 500; round++) {
            StringBuilder whole = new StringBuilder();
            Utf8Bytes bytes = new Utf8Bytes(1);
            int pieces = random.nextInt(8);
            for (int piece = 0; piece < pieces; piece++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
                // pieces end in an ASCII character, so no surrogate pair is split between two appends
                bytes.append(text.toString()).append('|').append(round);
                whole.append(text).append('|').append(round);
            }
            assertThat(bytes.toByteArray()).as(whole.toString())
                    .isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
