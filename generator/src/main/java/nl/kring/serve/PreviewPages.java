package nl.kring.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.diagnostic.DiagnosticFormat;
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

    private PreviewPages() {
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
    static byte[] landing(List<RegionSummary> regions, int build) {
        StringBuilder body = new StringBuilder("<h1>Voorbeeld van de sites</h1>\n")
                .append("<p>Kies een regio. Pagina's vernieuwen zich zodra je een bestand opslaat.</p>\n<ul>\n");
        for (RegionSummary region : regions) {
            body.append("<li><a href=\"/").append(escape(region.id())).append("/\">").append(escape(region.name()))
                    .append("</a> <span class=\"kring-muted\">(").append(region.pages()).append(" pagina's, ")
                    .append(region.groups()).append(" groepen)</span></li>\n");
        }
        body.append("</ul>\n");
        return page("Kring – voorbeeld", body.toString(), build);
    }

    /** Shown while the first build runs; it reloads itself when the build is done. */
    static byte[] building() {
        return page("Kring – voorbeeld", "<h1>De site wordt gebouwd…</h1>\n<p>Deze pagina vernieuwt zich zodra dat klaar is.</p>\n", 0);
    }

    /** Shown at every address while no build has succeeded yet: what is wrong, and where. */
    static byte[] problems(List<Diagnostic> diagnostics) {
        StringBuilder body = new StringBuilder("<h1>Kring kan de site niet bouwen</h1>\n")
                .append("<p>Verbeter de fouten hieronder en sla het bestand op; deze pagina vernieuwt zich dan vanzelf.</p>\n")
                .append(problemList(diagnostics.stream().filter(Diagnostic::isError).toList()));
        List<Diagnostic> warnings = diagnostics.stream().filter(d -> !d.isError()).toList();
        if (!warnings.isEmpty()) {
            body.append("<details class=\"kring-warnings\"><summary>")
                    .append(warnings.size() == 1 ? "1 waarschuwing" : warnings.size() + " waarschuwingen")
                    .append("</summary>\n").append(problemList(warnings)).append("</details>\n");
        }
        return page("Kring: fouten in de inhoud", body.toString(), 0);
    }

    private static String problemList(List<Diagnostic> diagnostics) {
        StringBuilder list = new StringBuilder("<ol class=\"kring-problems\">\n");
        for (Diagnostic d : diagnostics) {
            list.append("<li class=\"kring-").append(d.severity().label()).append("\"><p class=\"kring-where\">")
                    .append(escape(d.headline())).append("</p>");
            String source = sourceLines(d);
            if (!source.isEmpty()) {
                list.append("<pre>").append(escape(source)).append("</pre>");
            }
            list.append("</li>\n");
        }
        return list.append("</ol>\n").toString();
    }

    /** The source lines and caret under a problem, as {@code kring check} prints them. */
    static String sourceLines(Diagnostic d) {
        String text = DiagnosticFormat.TEXT.render(List.of(d));
        int firstBreak = text.indexOf('\n');
        return firstBreak < 0 ? "" : text.substring(firstBreak + 1).stripTrailing();
    }

    private static byte[] page(String title, String body, int build) {
        return ("<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
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
