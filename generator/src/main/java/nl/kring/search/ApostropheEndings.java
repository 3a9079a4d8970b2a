package nl.kring.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the ending Dutch writes after an apostrophe, so the word is the word itself: the plural or genitive
 * <i>'s</i> ("baby's", "oma's", "foto's", "Anna's"), a person <i>'er</i>, <i>'ers</i> ("ADHD'ers", "NAH'er",
 * "havo'er") and a diminutive <i>'tje</i>, <i>'tjes</i>, <i>'je</i>, <i>'jes</i> ("cd'tje", "A4'tje"). Without it
 * Snowball made "baby's" the term "baby'" and "ADHD'ers" the term "adhd'er", which neither "baby" nor "ADHD"
 * found. A straight, curly or full-width apostrophe, as Lucene's EnglishPossessiveFilter knows them (which drops
 * only <i>'s</i>). Other words with an apostrophe stay as they are ("zo'n", "m'n", "d'r"). After lower-casing;
 * search.js's {@code normalize} drops the same endings.
 */
final class ApostropheEndings extends TokenFilter {

    private static final String[] ENDINGS = {"s", "er", "ers", "tje", "tjes", "je", "jes"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ApostropheEndings(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (String ending : ENDINGS) {
            int apostrophe = length - ending.length() - 1;
            if (apostrophe > 0 && isApostrophe(buffer[apostrophe]) && endsWith(buffer, length, ending)) {
                term.setLength(apostrophe);
                break;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\uFF07';
    }

    private static boolean endsWith(char[] buffer, int length, String ending) {
        int start = length - ending.length();
        for (int i = 0; i < ending.length(); i++) {
            if (buffer[start + i] != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
