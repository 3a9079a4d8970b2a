package nl.kring.search;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The words compounds are split into at index time: every word of the topic vocabulary (names and synonyms)
 * and every word the region's own documents use, folded and lower-cased, without stop words, at least
 * {@link DutchAnalysis#MIN_SUBWORD} letters. Built per region, so "borstkanker" splits into "borst" and
 * "kanker" because those words occur on their own somewhere in the network's text.
 */
public final class CompoundDictionary {

    private CompoundDictionary() {
    }

    public static CharArraySet build(DutchAnalysis analysis, List<String> topicVocabulary,
                                     List<SearchDocument> documents) {
        return build(analysis, topicVocabulary, documents, analysis::words);
    }

    /** @param wordsOf the words of a document's fields ({@link DutchAnalysis#words(SearchDocument)}, perhaps remembered) */
    static CharArraySet build(DutchAnalysis analysis, List<String> topicVocabulary, List<SearchDocument> documents,
                              Function<SearchDocument, List<String>> wordsOf) {
        TreeSet<String> words = new TreeSet<>();
        topicVocabulary.forEach(text -> add(words, analysis.words(text)));
        for (SearchDocument document : documents) {
            add(words, wordsOf.apply(document));
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    private static void add(TreeSet<String> into, List<String> words) {
        for (String word : words) {
            if (word.length() >= DutchAnalysis.MIN_SUBWORD && word.chars().allMatch(Character::isLetter)) {
                into.add(word);
            }
        }
    }
}
