package nl.kring.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.render.OutputFile;

/**
 * What differs between two builds, as open pages need to know it: which files changed, and whether
 * the change is only a new stylesheet (then pages swap it instead of reloading).
 *
 * @param changed     {@code <region>/<path>} of every file added, removed or changed
 * @param structural  files were added or removed (a page showing "not found" may now exist); a
 *                    stylesheet's new hashed name counts too
 * @param styles      when only stylesheets changed: each old stylesheet's site path and its new one;
 *                    empty otherwise
 */
record SiteChanges(Set<String> changed, boolean structural, List<StyleSwap> styles) {

    /** Theme assets carry a content hash: {@code style.1a2b3c4d5e.css}. */
    private static final Pattern HASHED_CSS = Pattern.compile("(.*/)?([^/]+)\\.[0-9a-f]{10}\\.css");

    SiteChanges {
        changed = java.util.Collections.unmodifiableSet(new TreeSet<>(changed));
        styles = List.copyOf(styles);
    }

    /** A stylesheet replaced by a new version, by site path ({@code /roermond/assets/style.….css}). */
    record StyleSwap(String from, String to) {
    }

    boolean isEmpty() {
        return changed.isEmpty();
    }

    static SiteChanges between(SiteSnapshot before, SiteSnapshot after) {
        Set<String> changed = new HashSet<>();
        Set<String> regions = new HashSet<>(before.files().keySet());
        regions.addAll(after.files().keySet());
        boolean structural = !before.files().keySet().equals(after.files().keySet());
        List<StyleSwap> styles = new ArrayList<>();
        boolean onlyStyles = !structural;
        for (String region : regions) {
            Map<String, OutputFile> old = before.files().getOrDefault(region, Map.of());
            Map<String, OutputFile> now = after.files().getOrDefault(region, Map.of());
            Set<String> removed = new HashSet<>(old.keySet());
            removed.removeAll(now.keySet());
            Set<String> added = new HashSet<>(now.keySet());
            added.removeAll(old.keySet());
            List<String> modified = now.keySet().stream().filter(old::containsKey)
                    .filter(p -> old.get(p) != now.get(p) && !Arrays.equals(old.get(p).bytes(), now.get(p).bytes()))
                    .toList();
            removed.forEach(p -> changed.add(region + "/" + p));
            added.forEach(p -> changed.add(region + "/" + p));
            modified.forEach(p -> changed.add(region + "/" + p));
            structural |= !removed.isEmpty() || !added.isEmpty();
            if (!onlyStyles) {
                continue;
            }
            Optional<Map<String, String>> renamed = pairStylesheets(removed, added);
            if (renamed.isEmpty()) {
                onlyStyles = false;
                continue;
            }
            renamed.get().forEach((from, to) -> styles.add(new StyleSwap("/" + region + "/" + from, "/" + region + "/" + to)));
            onlyStyles = modified.stream().allMatch(p -> differsOnlyIn(old.get(p), now.get(p), renamed.get()));
        }
        if (!onlyStyles || changed.isEmpty()) {
            styles.clear();
        }
        return new SiteChanges(changed, structural, styles);
    }

    /** Old and new hashed stylesheets with the same name, when they are all that came and went. */
    private static Optional<Map<String, String>> pairStylesheets(Set<String> removed, Set<String> added) {
        if (removed.size() != added.size()) {
            return Optional.empty();
        }
        Map<String, String> addedByName = new HashMap<>();
        for (String path : added) {
            Optional<String> name = stylesheetName(path);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            addedByName.put(name.get(), path);
        }
        Map<String, String> pairs = new HashMap<>();
        for (String path : removed) {
            Optional<String> name = stylesheetName(path);
            if (name.isEmpty() || !addedByName.containsKey(name.get())) {
                return Optional.empty();
            }
            pairs.put(path, addedByName.get(name.get()));
        }
        return Optional.of(pairs);
    }

    private static Optional<String> stylesheetName(String path) {
        Matcher m = HASHED_CSS.matcher(path);
        return m.matches() ? Optional.of((m.group(1) == null ? "" : m.group(1)) + m.group(2)) : Optional.empty();
    }

    /** Whether a page changed only in the names of the renamed stylesheets it links to. */
    private static boolean differsOnlyIn(OutputFile old, OutputFile now, Map<String, String> renamed) {
        if (!old.isHtml()) {
            return false;
        }
        String html = new String(old.bytes(), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> rename : renamed.entrySet()) {
            html = html.replace(fileName(rename.getKey()), fileName(rename.getValue()));
        }
        return html.equals(new String(now.bytes(), StandardCharsets.UTF_8));
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
