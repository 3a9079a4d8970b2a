package nl.kring.serve;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.kring.message.Message;

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
    Message describe() {
        if (overflow) {
            return Message.of("serve.changes.many");
        }
        List<String> list = List.copyOf(paths);
        if (list.size() <= 3) {
            return Message.of("serve.changes.listed", String.join(", ", list));
        }
        return Message.of("serve.changes.some", list.size(), String.join(", ", list.subList(0, 2)));
    }
}
