package nl.kring.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

import nl.kring.model.ContentItem;

/**
 * Parts of a page that are the same in every region showing the page, rendered once per build. An online group
 * listed in all 30 regions of a national network has a page in each, and its facts and description are the same
 * on all of them; what lies around those parts (the region's name, menu and footer, its urgent help, its stories,
 * the calendar's address on its host) is the region's.
 * <p>
 * A template marks such a part with {@code <@sharedPart name="facts" of=["group", "location"]>…</@sharedPart>}:
 * {@code of} names the page's variables the part reads. The part may use {@code t}, {@code fmt} and {@code url}
 * (the theme and the page's path are part of the key) but nothing of the region ({@code region}, {@code site},
 * {@code webcal}, {@code shortUrl}, {@code asset}, the menu or the urgent help). Its HTML is kept by theme, page
 * path, name and the named values (content items by identity, other values by equality) and written again where
 * all of them are equal. What the template read of content items while it rendered the part is noted again on every
 * page that writes it, so the preview knows what each page shows ({@link ShownParts}). Only pages of items shown
 * in more than one region keep their parts; other pages render them as they come. Thread-safe; one per build.
 */
public final class SharedParts {

    private record Part(String html, ShownParts.Recorder reads) {
    }

    private final Map<Key, Part> parts = new ConcurrentHashMap<>();

    /** How many parts were rendered rather than written again: for tests. */
    private final AtomicInteger rendered = new AtomicInteger();

    int rendered() {
        return rendered.get();
    }

    /** The {@code sharedPart} directive for one page; {@code shared} false renders every part as it comes. */
    TemplateDirectiveModel directive(ThemeTemplates theme, String sitePath, Map<String, Object> page, boolean shared) {
        return shared ? new Directive(theme, sitePath, page) : new AsItComes(page);
    }

    /**
     * For a page shown in one region only: the part's content, as if it were not marked. Its parameters are checked
     * all the same, so a misnamed variable is reported on the first page that has the part, not only once a group
     * is listed in several regions.
     */
    private record AsItComes(Map<String, Object> page) implements TemplateDirectiveModel {

        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                            TemplateDirectiveBody body) throws TemplateException, IOException {
            string(params.get("name"), "name");
            values((TemplateModel) params.get("of"), page);
            if (body != null) {
                body.render(env.getOut());
            }
        }
    }

    private final class Directive implements TemplateDirectiveModel {

        private final ThemeTemplates theme;
        private final String sitePath;
        private final Map<String, Object> page;

        Directive(ThemeTemplates theme, String sitePath, Map<String, Object> page) {
            this.theme = theme;
            this.sitePath = sitePath;
            this.page = page;
        }

        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                            TemplateDirectiveBody body) throws TemplateException, IOException {
            if (body == null) {
                return;
            }
            Key key = new Key(theme, sitePath, string(params.get("name"), "name"),
                    values((TemplateModel) params.get("of"), page));
            ReadRecordingWrapper wrapper = theme.recordingWrapper();
            Part part = parts.get(key);
            if (part == null) {
                // the part's own reads, kept with it; the page's recorder gets them too
                ShownParts.Recorder own = new ShownParts.Recorder();
                ShownParts.Recorder pageReads = wrapper.swapRecorder(own);
                StringWriter html = new StringWriter(4096);
                try {
                    body.render(html);
                } finally {
                    wrapper.swapRecorder(pageReads);
                }
                part = new Part(html.toString(), own);
                parts.putIfAbsent(key, part);
                rendered.incrementAndGet();
            }
            ShownParts.Recorder pageReads = wrapper.recorder();
            if (pageReads != null) {
                pageReads.addAll(part.reads());
            }
            env.getOut().write(part.html());
        }
    }

    /** The page's values of the variables {@code of} names, in order. */
    private static List<Object> values(TemplateModel names, Map<String, Object> page) throws TemplateModelException {
        if (names == null) {
            return List.of();
        }
        if (!(names instanceof TemplateSequenceModel sequence)) {
            throw new TemplateModelException("sharedPart: 'of' must be a list of the page's variable names");
        }
        List<Object> values = new ArrayList<>(sequence.size());
        for (int i = 0; i < sequence.size(); i++) {
            String name = string(sequence.get(i), "of");
            if (!page.containsKey(name)) {
                throw new TemplateModelException("sharedPart: the page has no variable '" + name + "'");
            }
            values.add(page.get(name));
        }
        return values;
    }

    private static String string(Object value, String parameter) throws TemplateModelException {
        if (value instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("sharedPart: '" + parameter + "' must be text");
    }

    /** Content items compare by identity (the same item in every region), other values by equality. */
    private static final class Key {

        private final Object theme;
        private final String sitePath;
        private final String name;
        private final List<Object> values;
        private final int hash;

        Key(Object theme, String sitePath, String name, List<Object> values) {
            this.theme = theme;
            this.sitePath = sitePath;
            this.name = name;
            this.values = values;
            int h = System.identityHashCode(theme) * 31 + sitePath.hashCode();
            h = h * 31 + name.hashCode();
            for (Object value : values) {
                h = h * 31 + (value instanceof ContentItem ? System.identityHashCode(value) : Objects.hashCode(value));
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key key) || key.hash != hash || key.theme != theme || !key.sitePath.equals(sitePath)
                    || !key.name.equals(name) || key.values.size() != values.size()) {
                return false;
            }
            for (int i = 0; i < values.size(); i++) {
                Object a = values.get(i);
                Object b = key.values.get(i);
                if (a instanceof ContentItem || b instanceof ContentItem ? a != b : !Objects.equals(a, b)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
