package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The lexicon's lookup: a binary search over its sorted bytes must answer exactly as a set of its words would. */
class DutchLexiconTest {

    @Test
    void findsEveryWordAndNothingElseInASmallLexicon() {
        DutchLexicon lexicon = new DutchLexicon(List.of("rouw", "kanker", "café", "borst", "b", "zz", "kank"));
        assertThat(lexicon.words()).containsExactly("b", "borst", "cafe", "kank", "kanker", "rouw", "zz");
        for (String word : lexicon.words()) {
            assertThat(lexicon.contains(word)).as(word).isTrue();
        }
        for (String other : List.of("", "a", "c", "ka", "kanke", "kankers", "rou", "rouwe", "zzz", "z", "café", "bo")) {
            assertThat(lexicon.contains(other)).as(other).isFalse();
        }
    }

    @Test
    void anEmptyLexiconHasNoWords() {
        DutchLexicon lexicon = new DutchLexicon(List.of());
        assertThat(lexicon.size()).isZero();
        assertThat(lexicon.contains("rouw")).isFalse();
    }

    @Test
    void theBundledLexiconAnswersAsASetOfItsWordsWould() {
        DutchLexicon lexicon = DutchLexicon.bundled();
        List<String> words = lexicon.words();
        Set<String> set = new HashSet<>(words);
        for (int i = 0; i < words.size(); i += 37) {
            String word = words.get(i);
            for (String probe : List.of(word, word + "e", word + "s", word.substring(0, word.length() - 1),
                    word.substring(1), "x" + word)) {
                assertThat(lexicon.contains(probe)).as(probe).isEqualTo(set.contains(probe));
            }
        }
    }
}
