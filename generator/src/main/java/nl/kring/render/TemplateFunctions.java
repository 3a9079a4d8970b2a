package nl.kring.render;

import java.util.List;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * The few functions templates call: {@code url(path)}, {@code shortUrl(path)}, {@code asset(name)} and
 * {@code t(key, args…)}.
 */
final class TemplateFunctions {

    private TemplateFunctions() {
    }

    static TemplateMethodModelEx url(PageLinks links) {
        return args -> links.to(string(args, 0));
    }

    /**
     * {@code webcal(path)}: the subscription address of a calendar file on the published site; calendar apps
     * open {@code webcal:} links as a subscription that they refresh themselves.
     */
    static TemplateMethodModelEx webcal(nl.kring.config.RegionConfig region) {
        return args -> region.absoluteUrl(string(args, 0)).replaceFirst("^https?:", "webcal:");
    }

    /**
     * A site path as a short web address to read on paper and type: the absolute URL without
     * {@code https://}, e.g. {@code zelfregie-roermond.example.org/roermond/}.
     */
    static TemplateMethodModelEx shortUrl(nl.kring.config.RegionConfig region) {
        return args -> region.absoluteUrl(string(args, 0)).replaceFirst("^https?://", "");
    }

    static TemplateMethodModelEx asset(PageLinks links, Assets assets) {
        return args -> {
            String name = string(args, 0);
            String path = assets.path(name);
            if (path == null) {
                throw new TemplateModelException("the theme has no asset '" + name + "'");
            }
            return links.to(path);
        };
    }

    static TemplateMethodModelEx messages(Messages messages) {
        return args -> {
            String key = string(args, 0);
            if (!messages.has(key)) {
                throw new TemplateModelException("no text '" + key + "' in the theme's messages_nl.properties");
            }
            Object[] values = new Object[args.size() - 1];
            for (int i = 1; i < args.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((TemplateModel) args.get(i));
            }
            return messages.get(key, values);
        };
    }

    private static String string(List<?> args, int index) throws TemplateModelException {
        if (args.size() <= index) {
            throw new TemplateModelException("missing argument " + (index + 1));
        }
        Object value = DeepUnwrap.unwrap((TemplateModel) args.get(index));
        return String.valueOf(value);
    }
}
