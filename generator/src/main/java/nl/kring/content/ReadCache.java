package nl.kring.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.diagnostic.SourceTexts;
import nl.kring.model.ContentItem;

/**
 * What each content file became when it was last read: its item and its problems. The preview
 * hands it to the next load, which reads and checks again only the files whose bytes changed, as
 * long as everything a file is checked against (the {@link ContentIndex}: which files exist, the
 * topics, regions, today's date, Git dates) is the same.
 */
public final class ReadCache {

    public static final ReadCache EMPTY = new ReadCache(null, Map.of(), new SourceTexts(), Map.of(), null);

    private final ContentIndex index;
    private final Map<String, FileResult> byPath;
    private final SourceTexts sources;
    private final Map<String, nl.kring.model.Publication> publications;
    /** The content folder as listed for this cache; null when not known. */
    private final ContentListing listing;
    /** The files changed since {@link #listing} was made, as the preview's watcher saw them; null when not known. */
    private final Set<String> changedSinceListing;

    /**
     * @param byPath       each file's result; this cache's own, not changed afterwards
     * @param publications what each item file's front matter says about its publication ({@code draft},
     *                     {@code publishFrom}), as read from the bytes in {@code byPath}
     */
    ReadCache(ContentIndex index, Map<String, FileResult> byPath, SourceTexts sources,
              Map<String, nl.kring.model.Publication> publications, ContentListing listing) {
        this(index, byPath, sources, publications, listing, null);
    }

    private ReadCache(ContentIndex index, Map<String, FileResult> byPath, SourceTexts sources,
                      Map<String, nl.kring.model.Publication> publications, ContentListing listing,
                      Set<String> changedSinceListing) {
        this.index = index;
        // not copied: the loader hands over maps it made for this cache alone (copying 27,000 entries twice was
        // part of every preview rebuild of a national network)
        this.byPath = java.util.Collections.unmodifiableMap(byPath);
        this.sources = sources;
        this.publications = java.util.Collections.unmodifiableMap(publications);
        this.listing = listing;
        this.changedSinceListing = changedSinceListing;
    }

    /**
     * This cache, told which files changed since it was made (repository-relative paths, as the preview's
     * watcher reports them), so the next load looks at those files again instead of listing the whole content
     * folder. {@code null}: not known (the watcher lost events); the folder is listed anew.
     */
    public ReadCache withChangedFiles(Set<String> changed) {
        return new ReadCache(index, byPath, sources, publications, listing, changed == null ? null : Set.copyOf(changed));
    }

    /** The content folder's listing after the changed files, or null when it must be listed anew. */
    ContentListing listingAfterChanges(java.nio.file.Path contentDir, String contentDirName) {
        return listing == null || changedSinceListing == null ? null
                : listing.after(contentDir, contentDirName, changedSinceListing);
    }

    /**
     * The publication peeked from a file's front matter when it was last read, if its size and time are still
     * {@code stamp}: looking at 27,000 files' front matter again was part of every rebuild of a national network.
     */
    Optional<nl.kring.model.Publication> publication(String path, Stamp stamp) {
        FileResult known = byPath.get(path);
        return known == null || stamp == null || !stamp.equals(known.stamp()) ? Optional.empty()
                : Optional.ofNullable(publications.get(path));
    }

    /**
     * One file as read: its size and modification time (null if unknown), its bytes, the item it became (if
     * any) and the problems found in it.
     */
    record FileResult(Stamp stamp, byte[] bytes, Optional<ContentItem> item, List<Diagnostic> diagnostics) {
    }

    /**
     * A file's size and modification time. When both are as before, the file is not read again: on a national
     * network reading all 27,000 files took a third of a second of every preview rebuild. When only the time
     * changed (a Git checkout), the bytes still decide.
     */
    record Stamp(long size, java.nio.file.attribute.FileTime modified) {

        static Stamp of(java.nio.file.Path file) {
            try {
                var attributes = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                return new Stamp(attributes.size(), attributes.lastModifiedTime());
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }

    /**
     * This cache when its results may be reused under {@code now}, otherwise an empty one. Asked once per load:
     * comparing the index (every file path of the network) for each file was quadratic.
     */
    ReadCache reusableUnder(ContentIndex now) {
        return now.equals(index) ? this : EMPTY;
    }

    /** The earlier result for a file. */
    Optional<FileResult> get(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The Git dates the files were checked with, for {@link GitDates#read(java.nio.file.Path, GitDates)}. */
    public GitDates gitDates() {
        return index == null ? GitDates.none() : index.git();
    }

    SourceTexts sources() {
        return sources;
    }
}
