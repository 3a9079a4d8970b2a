package nl.kring.quality;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core's WCAG 2.0 and 2.1 level A and AA rules, run on the page the browser shows now. */
final class AxeCheck {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AxeCheck() {
    }

    /** One line per violated rule: its id, what it asks, and the elements that fail it. */
    static List<String> violations(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(AxeCheck::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(5).map(node -> String.valueOf(node.getTarget())).toList();
    }
}
