package nl.kring.content;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import nl.kring.model.Publication;

/**
 * What is known before any content file is read: the files that exist, the topics and the regions.
 * It lets each file be checked on its own (in parallel), with exact positions for every reference.
 *
 * @param files       every file under content/, repository-relative
 * @param unpublished the content files that are drafts or wait for their {@code publishFrom} date today
 * @param showDrafts  whether drafts are shown (the preview) rather than left out (a build)
 * @param carnival    whether carnival counts as a holiday for the network's groups (site-config.yml)
 * @param topicWords  each topic's name and synonyms (lower case) with its slug: an editor who writes
 *                    {@code topics: [Rouw en verlies]} is told the slug meant
 */
public record ContentIndex(Set<String> files, Set<String> topicSlugs, Set<String> regionIds,
                           Set<String> municipalities, LocalDate today, int staleAfterMonths, GitDates git,
                           Map<String, Publication> unpublished, boolean showDrafts, boolean carnival,
                           Map<String, String> topicWords) {

    public ContentIndex {
        files = Set.copyOf(files);
        topicSlugs = Set.copyOf(topicSlugs);
        topicWords = Map.copyOf(topicWords);
        regionIds = Set.copyOf(regionIds);
        municipalities = Set.copyOf(municipalities);
        unpublished = Map.copyOf(unpublished);
    }

    /** Whether the file at {@code path} is left out of the built site (a draft, or not yet due). */
    public boolean isUnpublished(String path) {
        return unpublished.containsKey(path);
    }

    /**
     * Whether the file at {@code path} is a draft that the preview shows even when required fields are still
     * empty (as {@code kring new} writes it): the editor sees it take shape, with its problems in the panel.
     * A build never shows drafts, so this never fills anything in on a published site.
     */
    public boolean sketchesDraft(String path) {
        Publication publication = unpublished.get(path);
        return showDrafts && publication != null && publication.draft();
    }

    /**
     * Whether topic references can be checked: when topics.yml is missing or unreadable, that one
     * problem is reported instead of an "unknown topic" for every group and story.
     */
    public boolean topicsKnown() {
        return !topicSlugs.isEmpty();
    }

    /** Whether region references can be checked (site-config.yml has usable regions). */
    public boolean regionsKnown() {
        return !regionIds.isEmpty();
    }

    public boolean hasGroup(String municipality, String slug) {
        return files.contains("content/" + municipality + "/groups/" + slug + ".md");
    }
}
