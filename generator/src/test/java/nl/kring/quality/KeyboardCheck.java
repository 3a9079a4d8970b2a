package nl.kring.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Walks a page with the Tab key as a keyboard user does: every interactive element must be
 * reached, and each must look different while it has focus (outline, shadow, colour or underline).
 */
final class KeyboardCheck {

    /**
     * Interactive elements that are shown; the skip link counts (it is off-screen, not hidden), the content
     * of a closed {@code <details>} does not (checkVisibility: it is not rendered).
     */
    private static final String FIND_INTERACTIVE = """
            const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, '
              + 'iframe, [contenteditable], [tabindex]:not([tabindex="-1"])';
            window.__interactive = [...document.querySelectorAll(selector)].filter(el => {
              const style = getComputedStyle(el);
              return el.getClientRects().length > 0 && style.visibility !== 'hidden' && !el.disabled
                && el.checkVisibility();
            });
            document.activeElement && document.activeElement.blur();
            window.scrollTo(0, 0);
            return window.__interactive.length;
            """;

    /** Which of the interactive elements has focus (-1: another element, -2: none) and how it looks. */
    private static final String FOCUSED = """
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) return [-2, '', ''];
            const s = getComputedStyle(el);
            const look = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor,
                          s.color, s.textDecorationLine, s.borderColor].join('|');
            return [window.__interactive.indexOf(el), el.outerHTML.slice(0, 120), look];
            """;

    /** How every interactive element looks without focus. */
    private static final String UNFOCUSED_LOOKS = """
            document.activeElement && document.activeElement.blur();
            return window.__interactive.map(el => {
              const s = getComputedStyle(el);
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor,
                      s.color, s.textDecorationLine, s.borderColor].join('|');
            });
            """;

    private KeyboardCheck() {
    }

    /** Problems on the page the browser shows now; empty when a keyboard user can reach and see everything. */
    static List<String> problems(Browser browser) {
        int count = ((Number) browser.script(FIND_INTERACTIVE)).intValue();
        Map<Integer, String> focusedLooks = new LinkedHashMap<>();
        Map<Integer, String> descriptions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Actions keyboard = new Actions(browser.driver());
        for (int step = 0; step < count + 5; step++) {
            keyboard.sendKeys(Keys.TAB).perform();
            List<?> focused = (List<?>) browser.script(FOCUSED);
            int index = ((Number) focused.get(0)).intValue();
            if (index == -2 || focusedLooks.containsKey(index)) {
                break;  // focus left the page or came round again
            }
            if (index == -1) {
                problems.add("Tab reaches an element that is not shown or not interactive: " + focused.get(1));
                continue;
            }
            focusedLooks.put(index, (String) focused.get(2));
            descriptions.put(index, (String) focused.get(1));
        }
        List<?> unfocused = (List<?>) browser.script(UNFOCUSED_LOOKS);
        for (int i = 0; i < count; i++) {
            if (!focusedLooks.containsKey(i)) {
                problems.add("not reachable with Tab: " + browser.script(
                        "return window.__interactive[arguments[0]].outerHTML.slice(0, 120);", i));
            } else if (!visiblyDifferent(focusedLooks.get(i), (String) unfocused.get(i))) {
                problems.add("no visible focus style: " + descriptions.get(i));
            }
        }
        return problems;
    }

    private static boolean visiblyDifferent(String focused, String unfocused) {
        String[] f = focused.split("\\|", -1);
        String[] u = unfocused.split("\\|", -1);
        boolean outline = !f[0].equals("none") && !f[1].equals("0px") && !(f[0] + f[1] + f[2]).equals(u[0] + u[1] + u[2]);
        boolean shadow = !f[3].equals("none") && !f[3].equals(u[3]);
        boolean colours = !f[4].equals(u[4]) || !f[5].equals(u[5]) || !f[6].equals(u[6]) || !f[7].equals(u[7]);
        return outline || shadow || colours;
    }
}
