package nl.kring.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a Dutch verb form can be a form of: its stem and its infinitive. "drinkt" → "drink", "drinken";
 * "gokt" → "gok", "gokken"; "ik rook", "rookt", "rookte", "gerookt" → "rook", "roken"; "gepest" → "pest",
 * "pesten"; "zorgde" → "zorg", "zorgen"; "gescheiden" → "scheiden"; "verhuisd" → "verhuis", "verhuizen";
 * "vastgelopen" → "vastlopen".
 * <p>
 * Residents say what someone does ("mijn partner drinkt", "mijn man gokt", "mijn kind wordt gepest", "ik rook");
 * the texts and topics name it by the infinitive or the noun ("drinken", "gokken", "pesten", "roken"), and the
 * Snowball stemmer does not bring the two together: it leaves a verb's -t and a participle's ge- on ("drinkt"
 * stays "drinkt", "gerookt" "gerookt") and shortens an infinitive's long vowel ("roken" becomes "rok", "rook"
 * stays "rook"). Which ending a word carries cannot be told from its letters alone ("gepest" is ge + pest, "gerookt"
 * ge + rook + t; "ziekte" is no past tense), so, like {@link Diminutives} and {@link AdjectiveNouns}, these are
 * only readings to try: the search takes one only for a query word whose own term the index lacks, and only when
 * the index holds the reading's term (the region's texts decide). search.js has the same rules
 * ({@code verbBases}), held to these by {@code AnalysisParityTest}.
 */
final class VerbForms {

    /** Shorter stems ("ga", "zi") are no words a search should look for, and their infinitives are stop words. */
    private static final int MIN_STEM = 3;

    /**
     * The particles a separable verb's participle starts with, before its ge-: "vast|ge|lopen" (vastlopen),
     * "af|ge|vallen", "terug|ge|vallen", "kwijt|ge|raakt", "op|ge|geven". search.js has the same list.
     */
    static final List<String> SEPARABLE_PARTICLES = List.of("af", "aan", "bij", "door", "in", "mee", "na", "neer",
            "om", "op", "over", "rond", "samen", "terug", "toe", "uit", "vast", "voor", "weg", "los", "kwijt", "dood",
            "tekort", "stil", "kapot", "open", "dicht", "mis", "klaar");

    private VerbForms() {
    }

    /**
     * The possible stems and infinitives of a folded, lower-case word, most specific reading first: a separable
     * verb's participle (particle-ge-…: "vastgelopen" → "vastlopen", "kwijtgeraakt" → "kwijtraken"), a participle's
     * (ge-…-t, ge-…-d, ge-…-en), a past tense's (-te, -de, -ten, -den), a present tense's (-t), a participle's
     * without ge- (-d), then the word itself as a stem ("ik rook"). Empty when the word is no plain word.
     */
    static List<String> bases(String word) {
        if (!Diminutives.isPlainWord(word)) {
            return List.of();
        }
        List<String> stems = new ArrayList<>();
        Set<String> forms = new LinkedHashSet<>();
        for (String particle : SEPARABLE_PARTICLES) {
            if (word.startsWith(particle + "ge") && word.length() - particle.length() >= 6) {
                for (String base : bases(word.substring(particle.length()))) {
                    forms.add(particle + base);                            // vast|ge|lopen → vast + lopen
                }
            }
        }
        if (word.startsWith("ge") && word.length() >= 6) {
            String rest = word.substring(2);
            if (rest.endsWith("t") || rest.endsWith("d")) {
                stems.add(cut(rest, 1));                                   // ge|rook|t, ge|zorg|d
                stems.add(rest);                                           // ge|pest: a stem in t or d takes none
            } else if (rest.endsWith("en") || rest.endsWith("aan")) {
                forms.add(rest);                                           // ge|scheiden, ge|vallen, ge|gaan: the infinitive
            }
        }
        for (String ending : List.of("ten", "den", "te", "de")) {
            if (word.endsWith(ending)) {
                stems.add(cut(word, ending.length()));                     // rook|te, zorg|de, pieker|den
                break;
            }
        }
        if (word.endsWith("t") || word.endsWith("d")) {
            stems.add(cut(word, 1));                                       // drink|t, gok|t; verhuis|d
        }
        stems.add(word);                                                   // ik rook, ik pieker
        for (String stem : stems) {
            if (stem.length() < MIN_STEM) {
                continue;
            }
            forms.add(stem);
            forms.addAll(infinitives(stem));
        }
        forms.remove(word);
        return List.copyOf(forms);
    }

    /**
     * The infinitives a verb stem can have: stem + en ("drinken", "zorgen", "piekeren"); a long vowel written once
     * before the ending ("rook" → "roken", "eet" → "eten"); an f or s after a long vowel voiced ("leef" → "leven",
     * "reis" → "reizen", "blijf" → "blijven"); the consonant after a stressed short vowel doubled ("gok" →
     * "gokken", "stop" → "stoppen"), taken as the vowel of a one-syllable stem or any vowel but e: an unstressed
     * -el, -en, -er does not double ("wandelen", "piekeren").
     */
    private static List<String> infinitives(String stem) {
        int n = stem.length();
        if (n < 3 || isVowel(stem.charAt(n - 1))) {
            return List.of();   // "doe", "ga": no ending to add, and such infinitives are stop words
        }
        char last = stem.charAt(n - 1);
        char before = stem.charAt(n - 2);
        char third = stem.charAt(n - 3);
        boolean doubledVowel = before == third && "aeou".indexOf(before) >= 0;
        boolean diphthong = isVowel(before) && isVowel(third) || third == 'i' && before == 'j';   // ie, oe, ui, ij
        String open = doubledVowel ? stem.substring(0, n - 2) + last : stem;   // rook → rok(en)
        List<String> result = new ArrayList<>();
        if ((last == 'f' || last == 's') && (doubledVowel || diphthong)) {
            result.add(open.substring(0, open.length() - 1) + (last == 'f' ? 'v' : 'z') + "en");   // leven, reizen
        }
        result.add(open + "en");
        boolean oneSyllable = stem.substring(0, n - 2).chars().noneMatch(c -> isVowel((char) c));
        if (isVowel(before) && !diphthong && (oneSyllable || before != 'e') && "wjxy".indexOf(last) < 0) {
            result.add(stem + last + "en");                                // gokken, stoppen, bellen
        }
        return result;
    }

    /**
     * The forms a Dutch infinitive's verb may take that a resident types, by the rules of weak verbs: the present
     * tense's stem + t ("drinkt", "rookt", "zorgt"), the past tense's -te, -de, -ten, -den, and the participle
     * ge- + stem + t or d ("gerookt", "gezorgd"). Candidates only: which stem the infinitive has cannot always be
     * told from its letters ("bewegen" → "beweeg", "piekeren" → "pieker"), nor whether a past tense takes -te or
     * -de when the stem's last letter was voiced ("leven" → "leefde"); both are given, and the caller keeps those
     * the lexicon knows. Strong verbs' other vowels ("dronk", "gedronken") are not made. Empty for a word that is
     * no infinitive-like word of at least five letters.
     */
    static List<String> conjugations(String infinitive) {
        if (!Diminutives.isPlainWord(infinitive) || infinitive.length() < 5 || !infinitive.endsWith("en")) {
            return List.of();
        }
        String open = cut(infinitive, 2);
        int n = open.length();
        char last = open.charAt(n - 1);
        char before = open.charAt(n - 2);
        Set<String> stems = new LinkedHashSet<>();
        if (last == before && !isVowel(last)) {
            stems.add(cut(open, 1));                                      // gokk|en → gok, stopp|en → stop
        } else {
            stems.add(open);                                              // drink, zorg, pieker
            if (n >= 3 && !isVowel(last) && "aeou".indexOf(before) >= 0 && !isVowel(open.charAt(n - 3))) {
                stems.add(open.substring(0, n - 1) + before + last);      // rok|en → rook, beweg|en → beweeg
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String voiced : stems) {
            String stem = voiced.endsWith("v") ? cut(voiced, 1) + "f"     // lev|en → leef
                    : voiced.endsWith("z") ? cut(voiced, 1) + "s" : voiced;   // reiz|en → reis
            boolean inTOrD = stem.endsWith("t") || stem.endsWith("d");
            forms.add(inTOrD ? stem : stem + "t");
            for (String past : List.of("te", "de", "ten", "den")) {
                forms.add(stem + past);
            }
            forms.add("ge" + stem + (inTOrD ? "" : "t"));
            if (!inTOrD) {
                forms.add("ge" + stem + "d");
            }
        }
        forms.remove(infinitive);
        return List.copyOf(forms);
    }

    /**
     * The infinitives of a verb form whose stem ends in a vowel, which {@link #bases} leaves out: "ga", "gaat" →
     * "gaan"; "doe", "doet" → "doen"; "zie", "ziet" → "zien". Such infinitives are stop words or nearly so alone, but
     * they make separable verbs ("doodgaan", "meedoen"). Empty for other words.
     */
    static List<String> vowelInfinitives(String word) {
        if (!Diminutives.isPlainWord(word)) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String stem : word.endsWith("t") ? List.of(word, cut(word, 1)) : List.of(word)) {
            if (stem.length() < 2 || !isVowel(stem.charAt(stem.length() - 1))) {
                continue;
            }
            boolean singleA = stem.endsWith("a") && !stem.endsWith("aa");
            forms.add(stem + (singleA ? "an" : "n"));                   // ga → gaan, gaa|t → gaan, doe → doen
        }
        return List.copyOf(forms);
    }

    private static String cut(String word, int letters) {
        return word.substring(0, word.length() - letters);
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
