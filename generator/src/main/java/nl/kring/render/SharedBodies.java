package nl.kring.render;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import nl.kring.model.Markdown;

/**
 * The HTML of Markdown bodies that appear in several regions' sites, rendered once per build. An online group
 * listed in every region has the same page path, and so the same relative links, in all of them; only a link
 * to another content file can differ (a page here, an absolute URL to its home region there), so a body is
 * reused only where each file it links to resolves as it did when it was rendered.
 * Holds only items shown in more than one region, so it stays small. Thread-safe; one per build.
 */
public final class SharedBodies {

    private record Key(Markdown body, String sitePath, int topHeading) {
    }

    private record Rendered(String html, Map<String, String> fileLinks) {
    }

    private final Map<Key, Rendered> bodies = new ConcurrentHashMap<>();

    private final SharedParts parts = new SharedParts();

    /** The template parts of the same pages, shared by the regions of the same build. */
    public SharedParts parts() {
        return parts;
    }

    /**
     * The body's HTML: as rendered before for this page path when every file it links to leads where it did
     * ({@code targetOf}, as {@code render} records it in {@code recordedLinks}), otherwise from {@code render}.
     */
    String html(Markdown body, String sitePath, int topHeading, Function<String, String> targetOf,
                Supplier<String> render, Map<String, String> recordedLinks) {
        Key key = new Key(body, sitePath, topHeading);
        Rendered before = bodies.get(key);
        if (before != null && before.fileLinks().entrySet().stream()
                .allMatch(link -> Objects.equals(targetOf.apply(link.getKey()), link.getValue()))) {
            recordedLinks.putAll(before.fileLinks());  // the page's own record, as rendering would have made it
            return before.html();
        }
        recordedLinks.clear();
        String html = render.get();
        bodies.putIfAbsent(key, new Rendered(html, Map.copyOf(recordedLinks)));
        return html;
    }
}
