package nl.kring.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whether a visit stayed private: every request to the site's own origin, no cookie set or sent. */
final class PrivacyCheck {

    private PrivacyCheck() {
    }

    static List<String> problems(Browser browser, Visit visit, String origin) {
        List<String> problems = new ArrayList<>();
        for (Visit.Request request : visit.requests()) {
            if (!request.url().startsWith(origin + "/")) {
                problems.add(request.type() + " request to another origin: " + request.url());
            }
        }
        for (Map<String, Object> headers : visit.responseHeaders()) {
            headers.keySet().stream().filter(name -> name.equalsIgnoreCase("set-cookie"))
                    .forEach(name -> problems.add("response sets a cookie: " + headers.get(name)));
        }
        if (!browser.driver().manage().getCookies().isEmpty()) {
            problems.add("cookies are set: " + browser.driver().manage().getCookies());
        }
        Object documentCookie = browser.script("return document.cookie;");
        if (documentCookie != null && !documentCookie.toString().isEmpty()) {
            problems.add("document.cookie is '" + documentCookie + "'");
        }
        Object frames = browser.script("return document.querySelectorAll('iframe, frame, object, embed').length;");
        if (((Number) frames).intValue() > 0) {
            problems.add("page embeds " + frames + " frame(s) or object(s)");
        }
        return problems;
    }
}
