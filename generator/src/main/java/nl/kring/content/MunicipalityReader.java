package nl.kring.content;

import java.util.Optional;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.model.Markdown;
import nl.kring.model.Municipality;
import nl.kring.source.SourceFile;
import nl.kring.message.Message;
import nl.kring.source.YamlMap;
import nl.kring.source.YamlSource;

/** Reads {@code content/<municipality>/municipality.yml}. */
final class MunicipalityReader {

    private final ContentIndex index;
    private final MarkdownChecker markdown;
    private final Diagnostics diagnostics;

    MunicipalityReader(ContentIndex index, MarkdownChecker markdown, Diagnostics diagnostics) {
        this.index = index;
        this.markdown = markdown;
        this.diagnostics = diagnostics;
    }

    Optional<Municipality> read(SourceFile file, String slug) {
        YamlSource yaml = new YamlSource(file.path(), file.text(), 1, diagnostics);
        return yaml.parse()
                .flatMap(node -> YamlMap.of(yaml, node, Message.of("what.file", "municipality.yml"), "name", "intro", "contact"))
                .flatMap(map -> {
                    String name = map.requiredText("name");
                    String intro = map.requiredText("intro");
                    // The intro's Markdown starts on the line after "intro: |" for block text.
                    int introLine = map.positionOf("intro").line();
                    boolean block = file.text().lines().skip(introLine - 1).findFirst()
                            .map(l -> l.matches(".*intro:\\s*[|>][-+]?\\s*")).orElse(false);
                    Markdown introText = intro == null ? Markdown.empty(file.path())
                            : new Markdown(intro, file.path(), block ? introLine + 1 : introLine);
                    markdown.check(introText, index);
                    var contact = CommonFields.contact(map, "contact", false);
                    return name == null ? Optional.empty()
                            : Optional.of(new Municipality(slug, file.path(), name, introText, contact));
                });
    }
}
