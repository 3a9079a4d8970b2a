package nl.kring.quality;

import java.util.List;
import java.util.Map;

/**
 * What the browser saw while it opened one page.
 *
 * @param url             the URL asked for
 * @param finalUrl        where the browser ended up
 * @param requests        every request the page made, including the page itself
 * @param responseHeaders the headers of every response
 * @param console         browser console messages, e.g. {@code SEVERE Refused to execute inline script…}
 * @param dialogs         alert/confirm/prompt/print calls made by any script
 */
record Visit(String url, String finalUrl, List<Request> requests, List<Map<String, Object>> responseHeaders,
             List<String> console, List<String> dialogs) {

    record Request(String url, String type) {
    }
}
