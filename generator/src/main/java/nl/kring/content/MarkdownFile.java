package nl.kring.content;

import java.util.Optional;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.model.Markdown;
import nl.kring.source.FrontMatter;
import nl.kring.source.SourceFile;
import nl.kring.source.YamlMap;
import nl.kring.source.YamlSource;

/** A content file split into its front-matter fields and its Markdown body. */
record MarkdownFile(SourceFile file, YamlMap fields, Markdown body) {

    static Optional<MarkdownFile> open(SourceFile file, Diagnostics diagnostics, String what, String... allowedFields) {
        return FrontMatter.split(file, diagnostics).flatMap(fm -> {
            YamlSource yaml = new YamlSource(file.path(), fm.yaml(), fm.yamlFirstLine(), diagnostics);
            if (fm.yaml().isBlank()) {
                diagnostics.error(file.start(), "the front matter has no fields");
                return Optional.empty();
            }
            return yaml.parse()
                    .flatMap(node -> YamlMap.of(yaml, node, "the front matter of " + what, allowedFields))
                    .map(map -> new MarkdownFile(file, map, new Markdown(fm.body(), file.path(), fm.bodyFirstLine())));
        });
    }
}
