package nl.kring.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.kring.model.Audience;
import nl.kring.model.EventType;
import nl.kring.model.GroupStatus;
import nl.kring.model.MeetingFormat;
import nl.kring.model.Registration;

/**
 * The two message bundles are complete and every editor-facing text really comes from them: both bundles have
 * the same keys, every key the code names exists, and no message is written as (English) text in Java.
 * A failure names the file and line to fix.
 */
class MessageBundlesTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path MAIN = REPOSITORY.resolve("generator/src/main/java");

    /**
     * Calls that report or print a message, and which argument is its key: {@code diagnostics.error(at, key, …)},
     * {@code map.error(field, key, …)}, {@code map.report(node, key, …)}, {@code Message.of(key, …)},
     * {@code texts.text(key, …)}, {@code KringUsageException.of(cli, texts, key, …)}.
     */
    private static final Map<Pattern, Integer> KEY_ARGUMENT = Map.of(
            Pattern.compile("\\.(error|warning|warn)\\("), 1,
            Pattern.compile("(?<![\\w.])report\\(|\\.report\\("), 1,
            Pattern.compile("Message\\.(of|count)\\("), 0,
            Pattern.compile("\\btexts\\.(text|count)\\("), 0,
            Pattern.compile("KringUsageException\\.of\\("), 2);

    /**
     * Words that mark a literal as a sentence for people, English or Dutch (a message has at least three plain
     * words and one of these): Dutch written in code is wrong too, since --lang en must give English.
     */
    private static final Pattern PROSE = Pattern.compile(
            "(?i)\\b(the|is|are|must|not|be|to|of|and|or|with|has|have|no|cannot|can|does|use|for|an|on|"
                    + "in|at|was|were|found|missing|unknown|invalid|error|errors|warning|wrote|built|file|line|"
                    + "de|het|een|van|en|niet|op|voor|met|u|zijn|moet|geen|of|bij|naar|om|uw)\\b");

    /**
     * Literals that are English on purpose, never shown to editors as a message. Each entry is
     * {@code path#text-prefix} and says why.
     */
    private static final Set<String> NOT_FOR_EDITORS = Set.of(
            // programming errors: a broken jar or a broken invariant, shown only as "kring: interne fout: …"
            "generator/src/main/java/nl/kring/diagnostic/SourcePosition.java#line and column count from 1",
            "generator/src/main/java/nl/kring/message/Texts.java#message bundle missing from the jar",
            "generator/src/main/java/nl/kring/report/ReportTexts.java#report.css missing from the jar",
            "generator/src/main/java/nl/kring/serve/PreviewHandler.java#missing resource",
            "generator/src/main/java/nl/kring/search/IndexExport.java#the export mirrors BM25 only",
            "generator/src/main/java/nl/kring/search/RegionSearchIndex.java#search index must be one segment",
            "generator/src/main/java/nl/kring/render/Assets.java#SHA-256 is part of every JDK",
            "generator/src/main/java/nl/kring/search/DutchLexicon.java# is missing from the class path",
            // a word list that breaks the lexicon's invariant fails the jar's build, not an editor's
            "generator/src/main/java/nl/kring/search/DutchLexicon.java#the lexicon's word '",
            "generator/src/main/java/nl/kring/search/DutchLexicon.java#' does not fold to ASCII",
            "generator/src/main/java/nl/kring/search/StrongVerbs.java#the jar lacks ",
            "generator/src/main/java/nl/kring/search/StrongVerbs.java#: five forms expected in '",
            "generator/src/main/java/nl/kring/search/StrongVerbs.java#' is shorter than ",
            "generator/src/main/java/nl/kring/config/StatementsReader.java#spdx-license-ids.txt is missing from the jar",
            "generator/src/main/java/nl/kring/text/Csv.java#a row has not as many fields as the header",
            "generator/src/main/java/nl/kring/text/JsonWriter.java#not a JSON value: ",
            "generator/src/main/java/nl/kring/serve/admin/JsonText.java#not a JSON value: ",
            "generator/src/main/java/nl/kring/serve/admin/AdminHandler.java#missing resource in the kring jar: ",
            // SnakeYAML's words, matched to explain the mistake in the editor's language
            "generator/src/main/java/nl/kring/source/YamlMistakes.java#mapping values are not allowed",
            "generator/src/main/java/nl/kring/source/YamlMistakes.java#could not find expected ':'");

    /**
     * Whole files whose sentences are not messages to editors, and why. Keep this short: anything an editor
     * reads in the terminal or the preview belongs in the bundles.
     */
    private static final String HOSTING =
            "directives and comments of the generated web server configurations, read by server administrators";

    private static final Map<String, String> NOT_MESSAGES = Map.of(
            "generator/src/main/java/nl/kring/content/DutchWords.java",
            "Dutch words editors write in content files (input to recognise), not text Kring says",
            "generator/src/main/java/nl/kring/render/TemplateFunctions.java",
            "errors for theme developers, raised inside FreeMarker and quoted by theme.template.problem",
            "generator/src/main/java/nl/kring/render/SharedParts.java",
            "errors for theme developers (a sharedPart used wrongly), quoted by theme.template.problem",
            "generator/src/main/java/nl/kring/report/GitHistory.java",
            "git plumbing failures, quoted inside report.warning.gitFailed / report.warning.unreadable",
            "generator/src/main/java/nl/kring/render/HostingFiles.java", HOSTING,
            "generator/src/main/java/nl/kring/render/NginxInclude.java", HOSTING,
            "generator/src/main/java/nl/kring/render/ApacheHtaccess.java", HOSTING,
            "generator/src/main/java/nl/kring/render/CaddySnippet.java", HOSTING,
            "generator/src/main/java/nl/kring/render/HeadersFile.java", HOSTING,
            "generator/src/main/java/nl/kring/render/OpenDataSchemas.java",
            "descriptions in the open data's JSON Schemas and OpenAPI document: documentation for developers");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> dutch = new TreeSet<>(Texts.dutch().keys());
        Set<String> english = new TreeSet<>(Texts.english().keys());
        assertThat(difference(dutch, english)).as("keys in messages_nl.properties but not in messages_en.properties")
                .isEmpty();
        assertThat(difference(english, dutch)).as("keys in messages_en.properties but not in messages_nl.properties")
                .isEmpty();
    }

    /** Messages whose Dutch adds the Dutch words of English values, which English leaves out. */
    private static final Set<String> DUTCH_WORDS_ONLY = Set.of("field.enum", "scaffold.value");

    @Test
    void placeholdersAgreeBetweenTheLanguages() {
        Texts dutch = Texts.dutch();
        Texts english = Texts.english();
        List<String> problems = new ArrayList<>();
        Pattern placeholder = Pattern.compile("\\{(\\d+)}");
        for (String key : dutch.keys()) {
            Set<String> nl = all(placeholder, raw(dutch, key));
            Set<String> en = all(placeholder, raw(english, key));
            // the same arguments in both languages; only English leaves out the Dutch words of values
            boolean same = DUTCH_WORDS_ONLY.contains(key) ? nl.containsAll(en) : nl.equals(en);
            if (!same) {
                problems.add(key + ": nl " + nl + ", en " + en);
            }
        }
        assertThat(problems).as("keys whose placeholders differ between nl and en").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() {
        Set<String> keys = Texts.dutch().keys();
        List<String> missing = new ArrayList<>();
        for (JavaSource source : JavaSource.under(REPOSITORY, MAIN)) {
            for (KeyUse use : keyUses(source)) {
                for (JavaSource.Literal literal : use.literals()) {
                    if (Message.KEY.matcher(literal.value()).matches() && !keys.contains(literal.value())
                            && !keys.contains(literal.value() + ".one")) {
                        missing.add(source.path() + ":" + literal.line() + ": key '" + literal.value()
                                + "' is in neither bundle: add it to messages_nl.properties and messages_en.properties");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumValueHasItsDutchWords() {
        Set<String> keys = Texts.dutch().keys();
        List<String> missing = new ArrayList<>();
        check(missing, keys, "status", GroupStatus.values(), GroupStatus::code);
        check(missing, keys, "format", MeetingFormat.values(), MeetingFormat::code);
        check(missing, keys, "registration", Registration.values(), Registration::code);
        check(missing, keys, "type", EventType.values(), EventType::code);
        check(missing, keys, "audience", Audience.values(), Audience::code);
        assertThat(missing).as("value.<field>.<value> keys for the Dutch words next to a field's values").isEmpty();
    }

    @Test
    void noMessageIsPassedAsTextInsteadOfAKey() {
        List<String> problems = new ArrayList<>();
        for (JavaSource source : JavaSource.under(REPOSITORY, MAIN)) {
            for (KeyUse use : keyUses(source)) {
                String argument = source.code().substring(use.start(), use.end()).strip();
                for (JavaSource.Literal literal : use.literals()) {
                    if (!Message.KEY.matcher(literal.value()).matches() && !isKeyPrefix(literal.value())) {
                        problems.add(source.path() + ":" + literal.line() + ": \"" + shorten(literal.value())
                                + "\" is passed where a message key belongs: add a key to messages_nl.properties "
                                + "and messages_en.properties and pass the key (values go in as arguments)");
                    }
                }
                if (argument.contains("+") && use.literals().stream().anyMatch(l -> !isKeyPrefix(l.value()))) {
                    problems.add(source.path() + ":" + source.lineAt(use.start()) + ": a message built with '+' ("
                            + shorten(argument) + "): pass a key and its arguments instead");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noSentenceIsWrittenInTheCode() {
        List<String> problems = new ArrayList<>();
        for (JavaSource source : JavaSource.under(REPOSITORY, MAIN)) {
            if (source.path().contains("/nl/kring/bench/") || NOT_MESSAGES.containsKey(source.path())) {
                continue;  // bench-corpus writes Dutch sample content; see NOT_MESSAGES for the others
            }
            for (JavaSource.Literal literal : source.literals()) {
                if (looksLikeProse(literal.value()) && !allowed(source.path(), literal.value())) {
                    problems.add(source.path() + ":" + literal.line() + ": text written in code: \""
                            + shorten(literal.value()) + "\" — editors read Dutch, or English with --lang en: "
                            + "put it in messages_nl.properties and messages_en.properties and use its key "
                            + "(see nl.kring.message.Texts)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfCrashing() {
        Texts dutch = Texts.dutch();
        assertThat(dutch.text("no.such.key", "status", 3)).isEqualTo("[no.such.key] status, 3");
        assertThat(dutch.text(Message.of("field.unknown", "x", Message.of("no.such.hint")))).isEqualTo(
                "onbekend veld 'x'[no.such.hint]");
    }

    @Test
    void textsFillPlaceholdersTranslateNestedMessagesAndJoinLists() {
        Texts dutch = Texts.dutch();
        assertThat(dutch.text("field.invalid", "date", Message.of("expect.date"), "morgen"))
                .isEqualTo("'date' moet een datum in de vorm JJJJ-MM-DD zijn, niet 'morgen'");
        assertThat(Texts.english().text("field.invalid", "date", Message.of("expect.date"), "morgen"))
                .isEqualTo("'date' must be a date written as YYYY-MM-DD, not 'morgen'");
        assertThat(dutch.count("summary.errors", 1)).isEqualTo("1 fout");
        assertThat(dutch.count("summary.errors", 2)).isEqualTo("2 fouten");
        assertThat(dutch.text("content.misplaced.municipalityFolder", List.of("events", "groups")))
                .isEqualTo("een gemeentemap bevat municipality.yml en de mappen events, groups");
    }

    @Test
    void aListReadAsASentenceJoinsItsLastItemWithEnOrOf() {
        Texts dutch = Texts.dutch();
        assertThat(dutch.text(Message.and(List.of("19.30", "21.30")))).isEqualTo("19.30 en 21.30");
        assertThat(dutch.text(Message.and(List.of(Message.of("month.7"), Message.of("month.8"), Message.of("month.12")))))
                .isEqualTo("juli, augustus en december");
        assertThat(dutch.text(Message.or(List.of("online", "hybrid", "in-person")))).isEqualTo("online, hybrid of in-person");
        assertThat(Texts.english().text(Message.or(List.of("online", "hybrid")))).isEqualTo("online or hybrid");
        assertThat(dutch.text(Message.and(List.of("dinsdag")))).isEqualTo("dinsdag");
        assertThat(dutch.text(Message.and(List.of()))).isEmpty();
        // as a message's argument; tools reading --format json get the items as before, without the word
        Message when = Message.of("group.when.otherTime", Message.and(List.of("19.30", "21.30")), "10.00");
        assertThat(dutch.text(when)).startsWith("de tekst bij 'when' noemt 19.30 en 21.30 uur, maar");
        assertThat(when.argumentTexts()).containsExactly("19.30, 21.30", "10.00");
    }

    /** The start of a key made in code, e.g. {@code "value." + field + "." + value}: allowed, checked at run time. */
    private static boolean isKeyPrefix(String literal) {
        return literal.equals(".") || literal.matches("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9-]+)*\\.");
    }

    static boolean looksLikeProse(String literal) {
        String text = literal.strip();
        if (text.isEmpty() || Message.KEY.matcher(text).matches() || text.startsWith("<") || text.contains("${")) {
            return false;
        }
        String[] words = text.split("\\s+");
        long plainWords = java.util.Arrays.stream(words).filter(w -> w.matches("[A-Za-z']+[,.;:?!)]?")).count();
        return plainWords >= 3 && PROSE.matcher(text).find();
    }

    private static boolean allowed(String path, String literal) {
        return NOT_FOR_EDITORS.stream().anyMatch(entry -> {
            int hash = entry.indexOf('#');
            return entry.substring(0, hash).equals(path) && literal.startsWith(entry.substring(hash + 1));
        });
    }

    /** One call that names a message key, with the literals in its key argument. */
    private record KeyUse(int start, int end, List<JavaSource.Literal> literals) {
    }

    private static List<KeyUse> keyUses(JavaSource source) {
        List<KeyUse> uses = new ArrayList<>();
        for (Map.Entry<Pattern, Integer> call : KEY_ARGUMENT.entrySet()) {
            Matcher m = call.getKey().matcher(source.code());
            while (m.find()) {
                if (isDeclaration(source.code(), m.start())) {
                    continue;
                }
                List<int[]> args = source.arguments(m.end() - 1);
                if (args.size() <= call.getValue()) {
                    continue;
                }
                int[] arg = args.get(call.getValue());
                uses.add(new KeyUse(arg[0], arg[1], source.literalsIn(arg[0], arg[1])));
            }
        }
        return uses;
    }

    /** {@code void error(String field, …)}: a method being declared, not called. */
    private static boolean isDeclaration(String code, int at) {
        int lineStart = code.lastIndexOf('\n', at) + 1;
        String before = code.substring(lineStart, at).strip();
        return before.matches(".*\\b(void|Message|String|static|private|public)\\b.*") && !before.contains("=")
                && !before.contains("return") && !before.contains("(");
    }

    private static <E> void check(List<String> missing, Set<String> keys, String field, E[] values,
                                  Function<E, String> code) {
        for (E value : values) {
            String key = "value." + field + "." + code.apply(value);
            if (!keys.contains(key)) {
                missing.add(key);
            }
        }
    }

    private static String raw(Texts texts, String key) {
        return texts.has(key) ? texts.text(key, "{0}", "{1}", "{2}", "{3}", "{4}", "{5}", "{6}", "{7}") : "";
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static String shorten(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 90 ? one.substring(0, 87) + "…" : one;
    }
}
