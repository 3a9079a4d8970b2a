package nl.kring.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one Dutch analysis chain of Kring's search, used to index and to query, and mirrored term for term by
 * the browser's {@code search.js}:
 * <pre>
 * StandardTokenizer → [index only: HyphenatedWords →] LowerCaseFilter → ASCIIFoldingFilter → ApostropheEndings
 *   → StopFilter (Dutch, folded)
 *   → [index only: CompoundSplitter → JoinedWords → TopicVerbForms → StrongVerbs →] StemmerOverrideFilter
 *   → SnowballFilter(Dutch)
 *   → [index only: RemoveDuplicatesTokenFilter]
 * </pre>
 * The last two stemming steps are done by {@link DutchStems}, which gives their stems but computes each
 * word's stem only once. {@link HyphenatedWords} also indexes "burn-out" as "burnout", as residents type it.
 * {@link ApostropheEndings} drops what Dutch writes after an apostrophe ("baby's", "ADHD'ers", "cd'tje"), so the
 * word is the word itself.
 * Decompounding happens only at index time, with the OpenTaal lexicon ({@link DutchLexicon}), so "kanker" (a
 * query) finds "borstkanker" (a document) without the browser needing the lexicon; {@link JoinedWords} likewise
 * indexes "long covid" (a document) also as "longcovid" (a query, and a topic's synonym), and
 * {@link TopicVerbForms} a topic's verb also in the forms residents type ("drinken" as "drinkt"), and
 * {@link StrongVerbs} a strong verb in its other vowels ("verloren" also as "verloor"). Queries also drop
 * {@link #fillers()} (question words and fillers such as "zoek", "groep") unless nothing else is left. The stop words, stem overrides and folding table the browser needs are
 * exported from here ({@link #stopWords()}, {@link #stemOverrides()}, {@link #foldingTable()}), so the two
 * sides cannot drift apart.
 */
public final class DutchAnalysis {

    /**
     * Words a resident types around what they look for ("ik zoek een groep voor …", "waar is …"): not matched
     * unless a query has nothing else. Lucene's Dutch stop words already cover ik, mijn, een, voor, hoe, wat, wie;
     * these are the ones it lacks. They are indexed (a group may be called "Praatgroep"), only queries skip them.
     */
    /** A query searches at most this many distinct terms: a pasted page searches its first words. */
    public static final int MAX_QUERY_TERMS = 12;

    private static final List<String> FILLERS = List.of("zoek", "zoeken", "zoekt", "gezocht", "graag", "groep",
            "groepen", "groepje", "groepjes", "waar", "waarom", "wanneer", "welke", "welk", "vind", "vinden", "hallo",
            "hoi", "aub", "alstublieft", "svp", "bedankt", "help", "iemand", "mensen", "informatie", "info");

    /**
     * Words the Snowball stemmer gets wrong: Lucene's DutchAnalyzer defaults, and "ouderen" (the elderly), which
     * Snowball makes "ouder" like "ouders" (parents) — a search for lonely elderly people then led with the
     * parents of autistic children; and "zoon", "zonen", which Snowball makes "zon" (the sun): "mijn zoon is
     * verslaafd" searched the sun.
     */
    private static final Map<String, String> STEM_OVERRIDES = orderedOf(
            "fiets", "fiets", "bromfiets", "bromfiets", "ei", "eier", "kind", "kinder", "ouderen", "ouderen",
            "zoon", "zoon", "zonen", "zoon", "zoons", "zoon");

    private final List<String> stopWords;
    private final CharArraySet stopSet;
    private final DutchStems stems = new DutchStems(STEM_OVERRIDES);
    private final StrongVerbs strongVerbs = StrongVerbs.bundled();
    private final Analyzer query;
    private final Analyzer words;
    private final DutchLexicon lexicon;
    private static final int MAX_SPLITTERS = 16;
    private final Map<java.util.Set<String>, IndexWords> indexWords = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the index chain makes of a topic vocabulary: its compound splitter and its verbs' forms. */
    private record IndexWords(CompoundSplitter splitter, TopicVerbForms verbForms) {
    }

    /** The analysis with the vendored OpenTaal lexicon. */
    public DutchAnalysis() {
        this(DutchLexicon.bundled());
    }

    public DutchAnalysis(DutchLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> folded = new ArrayList<>();
        for (Object word : DutchAnalyzer.getDefaultStopSet()) {
            folded.add(fold(new String((char[]) word)));
        }
        folded.sort(null);
        this.stopWords = List.copyOf(new java.util.LinkedHashSet<>(folded));
        this.stopSet = CharArraySet.unmodifiableSet(new CharArraySet(stopWords, false));
        this.query = chain(null, null);
        this.words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new StopFilter(
                        new ApostropheEndings(new ASCIIFoldingFilter(new LowerCaseFilter(source))), stopSet));
            }
        };
    }

    /** The analyzer for queries (no decompounding). Thread-safe; shared. */
    public Analyzer queryAnalyzer() {
        return query;
    }

    /**
     * The analyzer for indexing: splits compounds into words of the lexicon and of {@code extraWords} (the topic
     * names and synonyms editors wrote: "longcovid" is no OpenTaal word, but "long" and "covid" may be a topic's).
     */
    public Analyzer indexAnalyzer(java.util.Collection<String> extraWords) {
        IndexWords words = indexWords(extraWords);
        return chain(words.splitter(), words.verbForms());
    }

    /** The compound splitter of {@link #indexAnalyzer(java.util.Collection)}. */
    public CompoundSplitter splitter(java.util.Collection<String> extraWords) {
        return indexWords(extraWords).splitter();
    }

    /**
     * The words the index analysis adds that no text writes: the topics' verb forms ("drinkt") and the strong verbs'
     * other forms ("gedronken"), sorted. Their terms need a word to show ("bedoelde u gedronken?", not the stem
     * "gedronk").
     */
    public List<String> addedWords(java.util.Collection<String> extraWords) {
        java.util.Set<String> words = new java.util.TreeSet<>(strongVerbs.addedForms());
        words.addAll(indexWords(extraWords).verbForms().addedForms());
        return List.copyOf(words);
    }

    /** The verb forms {@link #indexAnalyzer(java.util.Collection)} indexes with the topics' verbs ("drinken" → "drinkt"). */
    TopicVerbForms topicVerbForms(java.util.Collection<String> extraWords) {
        return indexWords(extraWords).verbForms();
    }

    private IndexWords indexWords(java.util.Collection<String> extraWords) {
        java.util.Set<String> extra = new java.util.HashSet<>();
        for (String text : extraWords) {
            extra.addAll(words(text));
        }
        // One splitter per vocabulary, so the splits it remembers serve every region with the same topics.
        if (indexWords.size() > MAX_SPLITTERS) {
            indexWords.clear();   // the preview's topics changed many times: start afresh
        }
        return indexWords.computeIfAbsent(java.util.Set.copyOf(extra), words -> new IndexWords(
                new CompoundSplitter(w -> lexicon.contains(w) || words.contains(w), words, stopSet::contains,
                        stems::stem),
                TopicVerbForms.of(words, lexicon::contains)));
    }

    public DutchLexicon lexicon() {
        return lexicon;
    }

    /** Query-only stop words (folded): see {@link #FILLERS}. */
    public List<String> fillers() {
        return FILLERS;
    }

    /**
     * The distinct terms of a query, in the order typed: its words without stop words and, unless nothing else
     * is left, without fillers ("ik zoek een groep" still searches "groep"); at most {@link #MAX_QUERY_TERMS}.
     */
    public List<String> queryTerms(String query) {
        return queryWords(query).stream().map(QueryWord::term).toList();
    }

    /** A word of a query as typed (lower-cased and folded) and the term it searches. */
    public record QueryWord(String word, String term) {
    }

    /** {@link #queryTerms}, each with the word it came from. */
    public List<QueryWord> queryWords(String query) {
        List<String> words = words(query);
        List<String> kept = words.stream().filter(w -> !FILLERS.contains(w)).toList();
        Map<String, QueryWord> byTerm = new LinkedHashMap<>();
        for (String word : kept.isEmpty() ? words : kept) {
            for (String term : terms(this.query, word)) {
                if (byTerm.size() < MAX_QUERY_TERMS) {
                    byTerm.putIfAbsent(term, new QueryWord(word, term));
                }
            }
        }
        return List.copyOf(byTerm.values());
    }

    /** The one term a folded word searches, or null for a stop word. */
    public String term(String word) {
        List<String> terms = terms(this.query, word);
        return terms.size() == 1 ? terms.getFirst() : null;
    }

    /**
     * The terms of the words a diminutive query word can be made from, in order of preference ("groepje" →
     * "groep"; see {@link Diminutives}), then of the nouns an adjective names ("dement" → "dementie"; see
     * {@link AdjectiveNouns}), then of a verb form's stem and infinitive ("drinkt" → "drink", "gerookt" → "roken";
     * see {@link VerbForms}): what a search looks for when its index lacks the word's own term.
     */
    public List<String> baseTerms(String word) {
        List<String> own = terms(this.query, word);
        java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>();
        List<String> bases = new ArrayList<>(Diminutives.bases(word));
        bases.addAll(AdjectiveNouns.nouns(word));
        bases.addAll(VerbForms.bases(word));
        for (String base : bases) {
            List<String> term = terms(this.query, base);
            if (term.size() == 1 && !own.contains(term.getFirst())) {
                terms.add(term.getFirst());
            }
        }
        return List.copyOf(terms);
    }

    /** The terms a text turns into. */
    public List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The words a text contains after lower-casing, folding and stop-word removal, before stemming:
     * the raw material of the surface forms.
     */
    public List<String> words(String text) {
        return terms(words, text);
    }

    /** The words of all of a document's fields, field after field. */
    public List<String> words(SearchDocument document) {
        List<String> all = new ArrayList<>();
        document.fields().values().forEach(text -> all.addAll(words(text)));
        return all;
    }

    public List<String> stopWords() {
        return stopWords;
    }

    /**
     * The particles of separable verbs that a query may hold apart from its verb ("ik kom niet rond" for
     * "rondkomen", "hij kickt af" for "afkicken", "ik kan hem niet loslaten" is one word already). Folded; no stop
     * words ("op", "aan", "uit" are: the analysis drops them before anything can join them).
     */
    public List<String> particles() {
        return PARTICLES;
    }

    /**
     * Verbs a resident puts around a subject that say nothing of it: "ik zit in de schulden", "ik zit met mijn
     * handen in het haar", "ik sta er alleen voor". A query searches them only when nothing else is left, and
     * only after a particle has had the chance to join them ("ik zit vast" searches "vastzitten"): as words of
     * their own they led with two groups whose texts happen to say "zit" above the debt group. Folded.
     */
    public List<String> lightVerbs() {
        return LIGHT_VERBS;
    }

    private static final List<String> LIGHT_VERBS = List.of("zit", "zitten", "zat", "zaten", "gezeten", "sta",
            "staat", "staan", "stond", "stonden", "gestaan");

    private static final List<String> PARTICLES = List.of("af", "mee", "rond", "terug", "weg", "neer", "samen",
            "vast", "los", "kwijt", "open", "dicht", "dood", "tekort", "toe", "mis", "kapot", "stil", "klaar");

    /**
     * The past tense of the strong and irregular verbs that separable verbs are made of, with its infinitive: a
     * resident tells what happened ("ik kwam niet rond", "mijn vader ging dood", "ik liep vast", "hij viel terug",
     * "ik deed mee"), and no rule makes "komen" of "kwam". Only for joining a particle that the query holds apart
     * ({@link #joinedWords}); the browser gets the table with the index (search.js {@code pastForms}).
     */
    public Map<String, String> pastForms() {
        return PAST_FORMS;
    }

    private static final Map<String, String> PAST_FORMS = pastFormsOf(
            "komen kwam kwamen", "gaan ging gingen", "zitten zat zaten", "vallen viel vielen", "lopen liep liepen",
            "doen deed deden", "geven gaf gaven", "houden hield hielden", "staan stond stonden", "liggen lag lagen",
            "laten liet lieten", "nemen nam namen", "zien zag zagen", "slaan sloeg sloegen", "blijven bleef bleven",
            "vinden vond vonden", "trekken trok trokken", "schieten schoot schoten", "breken brak braken",
            "krijgen kreeg kregen", "brengen bracht brachten", "denken dacht dachten", "zoeken zocht zochten",
            "kopen kocht kochten", "zeggen zei zeiden", "spreken sprak spraken", "dragen droeg droegen",
            "roepen riep riepen", "sluiten sloot sloten", "kijken keek keken", "hangen hing hingen",
            "helpen hielp hielpen", "lezen las lazen", "schrijven schreef schreven", "wijzen wees wezen",
            "werpen wierp wierpen", "sterven stierf stierven", "drinken dronk dronken", "rijden reed reden");

    /**
     * Per verb of {@link #pastForms}: the terms of the separable verbs it makes with each particle ("rondkomen",
     * "afkomen", …), to see which of them an index holds. Worked out once, on first use.
     */
    public Map<String, List<String>> pastVerbJoins() {
        Map<String, List<String>> joins = pastVerbJoins;
        if (joins == null) {
            Map<String, List<String>> made = new LinkedHashMap<>();
            for (String infinitive : new java.util.LinkedHashSet<>(PAST_FORMS.values())) {
                List<String> terms = new ArrayList<>();
                for (String particle : PARTICLES) {
                    String term = term(particle + infinitive);
                    if (term != null) {
                        terms.add(term);
                    }
                }
                made.put(infinitive, List.copyOf(terms));
            }
            joins = java.util.Collections.unmodifiableMap(made);
            pastVerbJoins = joins;
        }
        return joins;
    }

    private volatile Map<String, List<String>> pastVerbJoins;

    /**
     * The strong pasts of {@link #pastForms} whose verb an index holds joined with a particle ("rondkomen" for
     * "kwam"), in the table's order: all the browser needs of it. A past whose verb the index lacks joins nothing,
     * in Java or in the browser.
     *
     * @param terms every term of the index
     */
    public Map<String, String> pastFormsJoinedIn(Iterable<String> terms) {
        Map<String, List<String>> verbJoins = pastVerbJoins();
        java.util.Set<String> joins = new java.util.HashSet<>();
        verbJoins.values().forEach(joins::addAll);
        java.util.Set<String> held = new java.util.HashSet<>();
        for (String term : terms) {   // one pass over the index's terms, against the few hundred joined ones
            if (joins.contains(term)) {
                held.add(term);
            }
        }
        Map<String, String> kept = new LinkedHashMap<>();
        PAST_FORMS.forEach((form, infinitive) -> {
            if (verbJoins.get(infinitive).stream().anyMatch(held::contains)) {
                kept.put(form, infinitive);
            }
        });
        return kept;
    }

    /** "komen kwam kwamen" → kwam → komen, kwamen → komen; in the order given. */
    private static Map<String, String> pastFormsOf(String... verbs) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (String verb : verbs) {
            String[] words = verb.split(" ");
            for (int i = 1; i < words.length; i++) {
                forms.put(words[i], words[0]);
            }
        }
        return java.util.Collections.unmodifiableMap(forms);
    }

    /**
     * The words a particle and another query word can be together, as one separable verb, with their terms, most
     * literal first: the particle before the word itself ("rond komen" → "rondkomen"), before each of its verb
     * readings ({@link VerbForms#bases}: "kom" → "rondkomen", "kickt" → "afkicken"), before the infinitive of a
     * stem that ends in a vowel ("ga" → "doodgaan") and before the infinitive of a strong past ({@link #pastForms}:
     * "kwam" → "rondkomen"). Candidates only: the search joins the two when its index has
     * one of them. Empty when {@code particle} is none or {@code word} is a particle too.
     */
    public List<QueryWord> joinedWords(String particle, String word) {
        if (!PARTICLES.contains(particle) || PARTICLES.contains(word) || !Diminutives.isPlainWord(word)) {
            return List.of();
        }
        java.util.LinkedHashSet<String> bases = new java.util.LinkedHashSet<>();
        bases.add(word);
        bases.addAll(VerbForms.bases(word));
        bases.addAll(VerbForms.vowelInfinitives(word));
        String infinitive = PAST_FORMS.get(word);
        if (infinitive != null) {
            bases.add(infinitive);
        }
        Map<String, QueryWord> byTerm = new LinkedHashMap<>();
        for (String base : bases) {
            String joined = particle + base;
            List<String> term = terms(this.query, joined);
            if (term.size() == 1) {
                byTerm.putIfAbsent(term.getFirst(), new QueryWord(joined, term.getFirst()));
            }
        }
        return List.copyOf(byTerm.values());
    }

    public Map<String, String> stemOverrides() {
        return STEM_OVERRIDES;
    }

    /**
     * Every character of the Basic Multilingual Plane that ASCII folding changes, grouped by what it becomes:
     * the table the browser applies after lower-casing.
     */
    public Map<String, String> foldingTable() {
        return Folding.TABLE;
    }

    /**
     * Read on first use from the jar, where {@link LexiconResources} put it while the jar was built: it depends on
     * Lucene's folding only, and folding 65,000 characters one by one took a cold JVM 26-30 ms of every build
     * ({@code foldToASCII} is one switch too large for the JIT, so it stays interpreted). Made here when the
     * resource is missing (classes run from an IDE).
     */
    private static final class Folding {
        static final Map<String, String> TABLE = bundledFoldingTable().orElseGet(DutchAnalysis::buildFoldingTable);
    }

    /** The resource {@link LexiconResources} writes: per line the folded text, a tab, and the characters folded to it. */
    static final String FOLDING = "ascii-folding.tsv";

    static java.util.Optional<Map<String, String>> bundledFoldingTable() {
        try (java.io.InputStream in = DutchAnalysis.class.getResourceAsStream(FOLDING)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            Map<String, String> table = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                table.put(line.substring(0, tab), line.substring(tab + 1));
            }
            return java.util.Optional.of(java.util.Collections.unmodifiableMap(table));
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@link #FOLDING}'s text: the table in its order, one entry per line. */
    static String foldingTableText(Map<String, String> table) {
        StringBuilder text = new StringBuilder();
        table.forEach((target, sources) -> text.append(target).append('\t').append(sources).append('\n'));
        return text.toString();
    }

    static Map<String, String> buildFoldingTable() {
        Map<String, StringBuilder> byTarget = new TreeMap<>();
        char[] in = new char[1];
        char[] out = new char[8];
        for (int c = 0x80; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            in[0] = (char) c;
            int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
            String folded = new String(out, 0, length);
            if (!folded.equals(String.valueOf((char) c))) {
                byTarget.computeIfAbsent(folded, k -> new StringBuilder()).append((char) c);
            }
        }
        Map<String, String> table = new LinkedHashMap<>();
        byTarget.forEach((target, sources) -> table.put(target, sources.toString()));
        return java.util.Collections.unmodifiableMap(table);
    }

    private Analyzer chain(CompoundSplitter splitter, TopicVerbForms verbForms) {
        CharArraySet stops = stopSet;
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return splitter == null ? reader : HyphenatedWords.marked(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = splitter == null ? source : HyphenatedWords.split(source);
                TokenStream stream = new StopFilter(
                        new ApostropheEndings(new ASCIIFoldingFilter(new LowerCaseFilter(words))), stops);
                if (splitter != null) {
                    stream = strongVerbs.filter(
                            verbForms.filter(new JoinedWords(splitter.filter(stream), splitter.topicWords())));
                }
                stream = stems.filter(stream);   // StemmerOverrideFilter → SnowballFilter(Dutch), remembered
                if (splitter != null) {
                    // a piece with the stem of its compound (or of another piece) is emitted twice; count it once
                    stream = new RemoveDuplicatesTokenFilter(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static String fold(String word) {
        char[] out = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, length);
    }

    private static Map<String, String> orderedOf(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
