package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import nl.kring.source.TextFormats;
import org.junit.jupiter.api.Test;

/** {@link PossibleDuplicates#essence}: what is left of a group's name to compare it with others. */
class DuplicateNamesTest {

    private static final Set<String> MANNER = Set.of("online", "digitaal", "digitale", "virtueel", "virtuele",
            "live", "fysiek", "locatie", "op", "via", "zoom", "teams", "video", "de", "het", "een");

    /** The rule in words: the slug's words without manner words, or the whole slug when nothing else is left. */
    private static String byTheRule(String name) {
        String words = Arrays.stream(TextFormats.slugOf(name).split("-"))
                .filter(w -> !w.isEmpty() && !MANNER.contains(w)).collect(Collectors.joining(" "));
        return words.isEmpty() ? TextFormats.slugOf(name) : words;
    }

    @Test
    void namesAsVolunteersWriteThem() {
        assertThat(PossibleDuplicates.essence("Rouwcafé Roermond (online)")).isEqualTo("rouwcafe roermond");
        assertThat(PossibleDuplicates.essence("Rouwcafe  Roermond")).isEqualTo("rouwcafe roermond");
        assertThat(PossibleDuplicates.essence("Online via Zoom")).isEqualTo("online-via-zoom");
        assertThat(PossibleDuplicates.essence("")).isEmpty();
    }

    @Test
    void everyNameGetsTheEssenceTheRuleGives() {
        String[] words = {"Rouw", "café", "online", "Op", "de", "-", "(", ")", "&", "Zoom", "groep", "Venlo", "  ", "é"};
        Random random = new Random(42);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                name.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            assertThat(PossibleDuplicates.essence(name.toString())).as(name.toString()).isEqualTo(byTheRule(name.toString()));
        }
    }
}
