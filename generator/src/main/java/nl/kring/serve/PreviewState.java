package nl.kring.serve;

import java.util.List;

import nl.kring.diagnostic.Diagnostic;

/**
 * What the preview serves right now: the last good build (null until one succeeds) and the
 * problems of the latest build (empty when it succeeded). Swapped whole, never changed in place.
 */
final class PreviewState {

    /** @param drafts the problems of drafts in a good build: warnings, listed but blocking nothing */
    private record Now(SiteSnapshot site, List<Diagnostic> problems, List<Diagnostic> drafts) {
    }

    private volatile Now now = new Now(null, List.of(), List.of());

    SiteSnapshot site() {
        return now.site();
    }

    List<Diagnostic> problems() {
        return now.problems();
    }

    boolean isBroken() {
        return !now.problems().isEmpty();
    }

    /** The problems of drafts in the build served now. */
    List<Diagnostic> draftProblems() {
        return now.drafts();
    }

    void succeeded(SiteSnapshot site) {
        succeeded(site, List.of());
    }

    void succeeded(SiteSnapshot site, List<Diagnostic> draftProblems) {
        now = new Now(site, List.of(), List.copyOf(draftProblems));
    }

    /** The same build with some files replaced (a search export made after it); its problems stay. */
    void updated(SiteSnapshot site) {
        now = new Now(site, now.problems(), now.drafts());
    }

    void failed(List<Diagnostic> problems) {
        now = new Now(now.site(), List.copyOf(problems), now.drafts());
    }
}
