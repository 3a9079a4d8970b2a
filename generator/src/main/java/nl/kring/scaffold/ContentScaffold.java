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

    /** @param today the date written into {@code updated} (groups) and {@code date} (stories) */
    public ContentScaffold(Path root, LocalDate today) {
        this.root = root;
        this.today = today;
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
            throw new ScaffoldException("give the title, e.g. kring new group --municipality roermond \"Rouwgroep Roermond\"", true);
        }
        Set<String> municipalities = ContentLoader.municipalityFolders(root);
        if (municipality == null && kind != Kind.PAGE) {
            throw new ScaffoldException("a " + noun(kind) + " belongs to a municipality: add --municipality with one of "
                    + String.join(", ", municipalities), true);
        }
        if (municipality != null && !municipalities.contains(municipality)) {
            throw new ScaffoldException("unknown municipality '" + municipality + "'"
                    + Suggestions.hint(municipality, municipalities)
                    + "; the municipalities are the folders in content/: " + String.join(", ", municipalities), true);
        }
        String fileSlug = slug != null ? slug : TextFormats.slugOf(title);
        if (!TextFormats.isSlug(fileSlug)) {
            throw new ScaffoldException(slug != null
                    ? "--slug '" + slug + "' must be lower-case letters, digits and single '-', e.g. rouwgroep-roermond"
                    : "the title '" + title + "' gives no file name; choose one with --slug, e.g. --slug rouwgroep", true);
        }
        if (kind == Kind.PAGE && ContentLoader.RESERVED_SEGMENTS.contains(fileSlug)
                || kind == Kind.PAGE && municipality == null && municipalities.contains(fileSlug)) {
            throw new ScaffoldException("a page may not be called '" + fileSlug + "': the site uses /" + fileSlug
                    + "/ itself; choose another file name with --slug", true);
        }
        String path = ContentLoader.CONTENT_DIR + "/" + (municipality == null ? "" : municipality + "/")
                + kind.folder() + "/" + fileSlug + ".md";
        String text = text(kind, municipality, title);
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(path + " already exists; it was left unchanged "
                    + "(choose another file name with --slug, or edit the existing file)", false);
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
        FieldTexts fields = new FieldTexts(title, today, topics, regions, groupKeys(municipality));
        FrontMatterWriter out = new FrontMatterWriter()
                .comment("New " + noun(kind) + ". Fill in every field marked REQUIRED; leave the others empty or delete them.")
                .comment("All fields are explained in docs/content.md. Then run ./kring check (it points at every")
                .comment("field that is still empty or wrong) and open a pull request.")
                .comment("Below the second '---' line comes the text of the " + noun(kind) + " in Markdown.");
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

    static String noun(Kind kind) {
        return switch (kind) {
            case GROUP -> "group";
            case STORY -> "story";
            case EVENT -> "activity";
            case PAGE -> "page";
        };
    }

    /** Parses the kind as typed on the command line: group, story, event (or activity), page. */
    public static Optional<Kind> kind(String word) {
        return switch (word) {
            case "group" -> Optional.of(Kind.GROUP);
            case "story" -> Optional.of(Kind.STORY);
            case "event", "activity" -> Optional.of(Kind.EVENT);
            case "page" -> Optional.of(Kind.PAGE);
            default -> Optional.empty();
        };
    }
}
