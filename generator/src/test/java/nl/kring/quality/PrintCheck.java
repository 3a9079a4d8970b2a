package nl.kring.quality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the page the browser shows now comes out on A4 paper. */
final class PrintCheck {

    /** A4 (210 mm) less the theme's 16 mm side margins, in CSS pixels (96 per inch). */
    static final int A4_CONTENT_WIDTH = (int) Math.floor((210 - 2 * 16) / 25.4 * 96);

    /** Navigation has no use on paper: menus, breadcrumbs, the skip link and the search form. */
    private static final String VISIBLE_CHROME = """
            return [...document.querySelectorAll('nav, .skip-link, [role=search], form')]
              .filter(el => el.getClientRects().length > 0)
              .map(el => el.outerHTML.slice(0, 80));
            """;

    private PrintCheck() {
    }

    /** Problems of the print layout: visible navigation, or content wider than an A4 page. */
    @SuppressWarnings("unchecked")
    static List<String> problems(Browser browser) {
        List<String> problems = new ArrayList<>();
        browser.viewport(A4_CONTENT_WIDTH, 1000, 1);
        browser.media("print");
        try {
            ((List<String>) browser.script(VISIBLE_CHROME)).forEach(el -> problems.add("printed navigation: " + el));
            LayoutCheck.horizontalOverflow(browser).forEach(o -> problems.add("wider than A4: " + o));
        } finally {
            browser.media("");
            browser.desktop();
        }
        return problems;
    }

    /** The number of pages in a PDF that Chromium wrote (its page tree says how many). */
    static int pageCount(byte[] pdf) {
        Matcher count = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (count.find()) {
            pages = Math.max(pages, Integer.parseInt(count.group(1) != null ? count.group(1) : count.group(2)));
        }
        return pages;
    }
}
