package nl.kring.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import nl.kring.config.ConfigLoader;
import nl.kring.config.RegionConfig;
import nl.kring.config.SiteConfig;
import nl.kring.content.ContentFields;
import nl.kring.content.ContentFields.Kind;
import nl.kring.content.ContentLoader;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.message.Message;
import nl.kring.message.Texts;
import nl.kring.model.Topic;
import nl.kring.source.SourceReader;
import nl.kring.source.Suggestions;
import nl.kring.source.TextFormats;

/**
 * {@code kring new}: writes a new group, story, activity or page file at the right place, with every
 * field present and explained, so an editor who has never seen the format can fill it in.
 * Required fields without a sensible default are left empty: {@code kring check} reports each of them
 * at its line until it is filled in.
 */
public final class ContentScaffold {

    private final Path root;
    private final LocalDate today;
    private final Texts texts;

    /**
     * @param today the date written into {@code updated} (groups) and {@code date} (stories)
     * @param texts the language of the file's comments
     */
    public ContentScaffold(Path root, LocalDate today, Texts texts) {
        this.root = root;
        this.today = today;
        this.texts = texts;
    }

    /** What was written: the repository-relative path and the file's text. */
    public record Created(String path, String text) {
    }

    /**
     * Writes the new file; never overwrites one.
     *
     * @param municipality the municipality folder, or null for a network page
     * @param slug         the file name without .md, or null to make it from the title
     */
    public Created create(Kind kind, String municipality, String title, String slug) throws ScaffoldException {
        if (title == null || title.isBlank()) {
            throw new ScaffoldException(Message.of("scaffold.error.noTitle"), true);
        }
        Set<String> municipalities = ContentLoader.municipalityFolders(root);
        if (municipality == null && kind != Kind.PAGE) {
            throw new ScaffoldException(Message.of("scaffold.error.needsMunicipality", noun(kind),
                    String.join(", ", municipalities)), true);
        }
        if (municipality != null && !municipalities.contains(municipality)) {
            throw new ScaffoldException(Message.of("scaffold.error.unknownMunicipality", municipality,
                    Suggestions.hint(municipality, municipalities), String.join(", ", municipalities)), true);
        }
        String fileSlug = slug != null ? slug : TextFormats.slugOf(title);
        if (!TextFormats.isSlug(fileSlug)) {
            throw new ScaffoldException(slug != null ? Message.of("scaffold.error.badSlug", slug)
                    : Message.of("scaffold.error.noFileName", title), true);
        }
        if (kind == Kind.PAGE && ContentLoader.RESERVED_SEGMENTS.contains(fileSlug)
                || kind == Kind.PAGE && municipality == null && municipalities.contains(fileSlug)) {
            throw new ScaffoldException(Message.of("scaffold.error.reservedPage", fileSlug), true);
        }
        String path = ContentLoader.CONTENT_DIR + "/" + (municipality == null ? "" : municipality + "/")
                + kind.folder() + "/" + fileSlug + ".md";
        String text = text(kind, municipality, title);
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(Message.of("scaffold.error.exists", path), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Created(path, text);
    }

    /** The text of a new file of this kind, without writing it. */
    public String text(Kind kind, String municipality, String title) {
        Diagnostics ignored = new Diagnostics();
        SourceReader reader = new SourceReader(root, ignored);
        List<Topic> topics = ContentFields.topics(reader, ignored);
        List<String> regions = new ConfigLoader(reader, ignored, ContentLoader.municipalityFolders(root)).load()
                .map(SiteConfig::regions).orElse(List.of()).stream().map(RegionConfig::id).toList();
        FieldTexts fields = new FieldTexts(texts, title, today, topics, regions, groupKeys(municipality));
        FrontMatterWriter out = new FrontMatterWriter().comment(texts.text("scaffold.header", noun(kind)));
        for (String field : kind.fields()) {
            out.blankLine();
            fields.write(kind, field, out);
        }
        return out.finish("\n");
    }

    private List<String> groupKeys(String municipality) {
        Path groups = root.resolve(ContentLoader.CONTENT_DIR).resolve(municipality == null ? "-" : municipality)
                .resolve("groups");
        if (!Files.isDirectory(groups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(groups)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> municipality + "/" + n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The kind in words ("groep", "group"): key {@code scaffold.noun.<kind>}. */
    static Message noun(Kind kind) {
        return Message.of(switch (kind) {
            case GROUP -> "scaffold.noun.group";
            case STORY -> "scaffold.noun.story";
            case EVENT -> "scaffold.noun.activity";
            case PAGE -> "scaffold.noun.page";
        });
    }

    /** The words {@code kring new} takes for a kind: the English ones, and the Dutch ones editors type. */
    public static final List<String> KIND_WORDS = List.of("group", "story", "event", "activity", "page",
            "groep", "verhaal", "activiteit", "bijeenkomst", "pagina");

    /** Parses the kind as typed on the command line: group, story, event (or activity), page, or in Dutch. */
    public static Optional<Kind> kind(String word) {
        return switch (word.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "group", "groep" -> Optional.of(Kind.GROUP);
            case "story", "verhaal" -> Optional.of(Kind.STORY);
            case "event", "activity", "activiteit", "bijeenkomst" -> Optional.of(Kind.EVENT);
            case "page", "pagina" -> Optional.of(Kind.PAGE);
            default -> Optional.empty();
        };
    }
}
