package nl.kring.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import nl.kring.testing.NodeScript;

/**
 * Kring's widgets in the editor (kring-cms.js, as shipped) read every form Kring accepts and write the
 * canonical one: {@code private: ja} shows Ja and stays true when saved; {@code regions: all} is written as
 * {@code all}, never {@code [all]}; a single {@code topics: rouw} shows as chosen. Run under Node with the
 * three globals Decap gives a widget script (src/test/resources/cms/widgets-harness.js).
 */
class EditorWidgetsTest {

    private static final Path WIDGETS = Path.of("src/main/resources/nl/kring/cms/kring-cms.js").toAbsolutePath();
    private static final Path HARNESS = Path.of("src/test/resources/cms/widgets-harness.js").toAbsolutePath();
    private static final String JANEE = "\"unreadable_message\":\"onleesbaar\",\"only_yes_message\":\"kies ja\"";

    @Test
    void yesNoReadsEverySpellingKringAcceptsAndWritesABoolean() throws Exception {
        for (String yes : List.of("true", "\"ja\"", "\"Ja\"", "\"JA\"", "\"yes\"", "\"Yes\"", "\"true\"", "\"True\"")) {
            Map<String, Object> shown = run("{\"widget\":\"janee\",\"value\":" + yes + ",\"field\":{" + JANEE + "}}").getFirst();
            assertThat(shown).as(yes).containsEntry("shown", "ja").containsEntry("valid", true);
        }
        for (String no : List.of("false", "\"nee\"", "\"Nee\"", "\"no\"", "\"NO\"", "\"false\"")) {
            assertThat(run("{\"widget\":\"janee\",\"value\":" + no + ",\"field\":{" + JANEE + "}}").getFirst())
                    .as(no).containsEntry("shown", "nee");
        }
        assertThat(run("{\"widget\":\"janee\",\"value\":null,\"field\":{" + JANEE + "}}").getFirst()).containsEntry("shown", "");
        // a private address stays private: choosing Ja again writes true, Nee writes false, leeg writes nothing
        List<Map<String, Object>> saved = run(
                "{\"widget\":\"janee\",\"value\":\"ja\",\"field\":{" + JANEE + "},\"choose\":\"ja\"}",
                "{\"widget\":\"janee\",\"value\":\"ja\",\"field\":{" + JANEE + "},\"choose\":\"nee\"}",
                "{\"widget\":\"janee\",\"value\":\"ja\",\"field\":{" + JANEE + "},\"choose\":\"\"}");
        assertThat(saved.get(0)).containsEntry("writes", true);
        assertThat(saved.get(1)).containsEntry("writes", false);
        assertThat(saved.get(2)).containsEntry("writes", null);
    }

    @Test
    void aValueKringDoesNotReadIsShownAsWrittenAndRefused() throws Exception {
        Map<String, Object> shown = run("{\"widget\":\"janee\",\"value\":\"misschien\",\"field\":{" + JANEE + "},\"choose\":\"onleesbaar\"}").getFirst();
        assertThat(shown).containsEntry("shown", "onleesbaar").containsEntry("valid", "onleesbaar")
                .containsEntry("writes", "misschien");  // never silently changed
        assertThat(shown.get("options")).isEqualTo(List.of("", "onleesbaar", "ja", "nee"));
    }

    @Test
    void consentMustBeYes() throws Exception {
        String field = "\"field\":{" + JANEE + ",\"only_yes\":true}";
        assertThat(run("{\"widget\":\"janee\",\"value\":\"nee\"," + field + "}").getFirst()).containsEntry("valid", "kies ja");
        assertThat(run("{\"widget\":\"janee\",\"value\":null," + field + "}").getFirst()).containsEntry("valid", "kies ja");
        assertThat(run("{\"widget\":\"janee\",\"value\":\"ja\"," + field + "}").getFirst()).containsEntry("valid", true);
    }

    @Test
    void choicesReadASingleValueAndWriteAList() throws Exception {
        String topics = "\"field\":{\"min\":1,\"min_message\":\"kies er een\",\"options\":[{\"label\":\"Rouw\",\"value\":\"rouw\"},"
                + "{\"label\":\"Kanker\",\"value\":\"kanker\"}]}";
        assertThat(run("{\"widget\":\"keuzes\",\"value\":\"rouw\"," + topics + ",\"toggle\":\"Kanker\"}").getFirst())
                .containsEntry("checked", List.of("Rouw")).containsEntry("writes", List.of("rouw", "kanker"));
        assertThat(run("{\"widget\":\"keuzes\",\"value\":[\"rouw\"]," + topics + ",\"toggle\":\"Rouw\"}").getFirst())
                .containsEntry("writes", null);
        assertThat(run("{\"widget\":\"keuzes\",\"value\":null," + topics + "}").getFirst()).containsEntry("valid", "kies er een");
        // a value this configuration does not know (a topic added since) is kept and shown
        assertThat(run("{\"widget\":\"keuzes\",\"value\":[\"nieuw\"]," + topics + ",\"toggle\":\"Rouw\"}").getFirst())
                .containsEntry("checked", List.of("nieuw")).containsEntry("writes", List.of("nieuw", "rouw"));
    }

    @Test
    void allRegionsIsWrittenOnItsOwnNotAsAList() throws Exception {
        String regions = "\"field\":{\"single\":\"all\",\"options\":[{\"label\":\"Alle regio's\",\"value\":\"all\"},"
                + "{\"label\":\"Venlo\",\"value\":\"venlo\"},{\"label\":\"Roermond\",\"value\":\"roermond\"}]}";
        assertThat(run("{\"widget\":\"keuzes\",\"value\":[\"venlo\"]," + regions + ",\"toggle\":\"Alle regio's\"}").getFirst())
                .containsEntry("writes", "all");
        assertThat(run("{\"widget\":\"keuzes\",\"value\":[\"all\"]," + regions + "}").getFirst())
                .containsEntry("checked", List.of("Alle regio's"));
        // choosing a region after 'all' replaces it
        assertThat(run("{\"widget\":\"keuzes\",\"value\":\"all\"," + regions + ",\"toggle\":\"Venlo\"}").getFirst())
                .containsEntry("writes", List.of("venlo"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> run(String... cases) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(NodeScript.node(), HARNESS.toString(), WIDGETS.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var in = process.getOutputStream()) {
            in.write(("[" + String.join(",", cases) + "]").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("node").isZero();
        return (List<Map<String, Object>>) new Load(LoadSettings.builder().build()).loadFromString(out);
    }
}
