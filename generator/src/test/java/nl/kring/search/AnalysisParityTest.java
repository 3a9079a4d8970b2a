package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.NodeScript;
import nl.kring.text.Json;

/** The browser's analyzer (search.js under Node) turns every word into exactly Lucene's terms. */
class AnalysisParityTest {

    private final DutchAnalysis analysis = new DutchAnalysis();

    @Test
    void everyWordOfSnowballsDutchVocabularyGivesLucenesTerms(@TempDir Path dir) throws IOException {
        List<String> words = vocabulary();
        assertThat(words).hasSize(45_670);
        assertSameTerms(dir, words);
    }

    @Test
    void sentencesWithCapitalsAccentsPunctuationAndStopWords(@TempDir Path dir) throws IOException {
        assertSameTerms(dir, List.of(
                "Mijn man heeft dementie",
                "Financiële zorgen? Schulden!",
                "ROUWVERWERKING na het overlijden van je kind",
                "Café Ærø: naïeve coördinatie, één keer per maand (’s avonds)",
                "zo'n groep, e-mail: info@example.org, 19.30 uur, 06-12345678",
                "Ĳsselmonde İstanbul ΣΟΦΙΑ Straße œuvre ﬁets",
                "kinderen eieren fietsen bromfietsen lotgenotengroepen mantelzorgers",
                "heden mogelijkheden vriendelijkheid beoordeling duidelijk betaalbaar",
                "Baby's, oma’s en foto＇s; Anna'S groep, 's avonds, zo'n m'n",
                "ADHD'ers en een NAH'er, havo’er, cd'tje, A4'tjes, baby'je, foto'jes, d'r, 't Zand",
                "Mijn zoon en mijn zonen in de zon"));
    }

    @Test
    void aWordWithAnEndingAfterAnApostropheIsTheWordItself() {
        assertThat(analysis.queryTerms("ADHD'ers NAH’er cd'tje")).containsExactly("adhd", "nah", "cd");
        assertThat(analysis.queryTerms("zo'n")).as("other apostrophes stay").containsExactly("zo'n");
        assertThat(analysis.queryTerms("baby's oma’s foto's café's")).containsExactly("baby", "oma", "foto", analysis.term("cafe"));
        assertThat(analysis.queryTerms("baby")).containsExactly("baby");
        assertThat(analysis.terms(analysis.indexAnalyzer(List.of()), "Voor opa's en oma's"))
                .containsExactly("opa", "oma");
    }

    @Test
    void theChainSplitsCompoundsOnlyWhenIndexing() {
        assertThat(analysis.terms(analysis.indexAnalyzer(List.of()), "Borstkanker en rouwverwerking"))
                .containsExactly("borstkanker", "borst", "kanker", "rouwverwerk", "rouw", "verwerk");
        assertThat(analysis.terms(analysis.queryAnalyzer(), "Borstkanker en rouwverwerking"))
                .containsExactly("borstkanker", "rouwverwerk");
    }

    @Test
    void theElderlyAreNotTheParents() {
        assertThat(analysis.queryTerms("ouderen")).containsExactly("ouderen");
        assertThat(analysis.queryTerms("ouders ouder")).containsExactly("ouder");
    }

    @Test
    void aSonIsNotTheSun() {
        assertThat(analysis.queryTerms("mijn zoon, zonen, zoons")).containsExactly("zoon");
        assertThat(analysis.queryTerms("de zon")).doesNotContain("zoon");
    }

    @Test
    void compoundsSplitIntoRealWordsThatCoverTheWholeWord() {
        CompoundSplitter splitter = analysis.splitter(List.of());
        // pieces that never occur alone in any text are still found: they are words of the lexicon
        assertThat(splitter.parts("prostaatkanker")).containsExactly("prostaat", "kanker");
        assertThat(splitter.parts("betalingsachterstand")).containsExactly("betaling", "achterstand");   // -s-
        assertThat(splitter.parts("lotgenotengroepen")).containsExactly("lotgenoten", "groep");
        assertThat(splitter.parts("ervaringsdeskundige")).containsExactly("ervaring", "deskundig");
        // -eren is the plural of kind (kinderen), not the verb eren: "ouderen" then searched oud + eren
        assertThat(splitter.parts("kleinkinderen")).doesNotContain("eren");
        // "rouw" lies inside "vrouwen", but "v" and "en" are no words: not a compound
        for (String whole : List.of("vrouwen", "kinderen", "overleden", "eenzaamheid", "gesprekken", "verwerking",
                "behandeling", "nabestaanden", "medicijnen")) {
            assertThat(splitter.parts(whole)).as(whole).isEmpty();
        }
        assertThat(analysis.terms(analysis.indexAnalyzer(List.of()), "vrouwen")).containsExactly("vrouw");
        // an editor's topic word counts as a word too
        assertThat(analysis.splitter(List.of("covid")).parts("longcovid")).containsExactly("long", "covid");
    }

    @Test
    void queriesDropFillersButNeverBecomeEmpty() {
        assertThat(analysis.queryTerms("Ik zoek een groep voor mijn man")).containsExactly("man");
        assertThat(analysis.queryTerms("ik zoek een groep")).containsExactly("zoek", "groep");
        assertThat(analysis.queryTerms("waar is de rouwgroep?")).containsExactly("rouwgroep");
        assertThat(analysis.queryTerms("de het een")).isEmpty();   // only Lucene's stop words: nothing to search
        assertThat(analysis.queryTerms("a b c d e f g h i j k l m n o p q r s t".replace(" ", "x "))).hasSize(
                DutchAnalysis.MAX_QUERY_TERMS);
    }

    @Test
    void aDiminutiveHasItsNounAmongItsBases() {
        // diminutive → the noun it is made from, by each of the Dutch suffixes (-je, -tje, -etje, -pje, -kje, -jes)
        java.util.Map<String, String> nouns = new java.util.LinkedHashMap<>();
        for (String pair : List.of("groepje groep", "praatgroepjes praatgroep", "kopje kop", "huisjes huis",
                "kaartje kaart", "feestje feest", "stoeltje stoel", "vrouwtje vrouw", "kamertje kamer",
                "paartje paar", "autootje auto", "cafeetje cafe", "balletje bal", "mannetje man", "karretje kar",
                "ringetje ring", "dingetje ding", "bloempje bloem", "boompje boom", "koninkje koning",
                "woninkje woning", "etentje eten", "praatje praat", "wandelingetje wandeling")) {
            nouns.put(pair.split(" ")[0], pair.split(" ")[1]);
        }
        nouns.forEach((diminutive, noun) -> assertThat(Diminutives.bases(diminutive)).as(diminutive).contains(noun));
        // the most literal reading first: kaart + je before kaar + tje; the region's index decides between them
        assertThat(Diminutives.bases("kaartje")).containsExactly("kaart", "kaar");
        assertThat(analysis.baseTerms("praatgroepjes")).containsExactly("praatgroep");
        assertThat(analysis.baseTerms("mannetje")).as("their terms").containsExactly("mannet", "mann", "man");
        assertThat(analysis.baseTerms("kopjes")).as("distinct, never the word's own").containsExactly("kop");
        for (String word : List.of("groep", "rouw", "meedoen", "je", "jij", "bije", "jes")) {
            assertThat(Diminutives.bases(word)).as(word).isEmpty();
        }
        assertThat(Diminutives.bases("potje")).as("no base under three letters").containsExactly("pot");
    }

    @Test
    void anAdjectiveHasTheNounItNamesAmongItsBases() {
        // what residents write about a person, and the illness or feeling the texts and topics name
        java.util.Map<String, String> nouns = new java.util.LinkedHashMap<>();
        for (String pair : List.of("dement dementie", "demente dementie", "incontinent incontinentie",
                "depressief depressie", "depressieve depressie", "agressief agressie", "autistisch autisme",
                "autistische autisme", "psychotisch psychose", "neurotische neurose", "verslaafd verslaving",
                "verslaafde verslaving", "rouwend rouw", "rouwende rouw", "zorgend zorg", "angstig angst",
                "angstige angst", "verdrietig verdriet", "schuldig schuld")) {
            nouns.put(pair.split(" ")[0], pair.split(" ")[1]);
        }
        nouns.forEach((adjective, noun) -> assertThat(AdjectiveNouns.nouns(adjective)).as(adjective)
                .containsExactly(noun));
        assertThat(analysis.baseTerms("dement")).as("its term, before any verb reading")
                .startsWith(analysis.term("dementie"));
        assertThat(analysis.baseTerms("praatgroepje")).as("a diminutive's noun first").startsWith("praatgroep");
        for (String word : List.of("nodig", "rouw", "dementie", "angst", "ig", "ent", "iemand", "vriend", "19.30")) {
            assertThat(AdjectiveNouns.nouns(word)).as(word).isEmpty();
        }
    }

    @Test
    void aVerbFormHasItsStemAndInfinitiveAmongItsBases() {
        // what residents write someone does, and the infinitive the texts and topics use
        java.util.Map<String, String> infinitives = new java.util.LinkedHashMap<>();
        for (String pair : List.of("drinkt drinken", "gokt gokken", "rook roken", "rookt roken", "rookte roken",
                "gerookt roken", "gepest pesten", "zorgde zorgen", "zorgden zorgen", "gezorgd zorgen",
                "gescheiden scheiden", "verhuisd verhuizen", "leeft leven", "reist reizen", "blijft blijven",
                "piekert piekeren", "blowt blowen", "stopt stoppen", "eet eten", "beweegt bewegen",
                "vergeet vergeten", "praatte praten",
                // a separable verb's participle: particle, ge-, the participle of its verb
                "vastgelopen vastlopen", "afgevallen afvallen", "teruggevallen terugvallen", "rondgekomen rondkomen",
                "kwijtgeraakt kwijtraken", "opgegeven opgeven", "doodgegaan doodgaan", "stilgestaan stilstaan")) {
            infinitives.put(pair.split(" ")[0], pair.split(" ")[1]);
        }
        infinitives.forEach((form, infinitive) -> assertThat(VerbForms.bases(form)).as(form).contains(infinitive));
        // the stem too: it is often the noun the texts use ("zorgt" → "zorg", "rouwt" → "rouw")
        assertThat(VerbForms.bases("zorgt")).startsWith("zorg", "zorgen");
        assertThat(VerbForms.bases("rouwt")).startsWith("rouw", "rouwen");
        // a participle's reading before a present tense's: ge|rook|t, not gerook|t
        assertThat(VerbForms.bases("gerookt").getFirst()).isEqualTo("rook");
        assertThat(VerbForms.bases("vastgelopen").getFirst()).as("the separable reading first").isEqualTo("vastlopen");
        assertThat(VerbForms.bases("gepest")).as("a stem in t takes no second t").contains("pest", "pesten");
        assertThat(VerbForms.bases("drinkt")).as("never the word itself").doesNotContain("drinkt");
        assertThat(analysis.baseTerms("drinkt")).as("the stem's term, once").containsExactly("drink");
        assertThat(analysis.baseTerms("rookt")).as("rook and roken: one term").containsExactly("rok");
        assertThat(analysis.baseTerms("depressieve")).as("an adjective's noun before a verb reading")
                .startsWith(analysis.term("depressie"));
        for (String word : List.of("19.30", "", "café")) {
            assertThat(VerbForms.bases(word)).as(word).isEmpty();
        }
        assertThat(VerbForms.bases("gaat")).as("no stem under three letters").doesNotContain("ga", "gaan");
    }

    @Test
    void theBrowserGivesTheSameVerbReadingsForEveryWord(@TempDir Path dir) throws IOException {
        // every plain word has verb readings (the word itself is a stem); the vocabulary's words in t, d, -te, -de
        // and ge- take every rule
        List<String> words = new ArrayList<>(vocabulary().stream().filter(w -> w.endsWith("t") || w.endsWith("d")
                || w.endsWith("te") || w.endsWith("de") || w.endsWith("en") || w.startsWith("ge"))
                .filter(w -> analysis.words(w).size() == 1).toList());   // not the stop words: they search nothing
        assertThat(words).as("verb forms in Snowball's vocabulary").hasSizeGreaterThan(5000);
        words.addAll(List.of("Drinkt", "GEROOKT", "gokt", "leeft", "reist", "gepest", "zorgden", "eet", "rook"));
        assertBrowserAgrees(dir, "baseTerms", words, word -> {
            List<String> folded = analysis.words(word);
            return folded.size() == 1 ? analysis.baseTerms(folded.getFirst()) : List.of();
        });
    }

    @Test
    void theBrowserJoinsTheSameSeparableVerbsForEveryWord(@TempDir Path dir) throws IOException {
        // every particle with the vocabulary's verb-like words (and some words ending in a vowel: "ga", "doet")
        List<String> words = new ArrayList<>(vocabulary().stream().filter(w -> w.endsWith("t") || w.endsWith("en")
                || w.endsWith("de") || w.startsWith("ge") || w.endsWith("a") || w.endsWith("e"))
                .filter(w -> analysis.words(w).size() == 1).limit(3000).toList());
        words.addAll(List.of("kom", "komt", "ga", "gaat", "doe", "doet", "zie", "sta", "kickt", "rond", "19.30"));
        words.addAll(analysis.pastForms().keySet());
        List<String> particles = analysis.particles();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            pairs.add(particles.get(i % particles.size()) + " " + words.get(i));   // each word with one particle
        }
        for (String word : List.of("kom", "komt", "ga", "gaat", "doe", "doet", "kickt", "rond", "19.30", "kwam", "ging",
                "liep", "viel", "deed")) {
            pairs.add("rond " + word);
            pairs.add("dood " + word);
        }
        pairs.add("kom rond");
        assertBrowserAgrees(dir, "joinedWords", pairs, pair -> {
            String[] parts = pair.split(" ");
            return analysis.joinedWords(parts[0], parts[1]).stream().map(w -> w.word() + ":" + w.term()).toList();
        });
        assertThat(analysis.joinedWords("rond", "kom")).extracting(DutchAnalysis.QueryWord::term)
                .as("rondkom (and rondkomen) first, then rondkommen").containsExactly("rondkom", "rondkomm");
        assertThat(analysis.joinedWords("dood", "gaat")).extracting(DutchAnalysis.QueryWord::word)
                .contains("doodgaan");
        assertThat(analysis.joinedWords("rond", "kwam")).extracting(DutchAnalysis.QueryWord::word)
                .as("a strong past by its infinitive").contains("rondkomen");
        assertThat(analysis.joinedWords("dood", "ging")).extracting(DutchAnalysis.QueryWord::word).contains("doodgaan");
        assertThat(analysis.joinedWords("kom", "rond")).as("not a particle").isEmpty();
        assertThat(analysis.joinedWords("rond", "weg")).as("two particles").isEmpty();
    }

    @Test
    void theBrowserGivesTheSameNounsForEveryAdjective(@TempDir Path dir) throws IOException {
        List<String> words = new ArrayList<>(vocabulary().stream().filter(w -> !AdjectiveNouns.nouns(w).isEmpty())
                .toList());
        assertThat(words).as("adjectives in Snowball's vocabulary").hasSizeGreaterThan(500);
        words.addAll(List.of("Dement", "DEPRESSIEF", "autistische", "verslaafd"));
        assertBrowserAgrees(dir, "baseTerms", words, word -> {
            List<String> folded = analysis.words(word);
            return folded.size() == 1 ? analysis.baseTerms(folded.getFirst()) : List.of();
        });
    }

    @Test
    void theBrowserGivesTheSameBasesForEveryDiminutive(@TempDir Path dir) throws IOException {
        List<String> words = new ArrayList<>(vocabulary().stream()
                .filter(w -> w.endsWith("je") || w.endsWith("jes")).toList());
        assertThat(words).as("diminutives in Snowball's vocabulary").hasSizeGreaterThan(500);
        words.addAll(List.of("Groepje", "PRAATGROEPJES", "cafeetje", "caféetje", "koninkje", "ringetje", "bloempje"));
        assertBrowserAgrees(dir, "baseTerms", words, word -> {
            List<String> folded = analysis.words(word);
            return folded.size() == 1 ? analysis.baseTerms(folded.getFirst()) : List.of();
        });
    }

    @Test
    void theBrowserDropsTheSameFillersAndKeepsTheSameTerms(@TempDir Path dir) throws IOException {
        List<String> queries = List.of("Ik zoek een groep voor mijn man", "ik zoek een groep", "hoe vind ik hulp",
                "waar is de rouwgroep?", "mijn man is overleden", "Groepen voor mensen met schulden",
                "de het een", "welke groep is er op dinsdag online", ("veel woorden " + "abcdefghijklmnop"
                        .chars().mapToObj(c -> (char) c + "woord").reduce("", (a, b) -> a + " " + b)));
        Path tables = dir.resolve("tables.json");
        Files.writeString(tables, tablesJson(), StandardCharsets.UTF_8);
        List<String> browser = NodeScript.harness("queryTerms", tables, String.join("\n", queries) + "\n");
        for (int i = 0; i < queries.size(); i++) {
            assertThat(browser.get(i)).as(queries.get(i)).isEqualTo(String.join(" ", analysis.queryTerms(queries.get(i))));
        }
    }

    @Test
    void theLexiconIsOpenTaalsAndItsBloomFiltersNeverMissAWord() {
        DutchLexicon lexicon = analysis.lexicon();
        assertThat(lexicon.size()).isGreaterThan(300_000);
        assertThat(lexicon.contains("dood")).isTrue();
        assertThat(lexicon.contains("cafe")).as("folded like the chain folds").isTrue();
        assertThat(lexicon.contains("doe")).isTrue();
        assertThat(lexicon.contains("verwerkng")).isFalse();
        assertThat(lexicon.words().getFirst()).isEqualTo("a");   // "à", folded
        assertThat(lexicon.contains("a")).as("the first word").isTrue();
        assertThat(lexicon.contains("zzz")).as("the last word").isTrue();
        assertThat(lexicon.contains("zzzzz")).isFalse();
        assertThat(lexicon.contains("")).isFalse();
        List<byte[]> filter = lexicon.filter();
        int missed = 0;
        for (String word : lexicon.words()) {
            if (!LexiconFilter.mayContain(filter, word)) {
                missed++;
            }
        }
        assertThat(missed).isZero();
        int falsePositives = 0;
        for (int i = 0; i < 10_000; i++) {
            if (LexiconFilter.mayContain(filter, "qzx" + i + "vw")) {
                falsePositives++;
            }
        }
        assertThat(falsePositives).as("false positives in 10,000 non-words").isLessThan(250);
    }

    @Test
    void theJarsFoldingTableIsLucenesFolding() {
        java.util.Map<String, String> folding = DutchAnalysis.bundledFoldingTable().orElseThrow();
        assertThat(folding).as(DutchAnalysis.FOLDING + ", made while the jar was built")
                .containsExactlyEntriesOf(DutchAnalysis.buildFoldingTable());
        assertThat(analysis.foldingTable()).containsExactlyEntriesOf(folding);
        assertThat(folding.get("e")).contains("é", "ë", "è");
        assertThat(folding.get("ss")).contains("ß");
    }

    @Test
    void theJarsLexiconIsTheVendoredWordListFoldedSortedAndFiltered() throws IOException {
        List<String> vendored;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("src/main/lexicon/lexicon-nl.txt.gz")))) {
            vendored = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        DutchLexicon fromWordList = new DutchLexicon(vendored);
        DutchLexicon bundled = DutchLexicon.bundled();
        assertThat(bundled.words()).as("lexicon-nl.words, made while the jar was built").isEqualTo(fromWordList.words());
        assertThat(bundled.filter()).as("lexicon-nl.filter").hasSameSizeAs(fromWordList.filter());
        for (int i = 0; i < LexiconFilter.BUCKETS; i++) {
            assertThat(bundled.filter().get(i)).as("bucket " + i).isEqualTo(fromWordList.filter().get(i));
        }
        assertThat(bundled.filterHash()).isEqualTo(fromWordList.filterHash());
    }

    private void assertSameTerms(Path dir, List<String> words) throws IOException {
        assertBrowserAgrees(dir, "analyze", words, word -> analysis.terms(analysis.queryAnalyzer(), word));
    }

    /** The harness's {@code mode} (one line of terms per word) gives what {@code java} gives, for every word. */
    private void assertBrowserAgrees(Path dir, String mode, List<String> words,
                                     java.util.function.Function<String, List<String>> java) throws IOException {
        Path tables = dir.resolve("tables.json");
        Files.writeString(tables, tablesJson(), StandardCharsets.UTF_8);
        List<String> browser = NodeScript.harness(mode, tables, String.join("\n", words) + "\n");
        assertThat(browser).hasSize(words.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String expected = String.join(" ", java.apply(words.get(i)));
            if (!expected.equals(browser.get(i))) {
                differences.add(words.get(i) + ": Java [" + expected + "], browser [" + browser.get(i) + "]");
            }
        }
        assertThat(differences).as("%d of %d differ", differences.size(), words.size()).isEmpty();
    }

    private String tablesJson() {
        StringBuilder json = new StringBuilder("{\"stopWords\":[");
        json.append(String.join(",", analysis.stopWords().stream().map(Json::quote).toList())).append("],");
        json.append("\"stemOverrides\":{").append(String.join(",", analysis.stemOverrides().entrySet().stream()
                .map(e -> Json.quote(e.getKey()) + ":" + Json.quote(e.getValue())).toList())).append("},");
        json.append("\"fillers\":[").append(String.join(",", analysis.fillers().stream().map(Json::quote).toList()))
                .append("],");
        json.append("\"particles\":[").append(String.join(",", analysis.particles().stream().map(Json::quote)
                .toList())).append("],");
        json.append("\"pastForms\":{").append(String.join(",", analysis.pastForms().entrySet().stream()
                .map(e -> Json.quote(e.getKey()) + ":" + Json.quote(e.getValue())).toList())).append("},");
        json.append("\"folding\":").append(ExportJson.folding(analysis.foldingTable())).append("}");
        return json.toString();
    }

    /** Snowball's Dutch test vocabulary (snowballstem.org, BSD licence), one word per line. */
    private static List<String> vocabulary() throws IOException {
        try (InputStream in = new GZIPInputStream(
                Files.newInputStream(Path.of("src/test/resources/search/snowball-dutch-voc.txt.gz")))) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
