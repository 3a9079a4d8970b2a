package nl.kring.source;

import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.message.Message;

/**
 * A YAML text inside a file (a whole .yml file or a front-matter block). Parses it into SnakeYAML's
 * node graph only: values are never constructed by YAML's own typing rules but read per field by
 * {@link YamlMap}, so {@code when: 19:30} or {@code cost: no} stay text.
 *
 * @param firstLine the file line on which the YAML text starts
 */
public record YamlSource(String path, String text, int firstLine, Diagnostics diagnostics) {

    /**
     * How every YAML text is read; immutable, so one for all files and threads (building it for each file was a
     * visible part of loading a national network). Its label is in none of Kring's messages: they carry the path.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("yaml")
            .setAllowDuplicateKeys(true)  // YamlMap reports duplicates with both positions
            .setMaxAliasesForCollections(20)
            .build();

    /** The root node, or empty (after reporting) when the text is not valid YAML. */
    public Optional<Node> parse() {
        if (text.indexOf('\t') >= 0) {  // the text's lines are needed only for a tab or a mistake
            Optional<YamlMistakes.Mistake> tab = YamlMistakes.tab(text.split("\n", -1), firstLine);
            if (tab.isPresent()) {
                report(tab.get());
                return Optional.empty();
            }
        }
        try {
            return new Compose(SETTINGS).composeString(text);
        } catch (MarkedYamlEngineException e) {
            report(YamlMistakes.explain(text.split("\n", -1), e, firstLine));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(position(0, 0), "yaml.invalid", firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    private void report(YamlMistakes.Mistake mistake) {
        diagnostics.add(nl.kring.diagnostic.Severity.ERROR, position(mistake.line(), mistake.column()), mistake.message());
    }

    public SourcePosition position(Node node) {
        return node.getStartMark().map(this::position).orElse(position(0, 0));
    }

    SourcePosition position(Mark mark) {
        return position(mark.getLine(), mark.getColumn());
    }

    private SourcePosition position(int zeroBasedLine, int zeroBasedColumn) {
        return new SourcePosition(path, firstLine + zeroBasedLine, zeroBasedColumn + 1);
    }

    private static Message firstLine(String message) {
        return message == null ? Message.of("yaml.unknown")
                : Message.of("yaml.parser", message.lines().findFirst().orElse(message));
    }
}
