package nl.kring.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * A theme ready to render: one FreeMarker {@link Configuration} (thread-safe once set up, so it is
 * configured once and shared by all pages and regions using the theme), its messages and assets.
 */
public final class ThemeTemplates {

    private final Theme theme;
    private final Configuration freemarker;
    private final Messages messages;
    private final DateFormats dates;
    private final Assets assets;

    public ThemeTemplates(Theme theme, String language) {
        this.theme = theme;
        this.messages = Messages.load(theme, language);
        this.dates = new DateFormats(messages);
        this.assets = Assets.of(theme);
        this.freemarker = configure(theme, messages);
    }

    private static Configuration configure(Theme theme, Messages messages) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            for (Path dir : theme.chain()) {
                Path templates = dir.resolve("templates");
                if (Files.isDirectory(templates)) {
                    loaders.add(new FileTemplateLoader(templates.toFile()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setRecognizeStandardFileExtensions(true);  // .ftlh: HTML output format, auto-escaping on
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(messages.locale());
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }

    public Theme theme() {
        return theme;
    }

    public Messages messages() {
        return messages;
    }

    public DateFormats dates() {
        return dates;
    }

    public Assets assets() {
        return assets;
    }

    /** Renders a template; template mistakes surface as {@link TemplateException}. */
    public String render(String template, Map<String, Object> model) throws TemplateException, IOException {
        StringWriter out = new StringWriter(16 * 1024);
        freemarker.getTemplate(template).process(model, out);
        return out.toString();
    }
}
