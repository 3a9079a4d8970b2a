package nl.kring.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.kring.model.Story;
import nl.kring.source.YamlMap;

/** Reads and checks {@code content/<municipality>/stories/<slug>.md}. */
final class StoryReader {

    /** The front-matter fields a story file may have. */
    static final String[] FIELDS = {"draft", "publishFrom", "title", "date", "topics", "consent", "author", "group", "summary",
        "image", "imageAlt"};

    private final ContentIndex index;
    private final MarkdownChecker markdown;

    StoryReader(ContentIndex index, MarkdownChecker markdown) {
        this.index = index;
        this.markdown = markdown;
    }

    private static String groupPath(String key) {
        String[] parts = key.split("/", -1);
        return "content/" + parts[0] + "/groups/" + parts[1] + ".md";
    }

    Optional<Story> read(MarkdownFile file, String municipality) {
        YamlMap f = file.fields();
        CommonFields.publication(f);
        String slug = CommonFields.slug(file);
        String title = f.requiredText("title");
        LocalDate date = f.requiredDate("date");
        List<String> topics = CommonFields.topics(f, index);
        Boolean consent = f.bool("consent");
        if (!f.has("consent")) {
            f.diagnostics().error(f.start(), "story.consent.missing");
        } else if (Boolean.FALSE.equals(consent)) {
            f.error("consent", "story.consent.false");
        }
        String author = Optional.ofNullable(f.text("author")).orElse("Anoniem");
        String group = f.text("group");
        if (group != null) {
            String[] parts = group.split("/", -1);
            if (parts.length != 2 || !index.hasGroup(parts[0], parts[1])) {
                f.error("group", "story.group.unknown", group);
                group = null;
            } else if (index.isUnpublished(groupPath(group)) && !index.isUnpublished(file.file().path())) {
                Unpublished.linkTo(index, f.diagnostics(), f.positionOf("group"), group,
                        index.unpublished().get(groupPath(group)));
            }
        }
        String summary = CommonFields.summary(f, false);
        String image = f.text("image");
        String imageAlt = f.text("imageAlt");
        if (image != null) {
            String resolved = image.startsWith("content/") ? image : ContentLinks.resolve(file.file().path(), image);
            if (resolved == null || !index.files().contains(resolved)) {
                f.error("image", "image.missing", image);
            } else {
                image = resolved;
            }
            if (imageAlt == null) {
                f.error("image", "story.imageAlt.missing");
            }
        } else if (imageAlt != null) {
            f.warn("imageAlt", "story.imageAlt.withoutImage");
        }
        markdown.check(file.body(), index);
        if (title == null || date == null || !Boolean.TRUE.equals(consent)) {
            return Optional.empty();
        }
        return Optional.of(new Story(municipality, slug, file.file().path(), title, date, topics, author,
                group, summary, image, imageAlt, file.body()));
    }
}
