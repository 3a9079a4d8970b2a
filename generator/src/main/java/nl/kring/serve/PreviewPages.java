package nl.kring.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.site.RegionSummary;

/**
 * The few HTML pages the preview makes itself (the list of regions, the page shown while no build
 * has succeeded yet) and the live-reload hook it adds to the site's pages. The hook is an external
 * script, since the pages' Content-Security-Policy allows no inline script; it never appears in
 * {@code kring build} output, because only this server adds it, on the way out.
 */
final class PreviewPages {

    static final String SCRIPT_PATH = "/_kring/reload.js";
    static final String STYLE_PATH = "/_kring/preview.css";
    static final String EVENTS_PATH = "/_kring/events";

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private final Texts texts;

    /** @param texts the editor's language: the preview's own pages speak it, the site's pages stay Dutch */
    PreviewPages(Texts texts) {
        this.texts = texts;
    }

    /**
     * The script tag for a page.
     *
     * @param file  the page's file ({@code <region>/<path>}) so it reloads only when that changed;
     *              empty for pages that reload after every build (the region list, "not found")
     * @param build the build the page comes from
     */
    static String hook(String file, int build) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-kring-file=\"" + escape(file)
                + "\" data-kring-build=\"" + build + "\" defer></script>";
    }

    /** The page with the hook added at the end of its head (or, lacking one, at its end). */
    static byte[] withHook(byte[] html, String file, int build) {
        String text = new String(html, StandardCharsets.UTF_8);
        int at = text.toLowerCase(Locale.ROOT).indexOf("</head>");
        String hook = hook(file, build);
        String result = at < 0 ? text + hook : text.substring(0, at) + hook + "\n" + text.substring(at);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code /}: a list of the regions being previewed. */
    byte[] landing(List<RegionSummary> regions, int build) {
        StringBuilder body = new StringBuilder("<h1>").append(text("preview.landing.heading")).append("</h1>\n<p>")
                .append(text("preview.landing.intro")).append("</p>\n<ul>\n");
        for (RegionSummary region : regions) {
            body.append("<li><a href=\"/").append(escape(region.id())).append("/\">").append(escape(region.name()))
                    .append("</a> <span class=\"kring-muted\">")
                    .append(text("preview.landing.counts", Message.count("preview.pages", region.pages()),
                            Message.count("preview.groups", region.groups())))
                    .append("</span></li>\n");
        }
        body.append("</ul>\n");
        return page(texts.text("preview.title"), body.toString(), build);
    }

    /** Shown while the first build runs; it reloads itself when the build is done. */
    byte[] building() {
        return page(texts.text("preview.title"), "<h1>" + text("preview.building.heading") + "</h1>\n<p>"
                + text("preview.building.intro") + "</p>\n", 0);
    }

    /** Shown at every address while no build has succeeded yet: what is wrong, and where. */
    byte[] problems(List<Diagnostic> diagnostics) {
        StringBuilder body = new StringBuilder("<h1>").append(text("preview.failed.heading")).append("</h1>\n<p>")
                .append(text("preview.failed.intro")).append("</p>\n")
                .append(problemList(diagnostics.stream().filter(Diagnostic::isError).toList()));
        List<Diagnostic> warnings = diagnostics.stream().filter(d -> !d.isError()).toList();
        if (!warnings.isEmpty()) {
            body.append("<details class=\"kring-warnings\"><summary>")
                    .append(escape(texts.count("preview.warnings", warnings.size())))
                    .append("</summary>\n").append(problemList(warnings)).append("</details>\n");
        }
        return page(texts.text("preview.failed.title"), body.toString(), 0);
    }

    /** A message as plain text, for the preview's short plain-text answers (404, 405, …). */
    String message(String key, Object... args) {
        return texts.text(key, args);
    }

    /** A message as HTML text. */
    private String text(String key, Object... args) {
        return escape(texts.text(key, args));
    }

    private String problemList(List<Diagnostic> diagnostics) {
        StringBuilder list = new StringBuilder("<ol class=\"kring-problems\">\n");
        for (Diagnostic d : diagnostics) {
            list.append("<li class=\"kring-").append(d.severity().label()).append("\"><p class=\"kring-where\">")
                    .append(escape(d.headline(texts))).append("</p>");
            String source = sourceLines(d, texts);
            if (!source.isEmpty()) {
                list.append("<pre>").append(escape(source)).append("</pre>");
            }
            list.append("</li>\n");
        }
        return list.append("</ol>\n").toString();
    }

    /** The source lines and caret under a problem, as {@code kring check} prints them. */
    static String sourceLines(Diagnostic d, Texts texts) {
        String text = DiagnosticFormat.TEXT.render(List.of(d), texts);
        int firstBreak = text.indexOf('\n');
        return firstBreak < 0 ? "" : text.substring(firstBreak + 1).stripTrailing();
    }

    private byte[] page(String title, String body, int build) {
        return ("<!doctype html>\n<html lang=\"" + texts.language().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + STYLE_PATH + "\">\n"
                + hook("", build) + "\n</head>\n<body class=\"kring-page\">\n<main>\n" + body + "</main>\n</body>\n</html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
