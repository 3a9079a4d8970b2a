package nl.kring.serve;

import java.util.List;

import nl.kring.diagnostic.Diagnostic;

/**
 * What the preview serves right now: the last good build (null until one succeeds) and the
 * problems of the latest build (empty when it succeeded). Swapped whole, never changed in place.
 */
final class PreviewState {

    private record Now(SiteSnapshot site, List<Diagnostic> problems) {
    }

    private volatile Now now = new Now(null, List.of());

    SiteSnapshot site() {
        return now.site();
    }

    List<Diagnostic> problems() {
        return now.problems();
    }

    boolean isBroken() {
        return !now.problems().isEmpty();
    }

    void succeeded(SiteSnapshot site) {
        now = new Now(site, List.of());
    }

    /** The same build with some files replaced (a search export made after it); its problems stay. */
    void updated(SiteSnapshot site) {
        now = new Now(site, now.problems());
    }

    void failed(List<Diagnostic> problems) {
        now = new Now(now.site(), List.copyOf(problems));
    }
}
