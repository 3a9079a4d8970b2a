package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.testing.NodeScript;

/** What the browser's search.js answers on a built region's export (the harness's {@code query} mode), for tests. */
final class SearchAnswers {

    private SearchAnswers() {
    }

    /** The full answer to a query, or to a JSON line {@code {"q": …, "typing": …, "filters": …}}. */
    static String ask(Path searchDir, String query) {
        String line = query.startsWith("{") ? query : "{\"q\":\"" + query + "\"}";
        List<String> out = NodeScript.harness("query", searchDir, line + "\n");
        assertThat(out).hasSize(1);
        return out.getFirst();
    }

    /** One field of an answer as written: a quoted string, a number, {@code null}, … */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\"[^\"]*\"|[^,}]+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    /** The titles of the results shown, best first. */
    static List<String> titles(String json) {
        Matcher m = Pattern.compile("\"titles\":\\[([^]]*)]").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        if (m.group(1).isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(m.group(1).split("\",\"")).map(s -> s.replace("\"", "")).toList();
    }
}
