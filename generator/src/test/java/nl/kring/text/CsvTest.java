package nl.kring.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV for a Dutch spreadsheet: a byte order mark, ';' between fields, CRLF, quoted only where it must be. */
class CsvTest {

    @Test
    void aFileHasABomAHeaderAndQuotedFieldsWhereNeeded() {
        byte[] file = Csv.write(List.of("id", "naam", "kosten"), List.of(
                List.of("roermond/rouw", "Rouw; verlies", "€ 2,50"),
                Arrays.asList("sittard/\"x\"", "twee\nregels", null)));

        assertThat(Arrays.copyOf(file, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "id;naam;kosten\r\n"
                        + "roermond/rouw;\"Rouw; verlies\";€ 2,50\r\n"
                        + "\"sittard/\"\"x\"\"\";\"twee\nregels\";\r\n");
    }

    @Test
    void aRowOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> Csv.write(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
