package nl.kring.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.model.Group;
import nl.kring.model.GroupStatus;
import nl.kring.source.TextFormats;

/**
 * Two groups in one municipality whose names differ only in punctuation, accents, capitals or a word
 * such as "online" ("Rouwcafé Roermond" and "Rouwcafe Roermond (online)") are often one group written
 * down twice, e.g. by two volunteers. That is a warning, naming both files: it may also be two real
 * groups, which a clearer name then tells apart for visitors too. Only groups that meet the same way
 * (format) are compared: an in-person group and its online sibling differ in what visitors need to know.
 */
final class PossibleDuplicates {

    /** Words that say how or when a group meets rather than which group it is. */
    private static final Set<String> MANNER_WORDS = Set.of("online", "digitaal", "digitale", "virtueel", "virtuele",
            "live", "fysiek", "locatie", "op", "via", "zoom", "teams", "video", "de", "het", "een");

    private PossibleDuplicates() {
    }

    static void check(List<Group> groups, Diagnostics diagnostics) {
        Map<String, Group> first = new HashMap<>();
        for (Group group : groups) {  // sorted by path: the later file gets the warning
            if (group.status() == GroupStatus.ENDED) {
                continue;  // an ended group's page stays; a new one of the same name is no duplicate
            }
            // "Rouwgroep Venlo" (in person) and "Online rouwgroep Venlo" (online) are two ways to meet, on purpose;
            // the same name twice with the same way of meeting is what gets written down twice
            String key = group.municipality() + "/" + group.format().code() + "/" + essence(group.name());
            Group earlier = first.putIfAbsent(key, group);
            if (earlier != null) {
                // at the name, which is what looks alike and what a clearer name would change
                SourcePosition at = diagnostics.sources().topLevelField(group.path(), "name")
                        .orElse(SourcePosition.startOf(group.path()));
                diagnostics.warning(at, "group.possibleDuplicate",
                        group.name(), group.path(), earlier.name(), earlier.path());
            }
        }
    }

    /** The name without capitals, accents, punctuation and words about the manner of meeting. */
    static String essence(String name) {
        String slug = TextFormats.slugOf(name);
        StringBuilder words = new StringBuilder(slug.length());
        int start = 0;
        while (start <= slug.length()) {
            int end = slug.indexOf('-', start);
            if (end < 0) {
                end = slug.length();
            }
            if (end > start && !MANNER_WORDS.contains(slug.substring(start, end))) {
                if (!words.isEmpty()) {
                    words.append(' ');
                }
                words.append(slug, start, end);
            }
            start = end + 1;
        }
        return words.isEmpty() ? slug : words.toString();
    }
}
