package nl.kring.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

import nl.kring.message.Texts;
import nl.kring.text.Json;

/**
 * Renders diagnostics for people (with context lines) and for tools, in the language of {@code texts}.
 * The tool formats also carry each problem's stable {@code code} (its message key), so tools never parse prose.
 */
public enum DiagnosticFormat {
    /** {@code path:line:col: fout: message}, followed by the source lines and a caret. */
    TEXT {
        @Override
        public String render(List<Diagnostic> diagnostics, Texts texts) {
            StringBuilder out = new StringBuilder();
            for (Diagnostic d : diagnostics) {
                out.append(d.headline(texts)).append('\n');
                int width = d.context().isEmpty() ? 1
                        : String.valueOf(d.context().getLast().number()).length();
                for (Diagnostic.ContextLine line : d.context()) {
                    out.append(String.format("  %" + width + "d | %s%n", line.number(), line.text()));
                }
                if (!d.context().isEmpty()) {
                    out.append("  ").append(" ".repeat(width)).append(" | ")
                            .append(" ".repeat(d.position().column() - 1)).append("^\n");
                }
            }
            return out.toString();
        }
    },
    /** GitHub Actions workflow commands, shown on the pull request's changed lines; the code is the title. */
    GITHUB {
        @Override
        public String render(List<Diagnostic> diagnostics, Texts texts) {
            return diagnostics.stream().map(d -> "::" + d.severity().label()
                            + " file=" + escapeProperty(d.position().path())
                            + ",line=" + d.position().line()
                            + ",col=" + d.position().column()
                            + ",title=" + escapeProperty(d.code())
                            + "::" + escapeData(d.text(texts)) + "\n")
                    .collect(Collectors.joining());
        }
    },
    /** A JSON array of objects, for other tools: {@code severity} and {@code code} are stable, {@code message} is prose. */
    JSON {
        @Override
        public String render(List<Diagnostic> diagnostics, Texts texts) {
            return diagnostics.stream().map(d -> "{\"severity\":" + Json.quote(d.severity().label())
                            + ",\"code\":" + Json.quote(d.code())
                            + ",\"path\":" + Json.quote(d.position().path())
                            + ",\"line\":" + d.position().line()
                            + ",\"column\":" + d.position().column()
                            + ",\"message\":" + Json.quote(d.text(texts))
                            + ",\"arguments\":" + d.message().argumentTexts().stream().map(Json::quote)
                                    .collect(Collectors.joining(",", "[", "]"))
                            + "}")
                    .collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"))
                    .replace("[\n  \n]", "[]");
        }
    };

    public abstract String render(List<Diagnostic> diagnostics, Texts texts);

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
