package nl.kring.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.kring.config.RegionConfig;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.message.Message;
import nl.kring.render.OutputFile;

/**
 * Checks, before anything is written, that every {@code href}, {@code src} and {@code #fragment}
 * in a region's HTML resolves to a file of that region's output; a broken link names the content
 * file the page was made from.
 */
public final class LinkChecker {

    private final Diagnostics diagnostics;

    public LinkChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public void check(RegionConfig region, List<OutputFile> files) {
        check(region, files, region.basePath(), file -> true);
    }

    /**
     * Checks the links on the pages {@code toCheck} selects (the preview re-checks only re-rendered
     * pages); other pages are parsed only when a link points at one of their {@code #fragments}.
     *
     * @param servedAt the path the 404 page's links start from (see {@code RegionRenderer})
     */
    public void check(RegionConfig region, List<OutputFile> files, String servedAt, Predicate<OutputFile> toCheck) {
        List<OutputFile> pages = files.stream().filter(OutputFile::isHtml).filter(toCheck).toList();
        if (pages.isEmpty()) {
            return;  // the preview kept the region's pages as they were
        }
        Map<String, OutputFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Map<String, Set<String>> idsByPath = new ConcurrentHashMap<>();
        Function<String, Set<String>> ids = path -> idsByPath.computeIfAbsent(path, p -> scan(byPath.get(p)).ids());
        // Pages are read in parallel; the problems are sorted when they are shown.
        pages.parallelStream().forEach(file -> {
            HtmlLinks page = scan(file);
            idsByPath.putIfAbsent(file.path(), page.ids());
            for (HtmlLinks.Link link : page.links()) {
                checkLink(region, servedAt, file, link.value(), byPath, ids);
            }
        });
    }

    private static HtmlLinks scan(OutputFile file) {
        return HtmlLinks.of(file.bytes());
    }

    private void checkLink(RegionConfig region, String servedAt, OutputFile from, String link,
                           Map<String, OutputFile> files, Function<String, Set<String>> ids) {
        String pageDir = "/" + from.path().substring(0, from.path().lastIndexOf('/') + 1);
        PlainLinks.Plain plain = from.path().equals("404.html") ? null : PlainLinks.of(link);
        String plainPath = plain == null ? null : PlainLinks.resolve(pageDir, plain);
        if (plainPath != null) {
            checkTarget(from, link, plainPath, plain.fragment(), files, ids);
            return;
        }
        URI uri;
        try {
            uri = new URI(link.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            report(from, "links.invalid", link);
            return;
        }
        String base = region.baseUrl().toString();
        if (uri.getScheme() != null) {
            if (!link.startsWith(base)) {
                return;  // another site, mailto: or tel:
            }
            uri = URI.create("/" + link.substring(base.length()));
        }
        String basePath = servedAt;
        URI resolved;
        if (from.path().equals("404.html") && uri.getPath() != null && uri.getPath().startsWith(basePath)) {
            resolved = URI.create("/" + uri.getRawPath().substring(basePath.length()));
        } else {
            resolved = URI.create(pageDir.replace(" ", "%20")).resolve(uri);
        }
        String path = resolved.getPath() == null || resolved.getPath().isEmpty() ? "/" + from.path() : resolved.getPath();
        checkTarget(from, link, path, uri.getFragment(), files, ids);
    }

    /** Whether the file a link leads to ({@code path}, a site path) is in the output, with the id it names. */
    private void checkTarget(OutputFile from, String link, String path, String fragment,
                             Map<String, OutputFile> files, Function<String, Set<String>> ids) {
        if (path.startsWith("/..")) {
            report(from, "links.aboveRoot", link);
            return;
        }
        String target = OutputFile.fileFor(path);
        if (!files.containsKey(target)) {
            report(from, "links.missingPage", link, path);
            return;
        }
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")
                && !ids.apply(target).contains(fragment)) {
            report(from, "links.missingFragment", link, fragment, path);
        }
    }

    /** Reports a broken link: {@code key} names the problem, the page it is on is added (key {@code links.onPage}). */
    private void report(OutputFile from, String key, Object... args) {
        String source = from.source() != null ? from.source() : "output/" + from.path();
        diagnostics.error(SourcePosition.startOf(source), "links.onPage", Message.of(key, args), from.path());
    }
}
