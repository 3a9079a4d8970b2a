package nl.kring.content;

import java.util.Optional;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.message.Message;
import nl.kring.model.Markdown;
import nl.kring.source.FrontMatter;
import nl.kring.source.SourceFile;
import nl.kring.source.YamlMap;
import nl.kring.source.YamlSource;

/** A content file split into its front-matter fields and its Markdown body. */
record MarkdownFile(SourceFile file, YamlMap fields, Markdown body) {

    /** @param what the kind of content, e.g. "group": its name in words is the message {@code kind.group} */
    static Optional<MarkdownFile> open(SourceFile file, Diagnostics diagnostics, String what, String... allowedFields) {
        return FrontMatter.split(file, diagnostics).flatMap(fm -> {
            YamlSource yaml = new YamlSource(file.path(), fm.yaml(), fm.yamlFirstLine(), diagnostics);
            if (fm.yaml().isBlank()) {
                diagnostics.error(file.start(), "frontMatter.empty");
                return Optional.empty();
            }
            return yaml.parse()
                    .flatMap(node -> YamlMap.of(yaml, node, Message.of("what.frontMatter", Message.of("kind." + what)), allowedFields))
                    .map(map -> new MarkdownFile(file, map, new Markdown(fm.body(), file.path(), fm.bodyFirstLine())));
        });
    }
}
