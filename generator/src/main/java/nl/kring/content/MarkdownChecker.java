package nl.kring.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.model.Markdown;
import nl.kring.source.MarkdownSyntax;

/**
 * Checks the links and images of a Markdown text: allowed URL schemes, links to other content files
 * that exist, images that are repository files with alt text, and raw HTML (shown as text).
 */
public final class MarkdownChecker {

    private final MarkdownSyntax syntax;
    private final Diagnostics diagnostics;

    public MarkdownChecker(MarkdownSyntax syntax, Diagnostics diagnostics) {
        this.syntax = syntax;
        this.diagnostics = diagnostics;
    }

    public void check(Markdown markdown, ContentIndex index) {
        if (!mayHoldLinks(markdown.source())) {
            return;  // no link, image or HTML to check: most texts, and parsing each was a fifth of loading
        }
        Node document = syntax.parser().parse(markdown.source());
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                checkLink(markdown, link, link.getDestination(), index);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                checkImage(markdown, image, index);
            }

            @Override
            public void visit(HtmlBlock html) {
                diagnostics.warning(position(markdown, html), "markdown.html");
            }

            @Override
            public void visit(HtmlInline html) {
                diagnostics.warning(position(markdown, html), "markdown.html");
            }
        });
    }

    /**
     * Whether the text may hold what this checks. Every link, image and piece of HTML needs one of these: a
     * {@code [} (links, images, references) or {@code <} (HTML, {@code <https://…>}), or what the autolink
     * extension makes a link of: {@code ://} (a URL), {@code @} (an e-mail address) or {@code www.}.
     */
    static boolean mayHoldLinks(String text) {
        // indexOf, not a loop of our own: the JDK's is compiled from the start, a loop here runs interpreted
        return text.indexOf('[') >= 0 || text.indexOf('<') >= 0 || text.indexOf('@') >= 0 || text.contains("://")
                || hasWww(text);
    }

    /** Whether "www." occurs in any case (the autolink extension links only "www.", so this is on the safe side). */
    private static boolean hasWww(String text) {
        for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (text.regionMatches(true, dot - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private void checkLink(Markdown markdown, Node node, String destination, ContentIndex index) {
        SourcePosition at = position(markdown, node);
        String scheme = scheme(destination);
        if (scheme != null) {
            if (!MarkdownSyntax.LINK_SCHEMES.contains(scheme)) {
                diagnostics.error(at, "markdown.link.scheme", scheme);
            } else {
                checkAddress(at, scheme, destination.strip().substring(scheme.length() + 1));
            }
            return;
        }
        String target = ContentLinks.filePart(destination);
        if (target.isEmpty() || target.startsWith("/") || !target.endsWith(".md")) {
            return;  // a fragment, a site path or a relative page URL: checked in the output by the link check
        }
        String resolved = ContentLinks.resolve(markdown.path(), target);
        if (resolved == null || !index.files().contains(resolved)) {
            diagnostics.error(at, "markdown.link.missingFile", target);
        } else if (index.isUnpublished(resolved) && !index.isUnpublished(markdown.path())) {
            Unpublished.linkTo(index, diagnostics, at, target, index.unpublished().get(resolved));
        }
    }

    /**
     * A text's mail and phone links get the checks of a contact's fields: an address one letter off a mail
     * provider's ("[mail ons](mailto:info@gmial.com)", also an address written out, which becomes a link) is a
     * warning, a Dutch number with a digit too few or too many ("tel:06-5678901") an error.
     */
    private void checkAddress(SourcePosition at, String scheme, String address) {
        String written = decoded(address);
        if (scheme.equals("mailto")) {
            nl.kring.source.MailDomains.meant(written)
                    .ifPresent(meant -> diagnostics.warning(at, "field.email.typo", written, meant));
        } else if (scheme.equals("tel")) {
            nl.kring.source.TextFormats.wrongDutchLength(written)
                    .ifPresent(digits -> diagnostics.error(at, "field.phone.dutchLength", written, digits));
        }
    }

    /** A link's address without its query ("?subject=…"), its %-escapes read; a + stays a + ("anna+groep@…"). */
    private static String decoded(String address) {
        int query = address.indexOf('?');
        String written = query < 0 ? address : address.substring(0, query);
        try {
            return java.net.URLDecoder.decode(written.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return written;   // a stray % stays as written
        }
    }

    private void checkImage(Markdown markdown, Image image, ContentIndex index) {
        SourcePosition at = position(markdown, image);
        String destination = image.getDestination();
        if (altText(image).isBlank()) {
            diagnostics.error(at, "markdown.image.noAlt", destination);
        }
        String scheme = scheme(destination);
        if (scheme != null) {
            diagnostics.error(at, "markdown.image.external", destination);
            return;
        }
        String resolved = ContentLinks.resolve(markdown.path(), ContentLinks.filePart(destination));
        if (resolved == null || !index.files().contains(resolved)) {
            diagnostics.error(at, "image.missing", destination);
        }
    }

    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }
        });
        return alt.toString();
    }

    /** The URL scheme in lower case, or null for a relative URL. */
    static String scheme(String destination) {
        try {
            String scheme = new URI(destination.strip().replace(" ", "%20")).getScheme();
            return scheme == null ? null : scheme.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            int colon = destination.indexOf(':');
            int slash = destination.indexOf('/');
            return colon > 0 && (slash < 0 || colon < slash)
                    ? destination.substring(0, colon).strip().toLowerCase(Locale.ROOT) : null;
        }
    }

    private static SourcePosition position(Markdown markdown, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                SourceSpan span = n.getSourceSpans().getFirst();
                return new SourcePosition(markdown.path(), markdown.firstLine() + span.getLineIndex(),
                        span.getColumnIndex() + 1);
            }
        }
        return new SourcePosition(markdown.path(), markdown.firstLine(), 1);
    }
}
