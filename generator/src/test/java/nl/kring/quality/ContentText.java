package nl.kring.quality;

import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A content file's text read the way the editor tests compare it: its fields as YAML reads them, and its body. */
final class ContentText {

    private ContentText() {
    }

    /**
     * The front matter of a Markdown file, or a whole YAML file (municipality.yml, topics.yml), as YAML reads it:
     * dates as text, as Kring reads them (the JSON schema of YAML 1.2 core).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> fields(String file) {
        String yaml = file.startsWith("---\n") ? file.substring(4, file.indexOf("\n---", 4)) : file;
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    /** The text after a Markdown file's front matter, from the line end of its closing fence; "" for a YAML file. */
    static String body(String file) {
        return file.startsWith("---\n") ? file.substring(file.indexOf("\n---", 4) + 4) : "";
    }
}
