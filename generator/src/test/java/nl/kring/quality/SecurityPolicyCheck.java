package nl.kring.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.kring.render.SecurityHeaders;

/**
 * Whether a page carries Kring's strict Content-Security-Policy, in its meta element and (when the
 * host sends the {@code _headers} file) as a response header, and whether the console stayed
 * clean: no CSP violation, no error.
 */
final class SecurityPolicyCheck {

    private SecurityPolicyCheck() {
    }

    static List<String> problems(Browser browser, Visit visit) {
        List<String> problems = new ArrayList<>();
        Object meta = browser.script("const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]');"
                + " return m ? m.content : null;");
        if (meta == null) {
            problems.add("no Content-Security-Policy meta element");
        } else {
            problems.addAll(strictness("meta policy", meta.toString()));
        }
        String header = documentHeader(visit, "content-security-policy");
        if (header == null) {
            problems.add("no Content-Security-Policy response header");
        } else {
            problems.addAll(strictness("header policy", header));
        }
        visit.console().stream()
                .filter(line -> line.startsWith("SEVERE") || line.contains("Content Security Policy"))
                .forEach(line -> problems.add("console: " + line));
        return problems;
    }

    /** The policy of an /insluiten/ page: Kring's, framed only by the https (or loopback) origins of its allowlist. */
    private static final java.util.regex.Pattern EMBED_POLICY = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(SecurityHeaders.metaPolicy() + "; frame-ancestors")
                    + "( (https://[a-z0-9.-]+|http://(localhost|127\\.0\\.0\\.1|\\[::1\\]))(:[0-9]+)?)+");

    /** Problems of a policy string: not strict enough, or not Kring's policy. */
    static List<String> strictness(String what, String policy) {
        List<String> problems = new ArrayList<>();
        List<String> directives = Arrays.stream(policy.split(";")).map(String::strip).toList();
        if (!directives.contains("default-src 'self'")) {
            problems.add(what + " lacks default-src 'self': " + policy);
        }
        for (String unsafe : List.of("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "http:", "https:")) {
            if (directives.stream().anyMatch(d -> Arrays.asList(d.split("\\s+")).contains(unsafe))) {
                problems.add(what + " allows " + unsafe + ": " + policy);
            }
        }
        if (!policy.equals(SecurityHeaders.metaPolicy()) && !policy.equals(SecurityHeaders.headerPolicy())
                && !EMBED_POLICY.matcher(policy).matches()) {
            problems.add(what + " is not Kring's policy: " + policy);
        }
        return problems;
    }

    /** A header of the response that delivered the page itself (the first HTML response). */
    private static String documentHeader(Visit visit, String name) {
        for (Map<String, Object> headers : visit.responseHeaders()) {
            for (Map.Entry<String, Object> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return String.valueOf(header.getValue());
                }
            }
        }
        return null;
    }
}
