package nl.kring.content;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
                diagnostics.warning(SourcePosition.startOf(group.path()), "group.possibleDuplicate",
                        group.name(), earlier.name(), earlier.path());
            }
        }
    }

    /** The name without capitals, accents, punctuation and words about the manner of meeting. */
    static String essence(String name) {
        String words = Arrays.stream(TextFormats.slugOf(name).split("-"))
                .filter(w -> !w.isEmpty() && !MANNER_WORDS.contains(w))
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? TextFormats.slugOf(name) : words;
    }
}
