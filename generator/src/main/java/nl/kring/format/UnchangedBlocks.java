package nl.kring.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The web editor's rich-text field writes the whole Markdown text anew when one word in it changes: every
 * list then starts its items with {@code *} instead of {@code -}, and so on. The meaning is the same, but the
 * change a coordinator reviews would touch every list of the text. So a block of the new text (the lines
 * between two empty lines) that reads as a block of the old text did, the same HTML, is given back its old
 * source (and the text its empty lines before and after); the result is used only when the whole text still
 * reads as the editor's text.
 */
final class UnchangedBlocks {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)*");

    private UnchangedBlocks() {
    }

    /** The text {@code after}, with each block that reads as a block of {@code before} written as it was there. */
    static String keep(String before, String after) {
        String body = after.strip();
        if (body.isEmpty()) {
            return after;
        }
        Map<String, String> sourceByHtml = new HashMap<>();
        for (String block : BLANK_LINES.split(before.strip())) {
            sourceByHtml.putIfAbsent(html(block), block);
        }
        List<String> blocks = new ArrayList<>();
        for (String block : BLANK_LINES.split(body)) {
            blocks.add(sourceByHtml.getOrDefault(html(block), block));
        }
        // the empty lines before and after the text as they were, too
        String around = before.strip().isEmpty() ? after : before;
        int start = around.indexOf(around.strip());
        String kept = around.substring(0, start) + String.join("\n\n", blocks)
                + around.substring(start + around.strip().length());
        return html(kept).equals(html(after)) ? kept : after;
    }

    private static String html(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }
}
