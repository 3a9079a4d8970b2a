package nl.kring.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.kring.model.ContentItem;

/**
 * Which parts of content items a template read while it rendered one page: for each kind of item (group, story,
 * ...), the accessors it called on any item of that kind, or "everything".
 * <p>
 * The preview keeps it with the page. An online group is listed on the all-groups page of every region, and a
 * sentence added to its description made each region render that page (thousands of cards) again, for the same
 * bytes: the cards show its name, summary and times, not its description. Two page inputs that differ only in items
 * whose read parts are equal make the same HTML, because the template ran on equal values at every step; so the page
 * is kept. Whatever reaches an item other than through one of its accessors (its text, its keys, a Java method given
 * the item) counts as reading everything of that kind.
 * <p>
 * This holds as long as Java code run by the template never reads an item it was not handed: a record in a page's
 * data (a card, an overview entry) must not have a method that works something out from an item it holds, since
 * its items are compared by what the template read of them. {@code QrSvg.Code} draws from an address, not an item.
 */
final class ShownParts {

    /** The page read everything of every item (or could not tell): only equal inputs keep it. */
    static final ShownParts EVERYTHING = new ShownParts(null);

    /** The accessors read, by kind of item; null for everything. A kind not in the map was not read at all. */
    private final Map<Class<?>, List<Method>> read;

    private ShownParts(Map<Class<?>, List<Method>> read) {
        this.read = read;
    }

    /**
     * Whether a page rendered from {@code before} would come out the same from {@code now}: equal but for content
     * items, which need equal values only in the parts read.
     */
    boolean sameAsShown(RenderedPages.PageInputs before, RenderedPages.PageInputs now) {
        if (read == null) {
            return false;
        }
        PagePlan.PageJob was = before.job();
        PagePlan.PageJob is = now.job();
        // the page's own item is used by Java too (its file, its body's headings): only the very same will do
        return was.sitePath().equals(is.sitePath()) && was.template().equals(is.template())
                && Objects.equals(was.item(), is.item()) && was.meta().equals(is.meta())
                && was.inSitemap() == is.inSitemap() && before.shared().equals(now.shared())
                && same(was.data(), is.data());
    }

    private boolean same(Object before, Object now) {
        if (before == now) {
            return true;
        }
        if (before == null || now == null) {
            return false;
        }
        if (before instanceof ContentItem) {
            return before.getClass() == now.getClass() && sameReadParts(before, now);
        }
        if (before instanceof Map<?, ?> was && now instanceof Map<?, ?> is) {
            if (was.size() != is.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : was.entrySet()) {
                if (!is.containsKey(entry.getKey()) || !same(entry.getValue(), is.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (before instanceof List<?> was && now instanceof List<?> is) {
            if (was.size() != is.size()) {
                return false;
            }
            for (int i = 0; i < was.size(); i++) {
                if (!same(was.get(i), is.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (before instanceof Record && before.getClass() == now.getClass()) {
            for (Method accessor : COMPONENTS.get(before.getClass())) {
                if (!same(value(accessor, before), value(accessor, now))) {
                    return false;
                }
            }
            return true;
        }
        return before.equals(now);
    }

    private boolean sameReadParts(Object before, Object now) {
        List<Method> accessors = read.get(before.getClass());
        if (accessors == null) {
            return true;  // the template read nothing of this kind of item
        }
        for (Method accessor : accessors) {
            if (!Objects.equals(value(accessor, before), value(accessor, now))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each record class's accessors, looked up once: {@link Class#getRecordComponents} builds them anew at every
     * call, and an all-groups page has thousands of records.
     */
    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);  // a record nested in a class that is not public
            }
            return accessors;
        }
    };

    private static Object value(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of " + target.getClass(), e);
        }
    }

    /**
     * What one page's rendering read, collected on the rendering thread. Pages that read the same parts share one
     * {@link ShownParts} through {@code known}.
     */
    static final class Recorder {

        private final Map<Class<?>, Set<String>> names = new HashMap<>();
        private boolean everything;

        void read(Class<?> kind, String name) {
            names.computeIfAbsent(kind, k -> new HashSet<>()).add(name);
        }

        void readEverything() {
            everything = true;
        }

        /** Notes what {@code other} noted too (a shared part's reads, on each page that writes the part). */
        void addAll(Recorder other) {
            everything |= other.everything;
            other.names.forEach((kind, read) -> names.computeIfAbsent(kind, k -> new HashSet<>()).addAll(read));
        }

        /**
         * What was read. A name that is not an accessor without arguments (a method called with arguments, a
         * bean property) counts as everything.
         */
        ShownParts result(Map<Map<Class<?>, Set<String>>, ShownParts> known) {
            if (everything) {
                return EVERYTHING;
            }
            return known.computeIfAbsent(Map.copyOf(names), ShownParts::of);
        }
    }

    private static ShownParts of(Map<Class<?>, Set<String>> names) {
        Map<Class<?>, List<Method>> read = new HashMap<>();
        for (Map.Entry<Class<?>, Set<String>> kind : names.entrySet()) {
            List<Method> accessors = new java.util.ArrayList<>();
            for (String name : kind.getValue()) {
                Method accessor = accessor(kind.getKey(), name);
                if (accessor == null) {
                    return EVERYTHING;
                }
                accessors.add(accessor);
            }
            read.put(kind.getKey(), List.copyOf(accessors));
        }
        return new ShownParts(Map.copyOf(read));
    }

    private static Method accessor(Class<?> kind, String name) {
        try {
            Method method = kind.getMethod(name);
            return method.getReturnType() == void.class || Modifier.isStatic(method.getModifiers()) ? null : method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
