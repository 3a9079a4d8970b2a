package nl.kring.serve;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The source files that changed since the last build, repository-relative.
 *
 * @param overflow the file system lost track (too many events at once): anything may have changed
 */
record ChangeSet(Set<String> paths, boolean overflow) {

    ChangeSet {
        paths = java.util.Collections.unmodifiableSet(new TreeSet<>(paths));
    }

    static ChangeSet of(String... paths) {
        return new ChangeSet(Set.of(paths), false);
    }

    boolean isEmpty() {
        return paths.isEmpty() && !overflow;
    }

    /** Themes are loaded once and kept; a change to any theme file loads them again. */
    boolean touchesThemes() {
        return overflow || paths.stream().anyMatch(p -> p.startsWith("themes/"));
    }

    /** For the terminal: the file, a few files, or how many. */
    String describe() {
        if (overflow) {
            return "many files";
        }
        List<String> list = List.copyOf(paths);
        if (list.size() <= 3) {
            return String.join(", ", list);
        }
        return list.size() + " files (" + String.join(", ", list.subList(0, 2)) + ", …)";
    }
}
