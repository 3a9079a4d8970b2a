package nl.kring.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.message.Message;
import nl.kring.model.Content;
import nl.kring.model.ContentItem;
import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.Municipality;
import nl.kring.model.Page;
import nl.kring.model.Publication;
import nl.kring.model.Story;
import nl.kring.model.Topic;
import nl.kring.source.MarkdownSyntax;
import nl.kring.source.SourceReader;
import nl.kring.source.Suggestions;
import nl.kring.source.TextFormats;

/**
 * Loads everything under {@code content/} into the model, checking each file as it goes. Files are
 * read in parallel; every problem is collected in {@link Diagnostics}.
 */
public final class ContentLoader {

    public static final String CONTENT_DIR = "content";

    /** First path segments a region's site uses itself; no municipality or page may take them. */
    public static final Set<String> RESERVED_SEGMENTS =
            Set.of("groepen", "onderwerpen", "verhalen", "activiteiten", "zoeken", "assets", "media", "404");
    /** Second path segments under a municipality that its own pages use. */
    private static final Set<String> MUNICIPALITY_SEGMENTS = Set.of("groepen", "verhalen", "activiteiten", "overzicht");
    private static final Map<String, String> KINDS = Map.of(
            "groups", "group", "stories", "story", "events", "activity", "pages", "page");

    private final SourceReader reader;
    private final Diagnostics diagnostics;
    private final MarkdownSyntax markdown;
    private final GitDates git;

    public ContentLoader(SourceReader reader, Diagnostics diagnostics, MarkdownSyntax markdown, GitDates git) {
        this.reader = reader;
        this.diagnostics = diagnostics;
        this.markdown = markdown;
        this.git = git;
    }

    /** The municipality folders under content/ (every folder except pages/). */
    public static Set<String> municipalityFolders(Path root) {
        Path content = root.resolve(CONTENT_DIR);
        if (!Files.isDirectory(content)) {
            return Set.of();
        }
        try (Stream<Path> children = Files.list(content)) {
            return children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("pages") && !name.startsWith("."))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Content load(SiteConfig config, LocalDate today) {
        return load(config, today, ReadCache.EMPTY).content();
    }

    /** Content, and what the next load may reuse. */
    public record Loaded(Content content, ReadCache cache) {
    }

    /**
     * Loads content, reusing from {@code previous} every file whose bytes did not change (when
     * what files are checked against did not change either).
     */
    public Loaded load(SiteConfig config, LocalDate today, ReadCache previous) {
        return load(config, today, previous, false);
    }

    /**
     * Loads content as {@link #load(SiteConfig, LocalDate, ReadCache)} does; with {@code showDrafts} (the
     * preview) drafts and files not yet due stay in the content, marked as such, instead of being left out.
     */
    public Loaded load(SiteConfig config, LocalDate today, ReadCache previous, boolean showDrafts) {
        Path contentDir = reader.root().resolve(CONTENT_DIR);
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(SourcePosition.startOf(CONTENT_DIR), "content.folderMissing");
            return new Loaded(new Content(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                    ReadCache.EMPTY);
        }
        ContentListing afterChanges = previous.listingAfterChanges(contentDir, CONTENT_DIR);
        ContentListing listing = afterChanges != null ? afterChanges : ContentListing.of(contentDir);
        List<Path> files = listing.files();
        // each file's repository path, worked out once: three passes over tens of thousands of files ask for it
        String[] relative = new String[files.size()];
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < relative.length; i++) {
            relative[i] = reader.relative(files.get(i));
            paths.add(relative[i]);
        }

        List<Topic> topics = readTopics(contentDir);
        Set<String> municipalities = municipalityFolders(reader.root());
        Map<String, byte[]> fresh = new ConcurrentHashMap<>();
        Map<String, ReadCache.Stamp> stamps = new ConcurrentHashMap<>();
        Map<String, Publication> publications = new ConcurrentHashMap<>();
        Map<String, Publication> unpublished = unpublished(listing, relative, today, previous, fresh, stamps,
                publications);
        ContentIndex index = new ContentIndex(paths, new HashSet<>(TopicsReader.slugs(topics)),
                new HashSet<>(config.regions().stream().map(RegionConfig::id).toList()),
                municipalities, today, config.staleAfterMonths(), git, unpublished, showDrafts, config.carnival(),
                TopicsReader.words(topics));
        Map<String, ReadCache.FileResult> results = new ConcurrentHashMap<>();
        ReadCache reusable = previous.reusableUnder(index);
        List<ContentItem> items = java.util.stream.IntStream.range(0, relative.length).parallel()
                .mapToObj(i -> readOrReuse(files.get(i), relative[i], index, reusable, results, fresh, stamps, listing))
                .flatMap(Optional::stream)
                .filter(item -> showDrafts || !unpublished.containsKey(item.path()))
                .toList();
        checkMunicipalityFolders(municipalities, paths, config);

        Content content = new Content(topics,
                only(items, Municipality.class), only(items, Group.class), only(items, Story.class),
                only(items, Event.class), only(items, Page.class), unpublished);
        checkPageUrls(content, municipalities);
        PossibleDuplicates.check(content.groups(), diagnostics);
        publications.keySet().retainAll(results.keySet());
        return new Loaded(content, new ReadCache(index, results, diagnostics.sources(), publications, listing));
    }

    /**
     * One file's item, read and checked with problems collected for this file alone (so they can be
     * reported again when the file is reused), or taken from {@code previous} when its bytes are the same.
     */
    private Optional<ContentItem> readOrReuse(Path file, String path, ContentIndex index, ReadCache previous,
                                              Map<String, ReadCache.FileResult> results, Map<String, byte[]> fresh,
                                              Map<String, ReadCache.Stamp> stamps, ContentListing listing) {
        boolean contentFile = isContentFile(path);
        // the stamp taken when the file's front matter was peeked: the bytes peeked then are the ones checked now
        ReadCache.Stamp stamp = !contentFile ? null : stamps.containsKey(path) ? stamps.get(path) : listing.stampOf(file);
        Optional<ReadCache.FileResult> known = contentFile ? previous.get(path) : Optional.empty();
        byte[] bytes;
        Optional<ReadCache.FileResult> before;
        if (stamp != null && known.isPresent() && stamp.equals(known.get().stamp())) {
            bytes = known.get().bytes();
            before = known;
        } else {
            bytes = !contentFile ? null : fresh.containsKey(path) ? fresh.get(path) : bytesOrNull(file);
            byte[] read = bytes;
            before = read == null ? Optional.empty() : known.filter(r -> java.util.Arrays.equals(r.bytes(), read));
        }
        ReadCache.FileResult result;
        if (before.isPresent()) {
            ReadCache.FileResult same = before.get();
            result = java.util.Objects.equals(same.stamp(), stamp) ? same
                    : new ReadCache.FileResult(stamp, same.bytes(), same.item(), same.diagnostics());
            diagnostics.sources().copy(previous.sources(), path);
        } else {
            Diagnostics local = new Diagnostics(diagnostics.sources());
            MarkdownChecker checker = new MarkdownChecker(markdown, local);
            Readers readers = new Readers(new GroupReader(index, checker), new StoryReader(index, checker),
                    new EventReader(index, checker), new PageReader(index, checker),
                    new MunicipalityReader(index, checker, local));
            Optional<ContentItem> item = readItem(file, bytes, readers, new SourceReader(reader.root(), local));
            List<nl.kring.diagnostic.Diagnostic> found = local.sorted();
            Publication publication = index.unpublished().get(path);
            if (publication != null && publication.draft()) {
                found = asDraftWarnings(found);
            }
            result = new ReadCache.FileResult(stamp, bytes, item, found);
        }
        diagnostics.addAll(result.diagnostics());
        if (bytes != null) {
            results.put(path, result);
        }
        return result.item();
    }

    /**
     * The content files that are not published on {@code today}, by path. Their front matter is looked at
     * before any file is checked, so a link to a draft can be reported by the file that holds the link.
     * Bytes read here are kept in {@code fresh} for the checking that follows; a file whose size and time
     * are as in {@code previous} is not read again, nor its front matter looked at again. Each file's stamp and
     * publication are kept in {@code stamps} and {@code publications}.
     */
    private Map<String, Publication> unpublished(ContentListing listing, String[] relative, LocalDate today,
                                                 ReadCache previous, Map<String, byte[]> fresh,
                                                 Map<String, ReadCache.Stamp> stamps,
                                                 Map<String, Publication> publications) {
        Map<String, Publication> unpublished = new ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, relative.length).parallel().forEach(i -> {
            Path file = listing.files().get(i);
            String path = relative[i];
            if (!isItemFile(path)) {
                return;
            }
            ReadCache.Stamp stamp = listing.stampOf(file);
            if (stamp != null) {
                stamps.put(path, stamp);
            }
            Publication publication = previous.publication(path, stamp).orElse(null);
            if (publication == null) {
                byte[] bytes = previous.get(path).filter(r -> stamp != null && stamp.equals(r.stamp()))
                        .map(ReadCache.FileResult::bytes).orElse(null);
                if (bytes == null) {
                    bytes = bytesOrNull(file);
                    if (bytes == null) {
                        return;
                    }
                    fresh.put(path, bytes);
                }
                publication = Drafts.peek(bytes);
            }
            publications.put(path, publication);
            if (!publication.isPublishedOn(today)) {
                unpublished.put(path, publication);
            }
        });
        return unpublished;
    }

    /** A group, story, activity or page file: the files that may be drafts. */
    private static boolean isItemFile(String path) {
        if (!path.endsWith(".md")) {
            return false;
        }
        String[] parts = path.split("/");
        return parts.length == 3 && parts[1].equals("pages")
                || parts.length == 4 && KINDS.containsKey(parts[2]);
    }

    /**
     * A draft's problems as warnings: a half-written file must not fail the build that leaves it out anyway.
     * Each says it is about a draft, so nobody wonders why an obvious mistake does not stop the build.
     */
    private static List<nl.kring.diagnostic.Diagnostic> asDraftWarnings(List<nl.kring.diagnostic.Diagnostic> found) {
        return found.stream().map(d -> new nl.kring.diagnostic.Diagnostic(nl.kring.diagnostic.Severity.WARNING,
                d.position(), nl.kring.message.Message.of(nl.kring.diagnostic.Diagnostic.DRAFT_PROBLEM, d.message()), d.context())).toList();
    }

    private static boolean isContentFile(String path) {
        return path.endsWith(".md") || path.endsWith(".yml") || path.endsWith(".yaml");
    }

    private static byte[] bytesOrNull(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;  // reading it again reports why
        }
    }

    private record Readers(GroupReader groups, StoryReader stories, EventReader events, PageReader pages,
                           MunicipalityReader municipalities) {
    }

    private List<Topic> readTopics(Path contentDir) {
        Path file = contentDir.resolve("topics.yml");
        if (!Files.isRegularFile(file)) {
            diagnostics.error(SourcePosition.startOf(TopicsReader.PATH), "content.topicsMissing");
            return List.of();
        }
        return reader.read(file).map(f -> new TopicsReader(diagnostics).read(f)).orElse(List.of());
    }

    /**
     * Reads one file by where it lies; files that are not content (images, notes) are skipped. {@code bytes} are
     * the file's bytes as read before (null: not read yet).
     */
    private Optional<ContentItem> readItem(Path file, byte[] bytes, Readers readers, SourceReader reader) {
        String path = reader.relative(file);
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        boolean isContent = name.endsWith(".md") || name.endsWith(".yml") || name.endsWith(".yaml");
        if (!isContent || name.equalsIgnoreCase("README.md")) {
            return Optional.empty();
        }
        if (parts.length == 2) {
            if (!name.equals("topics.yml")) {
                reader.diagnostics().error(SourcePosition.startOf(path), "content.unexpectedFile");
            }
            return Optional.empty();
        }
        if (parts[1].equals("pages")) {
            return parts.length == 3 && name.endsWith(".md")
                    ? read(reader, file, bytes, "page", PageReader.FIELDS, f -> readers.pages().read(f, null))
                    : misplaced(reader, path, Message.of("content.misplaced.networkPage"));
        }
        String municipality = parts[1];
        if (parts.length == 3) {
            if (name.equals("municipality.yml")) {
                return reader.read(file, bytes).flatMap(f -> readers.municipalities().read(f, municipality)).map(o -> o);
            }
            return misplaced(reader, path, Message.of("content.misplaced.municipalityFolder",
                    Message.and(KINDS.keySet().stream().sorted().toList())));
        }
        String kind = parts[2];
        if (parts.length != 4 || !KINDS.containsKey(kind) || !name.endsWith(".md")) {
            Message hint = KINDS.containsKey(kind) ? Suggestions.NONE : Suggestions.hint(kind, KINDS.keySet());
            return misplaced(reader, path, Message.of("content.misplaced.contentFile", municipality, hint));
        }
        return switch (kind) {
            case "groups" -> read(reader, file, bytes, "group", GroupReader.FIELDS, f -> readers.groups().read(f, municipality));
            case "stories" -> read(reader, file, bytes, "story", StoryReader.FIELDS, f -> readers.stories().read(f, municipality));
            case "events" -> read(reader, file, bytes, "activity", EventReader.FIELDS, f -> readers.events().read(f, municipality));
            default -> read(reader, file, bytes, "page", PageReader.FIELDS, f -> readers.pages().read(f, municipality));
        };
    }

    private <T extends ContentItem> Optional<ContentItem> read(SourceReader reader, Path file, byte[] bytes,
            String what, String[] fields, java.util.function.Function<MarkdownFile, Optional<T>> reading) {
        return reader.read(file, bytes)
                .flatMap(f -> MarkdownFile.open(f, reader.diagnostics(), what, fields))
                .flatMap(reading)
                .map(o -> o);
    }

    private static Optional<ContentItem> misplaced(SourceReader reader, String path, Message why) {
        reader.diagnostics().error(SourcePosition.startOf(path), "content.misplaced", why);
        return Optional.empty();
    }

    private void checkMunicipalityFolders(Set<String> municipalities, Set<String> paths, SiteConfig config) {
        for (String m : municipalities) {
            String yml = CONTENT_DIR + "/" + m + "/municipality.yml";
            SourcePosition at = SourcePosition.startOf(paths.contains(yml) ? yml : CONTENT_DIR + "/" + m);
            if (!TextFormats.isSlug(m)) {
                diagnostics.error(at, "municipality.folder.notSlug", m);
            } else if (RESERVED_SEGMENTS.contains(m)) {
                diagnostics.error(at, "municipality.folder.reserved", m);
            }
            if (!paths.contains(yml)) {
                diagnostics.error(at, "municipality.folder.noYml", m);
            }
            if (config.regions().stream().noneMatch(r -> r.municipalities().contains(m)) && paths.contains(yml)) {
                diagnostics.warning(at, "municipality.notInRegion", m);
            }
        }
    }

    private void checkPageUrls(Content content, Set<String> municipalities) {
        for (Page page : content.pages()) {
            SourcePosition at = SourcePosition.startOf(page.path());
            // a draft's clash (only the preview keeps drafts) is a warning like its other problems
            boolean draft = content.publication(page.path()).draft();
            Diagnostics diagnostics = draft ? new Diagnostics(this.diagnostics.sources()) : this.diagnostics;
            if (page.isNetworkPage()) {
                if (RESERVED_SEGMENTS.contains(page.slug())) {
                    diagnostics.error(at, "page.name.reserved", page.slug());
                } else if (municipalities.contains(page.slug())) {
                    diagnostics.error(at, "page.name.municipality", page.slug());
                }
            } else if (MUNICIPALITY_SEGMENTS.contains(page.slug())) {
                diagnostics.error(at, "page.name.municipalityPage", page.slug(), page.url());
            }
            if (draft) {
                this.diagnostics.addAll(asDraftWarnings(diagnostics.sorted()));
            }
        }
    }

    private static <T extends ContentItem> List<T> only(List<ContentItem> items, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Object item : items) {
            if (type.isInstance(item)) {
                result.add(type.cast(item));
            }
        }
        return result;
    }
}
