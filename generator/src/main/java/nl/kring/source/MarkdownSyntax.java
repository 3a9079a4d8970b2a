package nl.kring.source;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one Markdown dialect of Kring (CommonMark + GFM tables + autolinks). The parser is immutable
 * and thread-safe, so one instance is built and shared by validation and rendering.
 */
public final class MarkdownSyntax {

    /** The URL schemes links may use; anything else (javascript:, data:, file:…) is refused. */
    public static final java.util.Set<String> LINK_SCHEMES = java.util.Set.of("http", "https", "mailto", "tel");

    private final List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
    private final Parser parser = Parser.builder()
            .extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    public Parser parser() {
        return parser;
    }

    public List<Extension> extensions() {
        return extensions;
    }
}
