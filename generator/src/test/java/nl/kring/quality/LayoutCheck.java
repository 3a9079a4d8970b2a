package nl.kring.quality;

import java.util.List;

/** Whether the page the browser shows now fits its viewport's width, so nobody has to scroll sideways. */
final class LayoutCheck {

    private static final String OVERFLOW = """
            const width = window.innerWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            return [...document.querySelectorAll('body *')]
              .filter(el => el.getBoundingClientRect().right > width + 0.5)
              .slice(0, 5)
              .map(el => el.outerHTML.slice(0, 100) + ' ends at ' + Math.round(el.getBoundingClientRect().right) + 'px');
            """;

    private LayoutCheck() {
    }

    /** Empty when nothing sticks out; otherwise the first elements that do, with where they end. */
    @SuppressWarnings("unchecked")
    static List<String> horizontalOverflow(Browser browser) {
        List<String> overflow = (List<String>) browser.script(OVERFLOW);
        Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth;");
        Number innerWidth = (Number) browser.script("return window.innerWidth;");
        if (scrollWidth.intValue() > innerWidth.intValue() && overflow.isEmpty()) {
            return List.of("page is " + scrollWidth + "px wide in a " + innerWidth + "px viewport");
        }
        return overflow;
    }
}
