package nl.kring.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The open data's JSON: indented by two spaces, keys in the map's order, null fields left out, HTML-safe strings. */
class JsonWriterTest {

    @Test
    void aTreeIsWrittenIndentedInItsOwnOrder() {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("city", "Roermond");
        location.put("private", false);
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("id", "roermond/rouw");
        group.put("name", "Rouw & verlies – Zoë's groep");
        group.put("phone", null);
        group.put("size", 12);
        group.put("since", 2019L);
        group.put("languages", List.of("nl", "ar"));
        group.put("meetings", List.of());
        group.put("location", location);
        group.put("empty", Map.of());
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("groups", List.of(group, Map.of("id", "x")));

        assertThat(text(file)).isEqualTo("""
                {
                  "groups": [
                    {
                      "id": "roermond/rouw",
                      "name": "Rouw \\u0026 verlies – Zoë's groep",
                      "size": 12,
                      "since": 2019,
                      "languages": ["nl", "ar"],
                      "meetings": [],
                      "location": {
                        "city": "Roermond",
                        "private": false
                      },
                      "empty": {}
                    },
                    {
                      "id": "x"
                    }
                  ]
                }
                """);
    }

    @Test
    void stringsAreQuotedAsEverywhereElse() {
        for (String s : List.of("gewoon", "<script>", "a\"b\\c", "regel\nregel\r\t", "\u0001\u2028\u2029", "😀 é",
                "\ud83d")) {
            assertThat(JsonWriter.utf8(s)).as(s).isEqualTo((Json.quote(s) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> JsonWriter.utf8(List.of(1.5))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(Object tree) {
        return new String(JsonWriter.utf8(tree), StandardCharsets.UTF_8);
    }
}
