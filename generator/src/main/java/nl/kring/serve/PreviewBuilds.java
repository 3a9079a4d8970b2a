package nl.kring.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.diagnostic.Severity;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.render.OutputFile;
import nl.kring.search.SearchIndexer;
import nl.kring.site.BuildCache;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.RegionSummary;
import nl.kring.site.SiteBuilder;
import nl.kring.site.UnknownRegionException;
import nl.kring.text.Json;

/**
 * Runs the preview's builds one at a time: the first in full, each later one reusing what the
 * previous build rendered. After each it updates what is served, tells open pages (reload, swap a
 * stylesheet, show or clear the problems) and prints one line: what changed, what was rebuilt, how
 * long it took.
 */
final class PreviewBuilds {

    /** Beyond this many changed files pages are simply told "everything changed". */
    private static final int MAX_LISTED_CHANGES = 1_000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final SiteBuilder builder = new SiteBuilder();
    private final Path root;
    private final List<String> regions;
    private final Supplier<BuildTime> now;
    private final PreviewState state;
    private final ReloadChannel channel;
    private final PrintWriter out;
    private final PrintWriter err;
    private final DiagnosticFormat format;
    private final Texts texts;
    private BuildCache cache = BuildCache.EMPTY;
    /**
     * The files the watcher saw change since {@link #cache} was made (over failed rebuilds too, which keep the
     * cache): the next build looks at these again instead of listing every content file. Null when not known
     * (the watcher lost events); the content folder is then listed anew.
     */
    private Set<String> changedSinceCache = new java.util.HashSet<>();
    private int build;

    PreviewBuilds(Path root, List<String> regions, Supplier<BuildTime> now, PreviewState state, ReloadChannel channel,
                  PrintWriter out, PrintWriter err, DiagnosticFormat format, Texts texts) {
        this.root = root;
        this.regions = List.copyOf(regions);
        this.now = now;
        this.state = state;
        this.channel = channel;
        this.out = out;
        this.err = err;
        this.format = format;
        this.texts = texts;
    }

    /**
     * The first build, summarised like {@code kring build}'s.
     *
     * @throws UnknownRegionException when --region names a region site-config.yml does not have
     */
    synchronized void first() {
        BuildResult result = builder.build(options(), BuildCache.EMPTY);
        if (result.succeeded()) {
            SiteChanges changes = accept(result);
            err.print(format.render(result.diagnostics(), texts));  // the warnings, as kring build prints them
            result.regions().forEach(r -> out.println(texts.text("summary.built", r.line())));
            flush();
            announce(changes);
        } else {
            printProblems(result.diagnostics());
            err.println(texts.text("serve.first.failed", Message.count("summary.errors", errors(result.diagnostics()))));
            flush();
            reject(result.diagnostics());
        }
    }

    /**
     * A rebuild after {@code changes}; never throws: a failure of the build is reported like content errors, one
     * after it (in updating what is served) as a line on the terminal, and the preview goes on watching.
     */
    synchronized void rebuild(ChangeSet changes) {
        try {
            rebuildOrFail(changes);
        } catch (RuntimeException e) {
            err.println(texts.text("serve.rebuild.crashed", String.valueOf(e)));
            flush();
        }
    }

    private void rebuildOrFail(ChangeSet changes) {
        long start = System.nanoTime();
        Message what = Message.of("serve.rebuild.changed", CLOCK.format(LocalTime.now()), changes.describe());
        BuildResult result;
        try {
            if (changes.overflow() || changedSinceCache == null) {
                changedSinceCache = null;
            } else {
                changedSinceCache.addAll(changes.paths());
            }
            BuildCache reusable = changes.touchesThemes() ? cache.withoutThemes() : cache;
            result = builder.build(options(), reusable.withChangedFiles(changedSinceCache));
        } catch (RuntimeException e) {
            // e.g. a file vanishing mid-read during a branch switch, or a region removed from site-config.yml
            String path = changes.paths().isEmpty() ? "site-config.yml" : changes.paths().iterator().next();
            Message message = e instanceof UnknownRegionException unknown ? unknown.message()
                    : Message.of("serve.rebuild.crashed", String.valueOf(e));
            result = new BuildResult(List.of(new Diagnostic(Severity.ERROR, SourcePosition.startOf(path), message,
                    List.of())), List.of(), Map.of());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        // the terminal first, then the pages: whoever sees the page change can read the terminal line
        if (result.succeeded()) {
            SiteChanges changed = accept(result);
            long pages = changed.changed().stream().filter(p -> p.endsWith(".html")).count();
            out.println(texts.text("serve.rebuild.done", what, rendered(result.regions()),
                    Message.count("serve.rebuild.pagesChanged", pages),
                    Message.of(changed.styles().isEmpty() ? "suggestion.none" : "serve.rebuild.newStylesheet"),
                    millis,
                    result.pendingSearch().isEmpty() ? Message.of("suggestion.none")
                            : Message.count("serve.rebuild.searchPending", result.pendingSearch().size())));
            flush();
            announce(changed);
            catchUpSearch(result.pendingSearch());
        } else {
            printProblems(result.diagnostics());
            err.println(texts.text("serve.rebuild.failed", what,
                    Message.count("summary.errors", errors(result.diagnostics())), millis));
            flush();
            reject(result.diagnostics());
        }
    }

    /**
     * Makes the search exports the rebuild deferred, on a thread of their own, and serves them when done —
     * unless a newer build came first (it defers its own). The pages are not reloaded for it: the search
     * fetches index.json afresh on every use.
     */
    private void catchUpSearch(Map<String, Supplier<SearchIndexer.Export>> pending) {
        if (pending.isEmpty()) {
            return;
        }
        BuildCache startedWith = cache;
        Thread.ofPlatform().name("kring-search-catch-up").daemon().start(() -> {
            long start = System.nanoTime();
            Map<String, SearchIndexer.Export> fresh = new LinkedHashMap<>();
            try {
                pending.forEach((region, export) -> fresh.put(region, export.get()));
            } catch (RuntimeException e) {
                err.println(texts.text("serve.search.failed", String.valueOf(e)));
                flush();
                return;
            }
            synchronized (this) {
                if (cache != startedWith) {
                    return;
                }
                cache = cache.withSearch(fresh);
                SiteSnapshot site = state.site();
                Map<String, List<OutputFile>> outputs = new LinkedHashMap<>();
                site.lists().forEach((region, files) -> {
                    List<OutputFile> kept = new ArrayList<>(files);
                    if (fresh.containsKey(region)) {
                        kept.removeIf(f -> f.path().startsWith(SearchIndexer.DIRECTORY));
                        kept.addAll(fresh.get(region).files());
                    }
                    outputs.put(region, kept);
                });
                state.updated(SiteSnapshot.of(site.build(), site.regions(), outputs, site));
                out.println(texts.text("serve.search.done", CLOCK.format(LocalTime.now()),
                        String.join(", ", fresh.keySet()), (System.nanoTime() - start) / 1_000_000));
                flush();
            }
        });
    }

    private void flush() {
        out.flush();
        err.flush();
    }

    private SiteChanges accept(BuildResult result) {
        cache = result.cache();
        changedSinceCache = new java.util.HashSet<>();
        SiteSnapshot before = state.site();
        SiteSnapshot candidate = SiteSnapshot.of(build + 1, result.regions(), result.outputs(), before);
        SiteChanges changes = before == null ? new SiteChanges(Set.of(), true, List.of())
                : SiteChanges.between(before, candidate);
        List<Diagnostic> draftProblems = result.diagnostics().stream()
                .filter(d -> result.drafts().contains(d.position().path())).toList();
        if (before == null || !changes.isEmpty() || !regionList(before).equals(regionList(candidate))) {
            build++;
            state.succeeded(candidate, draftProblems);
        } else {
            state.succeeded(before, draftProblems);  // same files: keep the build number, so no page reloads for nothing
        }
        return changes;
    }

    /** Tells open pages about a successful build (and clears their problem overlay). */
    private void announce(SiteChanges changes) {
        channel.publish(ReloadChannel.event("built", builtJson(build, changes)) + draftsEvent(), present());
    }

    /**
     * The problems of drafts, after a good build: listed on every page in a panel that blocks nothing (a
     * draft is not on the built site, so its problems do not stop the others); nothing without any.
     */
    private String draftsEvent() {
        List<Diagnostic> problems = state.draftProblems();
        return problems.isEmpty() ? "" : ReloadChannel.event("drafts", draftsJson(problems, texts));
    }

    /** What the region list at / shows. */
    private static List<String> regionList(SiteSnapshot site) {
        return site.regions().stream().map(r -> r.id() + " " + r.name() + " " + r.pages() + " " + r.groups()).toList();
    }

    /**
     * Prints the errors; warnings only as a count: they do not stop the build and {@code kring check}
     * lists them.
     */
    private void printProblems(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        err.print(format.render(errors, texts));
        long warnings = diagnostics.size() - errors.size();
        if (warnings > 0 && format == DiagnosticFormat.TEXT) {
            err.println(texts.text("serve.warningsHidden", Message.count("summary.warnings", warnings)));
        }
    }

    /** Shows every problem, errors first, on the open pages (and on pages opened until the fix). */
    private void reject(List<Diagnostic> diagnostics) {
        List<Diagnostic> shown = new ArrayList<>(diagnostics.stream().filter(Diagnostic::isError).toList());
        shown.addAll(diagnostics.stream().filter(d -> !d.isError()).toList());
        state.failed(shown);
        channel.publish(ReloadChannel.event("failed", failedJson(shown, texts)), present());
    }

    /** What a page connecting now is told. */
    private String present() {
        String hello = ReloadChannel.event("hello", "{\"build\":" + build + "}");
        return state.isBroken() ? hello + ReloadChannel.event("failed", failedJson(state.problems(), texts))
                : hello + draftsEvent();
    }

    private BuildOptions options() {
        return new BuildOptions(root, root.resolve("dist"), regions, now.get(), false, true);
    }

    private static Message rendered(List<RegionSummary> regions) {
        int rendered = regions.stream().mapToInt(RegionSummary::rendered).sum();
        int pages = regions.stream().mapToInt(RegionSummary::pages).sum();
        String where = regions.stream().filter(r -> r.rendered() > 0)
                .map(r -> r.id() + " " + r.rendered()).collect(Collectors.joining(", "));
        return Message.of(where.isEmpty() ? "serve.rebuild.rendered" : "serve.rebuild.renderedIn", rendered, pages,
                where);
    }

    private static long errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    static String builtJson(int build, SiteChanges changes) {
        boolean all = changes.changed().size() > MAX_LISTED_CHANGES;
        return "{\"build\":" + build
                + ",\"all\":" + all
                + ",\"structural\":" + changes.structural()
                + ",\"changed\":" + (all ? "[]" : changes.changed().stream().map(Json::quote)
                        .collect(Collectors.joining(",", "[", "]")))
                + ",\"styles\":" + changes.styles().stream()
                        .map(s -> "{\"from\":" + Json.quote(s.from()) + ",\"to\":" + Json.quote(s.to()) + "}")
                        .collect(Collectors.joining(",", "[", "]"))
                + "}";
    }

    /** The problems of drafts for the corner panel, with its texts in the editor's language. */
    static String draftsJson(List<Diagnostic> problems, Texts texts) {
        return "{\"title\":" + Json.quote(texts.count("preview.drafts.title", problems.size()))
                + ",\"text\":" + Json.quote(texts.text("preview.drafts.intro"))
                + ",\"lang\":" + Json.quote(texts.language().code())
                + ",\"problems\":" + problemsJson(problems, texts) + "}";
    }

    /** The problems for the overlay, with its texts in the editor's language (the script has no words of its own). */
    static String failedJson(List<Diagnostic> problems, Texts texts) {
        long errors = errors(problems);
        long warnings = problems.size() - errors;
        return "{\"title\":" + Json.quote(texts.text("preview.overlay.title", Message.count("summary.errors", errors)))
                + ",\"intro\":" + Json.quote(texts.text("preview.overlay.intro"))
                + ",\"warnings\":" + Json.quote(texts.count("preview.warnings", warnings))
                + ",\"close\":" + Json.quote(texts.text("preview.overlay.close"))
                + ",\"lang\":" + Json.quote(texts.language().code())
                + ",\"problems\":" + problemsJson(problems, texts) + "}";
    }

    /** The problems as the overlay and the drafts panel show them: one JSON object each. */
    private static String problemsJson(List<Diagnostic> problems, Texts texts) {
        return problems.stream()
                .map(d -> "{\"severity\":" + Json.quote(d.severity().label())
                        + ",\"code\":" + Json.quote(d.code())
                        + ",\"draft\":" + d.isDraft()
                        + ",\"headline\":" + Json.quote(d.headline(texts))
                        + ",\"path\":" + Json.quote(d.position().path())
                        + ",\"line\":" + d.position().line()
                        + ",\"column\":" + d.position().column()
                        + ",\"source\":" + Json.quote(PreviewPages.sourceLines(d, texts)) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
