package nl.kring.content;

import java.util.Optional;

import nl.kring.model.Page;
import nl.kring.source.YamlMap;

/** Reads and checks network pages ({@code content/pages/}) and local pages ({@code content/<m>/pages/}). */
final class PageReader {

    /** The front-matter fields a page file may have. */
    static final String[] FIELDS = {"draft", "publishFrom", "title", "summary", "menu"};

    private final ContentIndex index;
    private final MarkdownChecker markdown;

    PageReader(ContentIndex index, MarkdownChecker markdown) {
        this.index = index;
        this.markdown = markdown;
    }

    /** @param municipality null for a network page */
    Optional<Page> read(MarkdownFile file, String municipality) {
        YamlMap f = file.fields();
        CommonFields.publication(f);
        String slug = CommonFields.slug(file);
        String title = f.requiredText("title");
        String summary = CommonFields.summary(f, false);
        Integer menu = f.integer("menu");
        markdown.check(file.body(), index);
        if (title == null) {
            return Optional.empty();
        }
        return Optional.of(new Page(municipality, slug, file.file().path(), title, summary, menu, file.body()));
    }
}
