package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.TestSite;

/** A calendar's long lines are folded at 75 octets (RFC 5545), never inside a character. */
class CalendarLineFoldingTest {

    @TempDir
    Path dir;

    @Test
    void longLinesWithAccentsAndEmojiAreFoldedBetweenCharacters() throws Exception {
        TestSite site = new TestSite(dir);
        String when = "Elke tweede dinsdag: één keer per maand praten we over ‘rouw’ en verlies – met koffie ☕ en een luisterend oor 🙂, "
                + "in café Ünal of in het Façadehuis. ".repeat(3);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", """
                schedule:
                  rrule: FREQ=MONTHLY;BYDAY=2TU
                  start: "19:30"
                """).replace("when: Elke tweede dinsdag van de maand, 19.30–21.30 uur", "when: \"" + when.strip() + "\""));
        assertThat(site.build().succeeded()).isTrue();
        byte[] bytes = Files.readAllBytes(site.out().resolve("noord/roermond/groepen/rouwgroep/agenda.ics"));
        String ics = new String(bytes, StandardCharsets.UTF_8);
        assertThat(ics).doesNotContain("\uFFFD").contains("\r\n ");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("DESCRIPTION:" + when.strip().replace(",", "\\,").replace(";", "\\;") + " – ");
    }
}
