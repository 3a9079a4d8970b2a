package nl.kring.serve.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * content/topics.yml is a list at its top level, which Decap cannot edit (its file collections edit a
 * mapping). The backend hands it to the editor as {@code topics: [the list]} and takes the {@code topics}
 * list back out when the editor saves, so the file on disk keeps Kring's form; kring fmt then writes it
 * canonically. The comment lines at the top of the file (Decap drops comments) are kept. A topics.yml that
 * already has its list under {@code topics:} (Kring reads both forms) is handed over as it is.
 */
final class TopicsFile {

    static final String PATH = "content/topics.yml";
    static final String KEY = "topics";

    private TopicsFile() {
    }

    /** The file as the editor sees it: every line indented under {@code topics:} (unless it is so already). */
    static String forEditor(String onDisk) {
        if (isMapping(onDisk)) {
            return onDisk;
        }
        StringBuilder out = new StringBuilder(KEY + ":\n");
        for (String line : onDisk.split("\n", -1)) {
            out.append(line.isBlank() ? "" : "  " + line).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /**
     * The file to write from what the editor saved, or empty when it is not a mapping with a {@code topics}
     * list (then the backend saves nothing and says so).
     */
    static Optional<String> fromEditor(String saved, String onDisk) {
        if (isMapping(onDisk)) {
            return Optional.of(saved);  // Kring reads the list under 'topics:' too: kept as the editor wrote it
        }
        Object value;
        try {
            value = new Load(LoadSettings.builder().build()).loadFromString(saved);
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map) || !(map.get(KEY) instanceof List<?> topics)) {
            return Optional.empty();
        }
        List<Object> list = new ArrayList<>(topics);
        String yaml = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(10_000)
                .setIndicatorIndent(0).build()).dumpToString(list);
        return Optional.of(leadingComments(onDisk) + yaml);
    }

    /** Whether the file already holds its list under {@code topics:} (a form Kring reads as well). */
    static boolean isMapping(String onDisk) {
        return onDisk.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst()
                .map(line -> line.startsWith(KEY + ":")).orElse(false);
    }

    private static String leadingComments(String onDisk) {
        StringBuilder out = new StringBuilder();
        for (String line : onDisk.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
