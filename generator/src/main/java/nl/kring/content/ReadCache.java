package nl.kring.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    public static final ReadCache EMPTY = new ReadCache(null, Map.of(), new SourceTexts());

    private final ContentIndex index;
    private final Map<String, FileResult> byPath;
    private final SourceTexts sources;

    ReadCache(ContentIndex index, Map<String, FileResult> byPath, SourceTexts sources) {
        this.index = index;
        this.byPath = Map.copyOf(byPath);
        this.sources = sources;
    }

    /** One file as read: its bytes, the item it became (if any) and the problems found in it. */
    record FileResult(byte[] bytes, Optional<ContentItem> item, List<Diagnostic> diagnostics) {
    }

    /** The earlier result for a file, when it may be reused under {@code now}. */
    Optional<FileResult> reusable(ContentIndex now, String path) {
        return now.equals(index) ? Optional.ofNullable(byPath.get(path)) : Optional.empty();
    }

    /** The Git dates the files were checked with, for {@link GitDates#read(java.nio.file.Path, GitDates)}. */
    public GitDates gitDates() {
        return index == null ? GitDates.none() : index.git();
    }

    SourceTexts sources() {
        return sources;
    }
}
