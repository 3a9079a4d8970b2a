package nl.kring.render;

import java.util.function.Function;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import nl.kring.content.ContentLinks;
import nl.kring.model.Markdown;
import nl.kring.source.MarkdownSyntax;

/**
 * Renders content Markdown to HTML: raw HTML escaped, unsafe URLs neutralised, links to content
 * files rewritten to page URLs, headings moved below the page's own (the text's highest heading gets
 * the level the template gives it, so the outline stays correct for screen readers).
 * Thread-safe: the parser and renderer are built once and shared.
 */
public final class MarkdownRenderer {

    private final MarkdownSyntax syntax;
    private final HtmlRenderer renderer;

    public MarkdownRenderer(MarkdownSyntax syntax) {
        this.syntax = syntax;
        this.renderer = HtmlRenderer.builder()
                .extensions(syntax.extensions())
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(MarkdownSyntax.LINK_SCHEMES))
                .build();
    }

    /**
     * @param resolveFile maps a repository path of a content file (or image) to a link that works
     *                    from the current page, or null when it cannot be linked
     * @param sitePaths   maps a site path such as {@code /groepen/} to a link from the current page
     * @param topHeadingLevel the level the text's highest heading gets: 2 directly under the page's h1
     */
    public String render(Markdown markdown, Function<String, String> resolveFile, Function<String, String> sitePaths,
                         int topHeadingLevel) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = syntax.parser().parse(markdown.source());
        int shift = topHeadingLevel - highestHeadingLevel(document);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(rewrite(markdown, link.getDestination(), resolveFile, sitePaths));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(rewrite(markdown, image.getDestination(), resolveFile, sitePaths));
            }

            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + shift));
                visitChildren(heading);
            }
        });
        return renderer.render(document);
    }

    /** The smallest heading level used (1 for "#"), so the text's own outline is kept but moved. */
    private static int highestHeadingLevel(Node document) {
        int[] highest = {6};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                highest[0] = Math.min(highest[0], heading.getLevel());
            }
        });
        return highest[0];
    }

    private static String rewrite(Markdown markdown, String destination, Function<String, String> resolveFile,
                                  Function<String, String> sitePaths) {
        if (destination.contains(":") && destination.indexOf(':') < firstOf(destination, "/?#")) {
            return destination;  // absolute URL: the content check allowed only safe schemes
        }
        String file = ContentLinks.filePart(destination);
        if (file.startsWith("/")) {
            return sitePaths.apply(destination);  // a site path such as /groepen/: made relative like all links
        }
        if (file.isEmpty()) {
            return destination;
        }
        String resolved = ContentLinks.resolve(markdown.path(), file);
        String target = resolved == null ? null : resolveFile.apply(resolved);
        if (target == null) {
            return destination;
        }
        String fragment = ContentLinks.fragment(destination);
        return fragment == null ? target : target + "#" + fragment;
    }

    private static int firstOf(String s, String chars) {
        int min = s.length();
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0) {
                min = Math.min(min, i);
            }
        }
        return min;
    }

}
