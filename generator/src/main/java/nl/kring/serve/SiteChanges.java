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
 * What differs between two builds, as open pages need to know it: which files changed, and which
 * pages changed only in the (content-hashed) names of new stylesheets — those swap the stylesheet
 * instead of reloading.
 *
 * @param changed    {@code <region>/<path>} of every file added, removed or changed, except pages
 *                   that only link to new stylesheets and the stylesheets themselves
 * @param structural files other than stylesheets were added or removed (a page showing "not
 *                   found" may now exist)
 * @param styles     each replaced stylesheet's old site path and its new one
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
        return changed.isEmpty() && styles.isEmpty() && !structural;
    }

    static SiteChanges between(SiteSnapshot before, SiteSnapshot after) {
        Set<String> changed = new HashSet<>();
        Set<String> regions = new HashSet<>(before.files().keySet());
        regions.addAll(after.files().keySet());
        boolean structural = !before.files().keySet().equals(after.files().keySet());
        List<StyleSwap> styles = new ArrayList<>();
        for (String region : regions) {
            SiteSnapshot.RegionFiles old = before.files().get(region);
            SiteSnapshot.RegionFiles now = after.files().get(region);
            if (old == now) {
                continue;  // the region's files are the very same (SiteSnapshot#of)
            }
            // both sorted by path: one walk finds what went, what came and what differs
            Set<String> removed = new HashSet<>();
            Set<String> added = new HashSet<>();
            List<String> differ = new ArrayList<>();
            int i = 0;
            int j = 0;
            int oldSize = old == null ? 0 : old.size();
            int nowSize = now == null ? 0 : now.size();
            while (i < oldSize || j < nowSize) {
                int order = i == oldSize ? 1 : j == nowSize ? -1 : old.paths()[i].compareTo(now.paths()[j]);
                if (order < 0) {
                    removed.add(old.paths()[i++]);
                } else if (order > 0) {
                    added.add(now.paths()[j++]);
                } else {
                    OutputFile was = old.byPath()[i++];
                    OutputFile is = now.byPath()[j++];
                    if (was != is && !Arrays.equals(was.bytes(), is.bytes())) {
                        differ.add(is.path());
                    }
                }
            }
            Map<String, String> renamed = renamedStylesheets(removed, added);
            removed.removeAll(renamed.keySet());
            added.removeAll(renamed.values());
            renamed.forEach((from, to) -> styles.add(new StyleSwap("/" + region + "/" + from, "/" + region + "/" + to)));
            structural |= !removed.isEmpty() || !added.isEmpty();
            removed.forEach(p -> changed.add(region + "/" + p));
            added.forEach(p -> changed.add(region + "/" + p));
            for (String path : differ) {
                if (!differsOnlyIn(old.file(path).orElseThrow(), now.file(path).orElseThrow(), renamed)) {
                    changed.add(region + "/" + path);
                }
            }
        }
        styles.sort(java.util.Comparator.comparing(StyleSwap::from));
        return new SiteChanges(changed, structural, styles);
    }

    /** Old and new hashed stylesheets with the same name, by old path. */
    private static Map<String, String> renamedStylesheets(Set<String> removed, Set<String> added) {
        Map<String, String> addedByName = new HashMap<>();
        added.forEach(path -> stylesheetName(path).ifPresent(name -> addedByName.put(name, path)));
        Map<String, String> pairs = new HashMap<>();
        for (String path : removed) {
            stylesheetName(path).filter(addedByName::containsKey).ifPresent(name -> pairs.put(path, addedByName.get(name)));
        }
        return pairs;
    }

    private static Optional<String> stylesheetName(String path) {
        Matcher m = HASHED_CSS.matcher(path);
        return m.matches() ? Optional.of((m.group(1) == null ? "" : m.group(1)) + m.group(2)) : Optional.empty();
    }

    /** Whether a page changed only in the names of the renamed stylesheets it links to. */
    private static boolean differsOnlyIn(OutputFile old, OutputFile now, Map<String, String> renamed) {
        if (!old.isHtml() || renamed.isEmpty()) {
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
