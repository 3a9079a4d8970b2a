package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

/**
 * The QR code's SVG draws exactly the code's dark modules, inside the quiet zone. (That a phone's camera reads it
 * from paper is PaperTest's part: the printed overview, read back with ZXing.)
 */
class QrSvgTest {

    private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z");

    @Test
    void theSvgPathCoversEveryDarkModuleAndNoLightOne() {
        for (String address : new String[] {"https://zelfregie-roermond.nl/roermond/rouwgroep-roermond/",
                "https://www.example.org/zelfregie-wm/sittard-geleen/mantelzorgcafe-sittard-geleen-en-omstreken/"}) {
            QrCode code = QrCode.encodeText(address, QrCode.Ecc.MEDIUM);
            String svg = QrSvg.of(address, "QR-code naar de pagina");
            int size = code.size + 8;
            assertThat(svg).contains("viewBox=\"0 0 " + size + " " + size + "\"");
            boolean[][] drawn = new boolean[code.size][code.size];
            Matcher run = RUN.matcher(svg.substring(svg.indexOf(" d=\"") + 4, svg.indexOf("\" fill=\"#000\"")));
            int end = 0;
            while (run.find()) {
                assertThat(run.start()).as("nothing but runs in the path").isEqualTo(end);
                end = run.end();
                int x = Integer.parseInt(run.group(1)) - 4;
                int y = Integer.parseInt(run.group(2)) - 4;
                int length = Integer.parseInt(run.group(3));
                assertThat(run.group(4)).isEqualTo(run.group(3));
                for (int i = 0; i < length; i++) {
                    assertThat(drawn[y][x + i]).as("drawn once").isFalse();
                    drawn[y][x + i] = true;
                }
            }
            for (int y = 0; y < code.size; y++) {
                for (int x = 0; x < code.size; x++) {
                    assertThat(drawn[y][x]).as(address + " module " + x + "," + y).isEqualTo(code.getModule(x, y));
                }
            }
        }
    }

    @Test
    void theLabelIsEscaped() {
        assertThat(QrSvg.of("https://example.org/", "Groep \"Samen\" <&>"))
                .contains("aria-label=\"Groep &quot;Samen&quot; &lt;&amp;&gt;\"");
    }
}
