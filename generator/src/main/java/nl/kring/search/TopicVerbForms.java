package nl.kring.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A verb among the topics' words is indexed also in the forms a resident types: "drinken", a synonym of the topic
 * addiction, also as "drinkt"; "gokken" as "gokt"; "zorgen" as "zorgt", "zorgde" and "gezorgd". Index only, at the
 * word's position (so a field's length, and with it every score, stays as it was).
 * <p>
 * Why: "mijn partner drinkt te veel" found a text that offers a cup of coffee ("u drinkt een kopje koffie"), not
 * the addiction groups, whose topic names drinking as "drinken": the Snowball stemmer keeps the -t ("drinkt"), and
 * a query word the index holds is searched as it is ({@link VerbForms} only reads a word the index lacks). The
 * topics' words are the everyday words editors chose for residents to find a topic by, so their verb forms are the
 * ones worth the terms; every form is one the Dutch lexicon knows (OpenTaal lists conjugated forms), so no rule's
 * guess ("gedrinkt") becomes a word of the index or a "did you mean".
 */
final class TopicVerbForms {

    private final Map<String, List<String>> forms;

    private TopicVerbForms(Map<String, List<String>> forms) {
        this.forms = forms;
    }

    /**
     * The forms of each of {@code topicWords} that looks like an infinitive, as {@link VerbForms#conjugations} makes
     * them, those {@code isWord} (the lexicon) knows.
     */
    static TopicVerbForms of(Set<String> topicWords, Predicate<String> isWord) {
        Map<String, List<String>> forms = new HashMap<>();
        for (String word : topicWords) {
            List<String> known = VerbForms.conjugations(word).stream().filter(isWord).toList();
            if (!known.isEmpty()) {
                forms.put(word, known);
            }
        }
        return new TopicVerbForms(Map.copyOf(forms));
    }

    /** Every form the filter may add. */
    java.util.Set<String> addedForms() {
        java.util.Set<String> all = new java.util.TreeSet<>();
        forms.values().forEach(all::addAll);
        return all;
    }

    /** The forms indexed with a folded, lower-case word; empty for a word that is no verb of the topics. */
    List<String> of(String word) {
        return forms.getOrDefault(word, List.of());
    }

    /** The token filter: each topic verb is followed by its forms, at the same position. */
    TokenStream filter(TokenStream input) {
        return forms.isEmpty() ? input : new Filter(input);
    }

    private final class Filter extends AtTheSamePosition {

        Filter(TokenStream input) {
            super(input);
        }

        @Override
        protected List<String> alsoAt(CharTermAttribute token) {
            int length = token.length();
            char[] letters = token.buffer();
            // only a word in -en can be an infinitive: most tokens are turned away before a string is made of them
            if (length < 5 || letters[length - 2] != 'e' || letters[length - 1] != 'n') {
                return List.of();
            }
            return forms.getOrDefault(token.toString(), List.of());
        }
    }
}
